package org.charta.ui.app;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.testing.GitDaemon;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.outline.SectionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The File menu's ways to get a charter, driven through their dialogs. */
@ExtendWith(ApplicationExtension.class)
class FileActionsTest {

    @TempDir
    Path home;

    @TempDir
    Path work;

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
    void cloneOpensClonedCharter(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path target = work.resolve("my-clone");

        Platform.runLater(() -> fixture.window().files().cloneCharter());
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#clone-url", home.resolve("data/demo/shared.git").toString());
        fill(robot, "#clone-folder", target.toString());
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> target.equals(fixture.window().context().session() == null ? null
                : fixture.window().context().session().folder()));
        fixture.awaitCharterOpen();

        assertThat(target.resolve(".git")).isDirectory();
        assertThat(onFx(() -> fixture.window().outlineModel().sections().get(0).title())).isEqualTo("Preamble");
        assertThat(Files.readString(home.resolve("config/settings.properties"))).contains("my-clone");
    }

    @Test
    void cloneOfMissingRemoteShowsErrorInDialog(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path target = work.resolve("nothing");

        Platform.runLater(() -> fixture.window().files().cloneCharter());
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#clone-url", work.resolve("no-such-remote.git").toString());
        fill(robot, "#clone-folder", target.toString());
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> !robot.lookup("#clone-message").queryLabeled().getText().isBlank()
                && !robot.lookup("#clone-message").queryLabeled().getText().endsWith("…"));
        String message = robot.lookup("#clone-message").queryLabeled().getText();
        robot.clickOn("#dialog-cancel");

        assertThat(message).contains("no-such-remote.git");
        assertThat(target).doesNotExist();
        assertThat(fixture.charterFolder()).isEqualTo(home.resolve("data/demo/charter"));
    }

    @Test
    void cloneErrorIsShownInFull(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();

        Platform.runLater(() -> fixture.window().files().cloneCharter());
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#clone-url", GitDaemon.unreachableUrl("charter.git"));
        fill(robot, "#clone-folder", work.resolve("unreachable").toString());
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> robot.lookup("#clone-message").queryLabeled().getText().contains("does not answer"));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#clone-message").queryAs(Label.class);
        String displayed = onFx(() -> ((Text) message.lookup(".text")).getText());
        String full = onFx(message::getText);
        robot.clickOn("#dialog-cancel");

        assertThat(displayed).isEqualTo(full);
        assertThat(full).endsWith("then clone again.");
    }

    @Test
    void newCharterOpensWithPreamble(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path target = work.resolve("assembly");

        Platform.runLater(() -> fixture.window().files().newCharter());
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#charter-folder", target.toString());
        fill(robot, "#charter-title", "Charter of the Neighbourhood Assembly");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().context().session() != null
                && target.equals(fixture.window().context().session().folder()));
        fixture.waitFor(() -> fixture.window().outlineModel().sections().size() == 1
                && fixture.window().editorModel().sectionIdProperty().get() != null);

        SectionItem only = onFx(() -> fixture.window().outlineModel().sections().get(0));
        assertThat(only.title()).isEqualTo("Preamble");
        assertThat(Files.readString(target.resolve("charter.json"))).contains("Charter of the Neighbourhood Assembly");
        assertThat(onFx(() -> fixture.window().context().stage().getTitle()))
                .isEqualTo("Charta – Charter of the Neighbourhood Assembly");
    }

    private static void fill(FxRobot robot, String query, String value) throws Exception {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        runFx(() -> field.setText(value));
    }
}
