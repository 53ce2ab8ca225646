package org.charta.ui.comment;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charta.core.comment.AnchorState;
import org.charta.core.markdown.Block;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** A thread started, replied to and resolved through the comments panel, checked on disk and in the gutter. */
@ExtendWith(ApplicationExtension.class)
class CommentsPaneTest {

    @TempDir
    Path home;

    private static final String SECTION = "article-3-the-assembly";

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
    void threadOnParagraphTwoLivesOnDisk(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        caretIntoParagraph(2);
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);

        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("Should this say \"all people\"?");
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        ThreadItem started = onFx(() -> fixture.window().commentsModel().threads().get(0));
        String id = started.id();

        assertThat(started.location().state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(started.location().paragraph()).isEqualTo(2);
        assertThat(commentFiles(id)).hasSize(1);
        assertThat(Files.readString(commentFiles(id).get(0))).contains("Should this say").contains("Alice Drafter");
        fixture.waitFor(() -> robot.lookup("#comment-badge-2").tryQuery().isPresent());
        Label badge = robot.lookup("#comment-badge-2").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("1");

        robot.clickOn("#reply-text-" + id).write("Yes, I agree.");
        robot.clickOn("#reply-" + id);
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1
                && fixture.window().commentsModel().threads().get(0).thread().comments().size() == 2);
        assertThat(commentFiles(id)).hasSize(2);

        robot.clickOn("#resolve-" + id);
        fixture.waitFor(() -> fixture.window().commentsModel().threads().get(0).thread().resolved());
        assertThat(commentFiles(id)).hasSize(3);
        assertThat(robot.lookup("#comment-badge-2").queryAs(Label.class).getStyleClass())
                .contains("comment-badge-resolved");
    }

    @Test
    void badgeClickSelectsThread(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        caretIntoParagraph(2);
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);
        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("A remark.");
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        String id = onFx(() -> fixture.window().commentsModel().threads().get(0).id());
        runFx(() -> fixture.window().commentsModel().selectedThreadIdProperty().set(null));
        fixture.waitFor(() -> robot.lookup("#comment-badge-2").tryQuery().isPresent());

        robot.clickOn("#comment-badge-2");

        assertThat(onFx(() -> fixture.window().commentsModel().selectedThreadIdProperty().get())).isEqualTo(id);
        assertThat(robot.lookup("#thread-" + id).query().getStyleClass()).contains("selected");
    }

    @Test
    void failedWriteKeepsCommentText(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        Path comments = fixture.charterFolder().resolve(".charta/comments");
        try (Stream<Path> walk = Files.walk(comments)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(comments, "a file where the comments folder should be");
        caretIntoParagraph(2);
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);

        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("Keep this remark.");
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("#dialog-ok");
        fixture.awaitIdle();

        assertThat(robot.lookup("#comment-new-text").queryTextInputControl().getText()).isEqualTo("Keep this remark.");
    }

    @Test
    void ctrlEnterPostsNewThread(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        caretIntoParagraph(2);
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);

        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("Posted from the keyboard.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        assertThat(onFx(() -> fixture.window().commentsModel().threads().get(0).thread().first().text()))
                .isEqualTo("Posted from the keyboard.");
    }

    @Test
    void crossParagraphSelectionOpensNoComposer(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= 2);
        Block first = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(0));
        Block second = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(1));
        runFx(() -> fixture.window().editor().selectRange(first.start() + 3, second.start() + 5));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() >= 1);

        robot.clickOn("#comment-new");
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = onFx(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText());
        robot.clickOn("#dialog-ok");
        fixture.awaitIdle();

        assertThat(message).contains("not inside one paragraph");
        assertThat(robot.lookup("#comment-new-text").query().getParent().isVisible()).as("composer shown").isFalse();
    }

    /** Opens the demo's Article 3, which has no threads: the preamble's demo threads would change the counts. */
    private void openSectionWithoutThreads() throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openSection(SECTION));
        fixture.waitFor(() -> SECTION.equals(fixture.window().editorModel().sectionIdProperty().get())
                && fixture.window().commentsModel().threads().isEmpty());
        fixture.awaitIdle();
    }

    private void caretIntoParagraph(int number) throws Exception {
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= number);
        Block paragraph = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(number - 1));
        runFx(() -> fixture.window().editor().showOffset(paragraph.start() + 5));
    }

    private List<Path> commentFiles(String threadId) throws Exception {
        Path folder = fixture.charterFolder().resolve(".charta/comments").resolve(threadId);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
