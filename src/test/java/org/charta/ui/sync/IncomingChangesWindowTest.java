package org.charta.ui.sync;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charta.testing.TestGit;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** New changes from others in the window: outline marker, warning bar, Sync from the bar, progress bar. */
@ExtendWith(ApplicationExtension.class)
class IncomingChangesWindowTest {

    private static final String MY_EDIT = "\n\nA line of my own, not yet synced.\n";

    @TempDir
    Path home;

    @TempDir
    Path other;

    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void fetchMarksOpenSectionKeepingEdits(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        String open = onFx(() -> fixture.window().editorModel().sectionIdProperty().get());
        pushChangeToPreamble();
        appendToEditor(MY_EDIT);

        runFx(() -> fixture.window().fetcher().fetchQuietly());
        fixture.waitFor(() -> fixture.window().statusModel().incomingProperty().get().commits() == 1);
        fixture.awaitIdle();

        assertThat(robot.lookup("#incoming-marker-" + open).tryQuery()).isPresent();
        assertThat(onFx(() -> robot.lookup("#incoming-warning").query().isVisible())).isTrue();
        assertThat(robot.lookup("#status-incoming").queryLabeled().getText()).isEqualTo("1 new change from others");
        assertThat(onFx(() -> fixture.window().editor().text())).contains(MY_EDIT.strip());
        assertThat(markerTooltip(robot, open)).isEqualTo("Changed by Bob Drafter, not yet synced");
    }

    @Test
    void warningSyncMergesAndClearsMarkers(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        String open = onFx(() -> fixture.window().editorModel().sectionIdProperty().get());
        pushChangeToPreamble();
        appendToEditor(MY_EDIT);
        runFx(() -> fixture.window().fetcher().fetchQuietly());
        fixture.waitFor(() -> fixture.window().statusModel().incomingProperty().get().commits() == 1);
        fixture.awaitIdle();

        robot.clickOn("#incoming-warning-sync");
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced"));
        fixture.waitFor(() -> fixture.window().statusModel().incomingProperty().get().isEmpty());
        fixture.awaitIdle();

        assertThat(robot.lookup("#incoming-marker-" + open).tryQuery()).isEmpty();
        assertThat(onFx(() -> robot.lookup("#incoming-warning").query().isVisible())).isFalse();
        assertThat(onFx(() -> fixture.window().editor().text())).contains("one fragile planet")
                .contains(MY_EDIT.strip());
    }

    @Test
    void progressBarShowsAndCancels(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        FxTaskProgress progress = onFx(() -> fixture.window().statusModel().progress());

        runFx(progress::start);
        boolean barShown = onFx(() -> robot.lookup("#status-progress-bar").query().isVisible());
        robot.clickOn("#status-cancel");
        runFx(progress::stop);

        assertThat(barShown).isTrue();
        assertThat(progress.isCancelled()).isTrue();
        assertThat(onFx(() -> robot.lookup("#status-progress-bar").query().isVisible())).isFalse();
    }

    private String markerTooltip(FxRobot robot, String id) throws Exception {
        Node marker = robot.lookup("#incoming-marker-" + id).query();
        return onFx(() -> ((Label) marker).getTooltip().getText());
    }

    private void pushChangeToPreamble() throws Exception {
        Path remote = home.resolve("data/demo/shared.git");
        try (Git clone = Git.cloneRepository().setURI(remote.toUri().toString())
                .setDirectory(other.resolve("clone").toFile()).call()) {
            Path preamble = other.resolve("clone/sections/preamble.md");
            Files.writeString(preamble, Files.readString(preamble).replace("one planet", "one fragile planet"));
            clone.commit().setAll(true).setMessage("Stress fragility").setAuthor(TestGit.BOB.name(),
                    TestGit.BOB.email()).setCommitter(TestGit.BOB.name(), TestGit.BOB.email()).setSign(false).call();
            clone.push().call();
        }
    }

    private void appendToEditor(String words) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.selectRange(editor.text().length(), editor.text().length());
            editor.replaceSelection(words);
        });
    }
}
