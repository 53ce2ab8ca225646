package org.charta.ui.comment;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentThread;
import org.charta.core.markdown.Block;
import org.charta.testing.TestGit;
import org.charta.ui.ChartaWindowFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.charta.ui.comment.PanelSteps.AMINA;
import static org.charta.ui.comment.PanelSteps.SECTION;

/** A thread whose paragraph another drafter removed: its card names the commit, and it can be attached again. */
@ExtendWith(ApplicationExtension.class)
class OrphanedThreadTest {

    private static final String COMMIT_SUMMARY = "Drop the council paragraph";

    @TempDir
    Path home;

    private ChartaWindowFixture fixture;
    private PanelSteps steps;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
        steps = new PanelSteps(fixture);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void orphanedCardNamesRemovingCommit(FxRobot robot) throws Exception {
        String id = orphanThreadThroughCommit();

        Label removal = robot.lookup("#removal-" + id).queryAs(Label.class);
        fixture.waitFor(() -> removal.getText().startsWith("Text removed in"));

        assertThat(onFx(removal::getText)).startsWith("Text removed in “" + COMMIT_SUMMARY + "” by Bob Drafter, ");
    }

    @Test
    void reattachAttachesToSelectedPhrase(FxRobot robot) throws Exception {
        String id = orphanThreadThroughCommit();
        Block first = steps.paragraph(1);
        String text = onFx(() -> fixture.window().editor().text());
        int start = text.indexOf("highest body", first.start());
        runFx(() -> fixture.window().editor().selectRange(start, start + "highest body".length()));
        fixture.waitFor(() -> fixture.window().commentsModel().reattachableProperty().get());

        robot.clickOn("#reattach-" + id);

        fixture.waitFor(() -> steps.item(id) != null && !steps.item(id).isOrphaned());
        ThreadItem item = steps.item(id);
        assertThat(item.location().state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(item.thread().anchor().quote()).isEqualTo("highest body");
        assertThat(item.location().paragraph()).isEqualTo(1);
        assertThat(commentFiles(id)).isEqualTo(2);
        fixture.waitFor(() -> robot.lookup("#thread-" + id + " .thread-reattached").queryAs(Label.class).isVisible());
        assertThat(onFx(() -> robot.lookup("#thread-" + id + " .thread-reattached").queryAs(Label.class).getText()))
                .startsWith("Reattached by hand. Earlier quote: “");
    }

    @Test
    void reattachNeedsSelectionInOneParagraph(FxRobot robot) throws Exception {
        String id = orphanThreadThroughCommit();
        Block first = steps.paragraph(1);
        Block second = steps.paragraph(2);
        runFx(() -> fixture.window().editor().selectRange(first.start() + 4, second.start() + 4));
        fixture.waitFor(() -> !fixture.window().commentsModel().reattachableProperty().get());

        assertThat(robot.lookup("#reattach-" + id).queryButton().isDisabled()).isTrue();
    }

    /** Starts a thread on paragraph 3, then removes it in a commit by Bob, as a sync would bring it. */
    private String orphanThreadThroughCommit() throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 3, "Fifteen is too many.", AMINA);
        fixture.waitFor(() -> steps.item(thread.id()) != null);

        Path file = fixture.charterFolder().resolve("sections/" + SECTION + ".md");
        String text = Files.readString(file);
        String third = thread.anchor().quote();
        Files.writeString(file, text.replace(third + "\n\n", ""));
        try (Git git = Git.open(fixture.charterFolder().toFile())) {
            PersonIdent bob = new PersonIdent(TestGit.BOB.name(), TestGit.BOB.email());
            git.add().addFilepattern("sections/" + SECTION + ".md").call();
            git.commit().setMessage(COMMIT_SUMMARY + "\n\nIt repeated Article 4.").setAuthor(bob).setCommitter(bob)
                    .call();
        }
        runFx(() -> fixture.window().charters().reloadAfterSync(() -> { }));
        fixture.waitFor(() -> steps.item(thread.id()) != null && steps.item(thread.id()).isOrphaned());
        return thread.id();
    }

    private long commentFiles(String threadId) throws Exception {
        try (Stream<Path> files = Files.list(fixture.charterFolder().resolve(".charta/comments").resolve(threadId))) {
            return files.filter(path -> path.toString().endsWith(".json")).count();
        }
    }
}
