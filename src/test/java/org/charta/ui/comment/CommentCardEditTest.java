package org.charta.ui.comment;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.AUTHOR;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.charta.ui.comment.PanelSteps.AMINA;
import static org.charta.ui.comment.PanelSteps.SECTION;

/** Editing one's own comments with their history, and mentions of members shown and offered while typing. */
@ExtendWith(ApplicationExtension.class)
class CommentCardEditTest {

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
    void editOwnCommentKeepsHistory(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 1, "First wording.", AUTHOR);
        String commentId = thread.first().id();
        fixture.waitFor(() -> robot.lookup("#edit-" + commentId).tryQuery().isPresent());

        robot.clickOn("#edit-" + commentId);
        TextArea editor = robot.lookup("#edit-text-" + commentId).queryAs(TextArea.class);
        runFx(() -> editor.setText("Second wording."));
        robot.clickOn("#edit-save-" + commentId);
        fixture.waitFor(() -> steps.item(thread.id()).thread().first().text().equals("Second wording."));
        fixture.waitFor(() -> robot.lookup("#edited-" + commentId).tryQuery().isPresent());
        robot.clickOn("#edited-" + commentId);

        List<String> history = onFx(() -> robot.lookup("#history-" + commentId + " .comment-history-text")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertThat(history).containsExactly("First wording.");
        assertThat(steps.item(thread.id()).thread().wordings(commentId)).extracting(Comment::text)
                .containsExactly("First wording.", "Second wording.");
        assertThat(robot.lookup("#thread-" + thread.id() + " .comment-text").queryLabeled().getText())
                .isEqualTo("Second wording.");
    }

    @Test
    void editEndingInMentionOffersNoNames(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 1, "Over to @Amina Diallo", AUTHOR);
        String commentId = thread.first().id();
        fixture.waitFor(() -> robot.lookup("#edit-" + commentId).tryQuery().isPresent());

        robot.clickOn("#edit-" + commentId);
        fixture.waitFor(() -> robot.lookup("#edit-text-" + commentId).tryQuery().isPresent());
        fixture.awaitIdle();

        assertThat(robot.lookup(".mention-choice").tryQuery()).isEmpty();
    }

    @Test
    void othersCommentsHaveNoEditLink(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 1, "Amina's remark.", AMINA);
        Comment reply = steps.store().reply(thread.id(), "My answer.", AUTHOR);
        steps.reload();
        fixture.waitFor(() -> robot.lookup("#edit-" + reply.id()).tryQuery().isPresent());

        assertThat(robot.lookup("#edit-" + thread.first().id()).tryQuery()).isEmpty();
    }

    @Test
    void mentionShownInAccent(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 1, "Could @Amina Diallo check the dates?", AUTHOR);
        fixture.waitFor(() -> robot.lookup("#thread-" + thread.id() + " .mention").tryQuery().isPresent());

        String mention = onFx(() -> robot.lookup("#thread-" + thread.id() + " .mention").queryAllAs(Text.class)
                .stream().map(Text::getText).reduce("", String::concat));
        String whole = onFx(() -> robot.lookup("#thread-" + thread.id() + " .comment-flow Text")
                .queryAllAs(Text.class).stream().map(Text::getText).reduce("", String::concat));

        assertThat(mention.strip()).isEqualTo("@Amina Diallo");
        assertThat(whole).isEqualTo("Could @Amina Diallo check the dates?");
    }

    @Test
    void typingAtOffersMemberNames(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        int offset = steps.paragraph(1).start() + 3;
        runFx(() -> fixture.window().editor().showOffset(offset));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 1);
        fixture.waitFor(() -> !fixture.window().commentsModel().membersProperty().get().isEmpty());
        robot.clickOn("#comment-new");

        robot.clickOn("#comment-new-text").write("Ask @ami");
        fixture.waitFor(() -> robot.lookup(".mention-choice").tryQuery().isPresent());
        List<String> offered = onFx(() -> robot.lookup(".mention-choice").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        robot.type(KeyCode.ENTER);

        assertThat(offered).containsExactly("Amina Diallo");
        assertThat(robot.lookup("#comment-new-text").queryTextInputControl().getText())
                .isEqualTo("Ask @Amina Diallo ");
    }

    @Test
    void replyFieldOffersMemberNames(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentThread thread = steps.startThread(SECTION, 1, "A remark.", AMINA);
        fixture.waitFor(() -> robot.lookup("#reply-text-" + thread.id()).tryQuery().isPresent());
        fixture.waitFor(() -> !fixture.window().commentsModel().membersProperty().get().isEmpty());

        robot.clickOn("#reply-text-" + thread.id()).write("Thanks @ort");
        fixture.waitFor(() -> robot.lookup(".mention-choice").tryQuery().isPresent());
        robot.clickOn(".mention-choice");

        assertThat(robot.lookup("#reply-text-" + thread.id()).queryTextInputControl().getText())
                .isEqualTo("Thanks @Tomás Ortega ");
        assertThat(steps.item(thread.id()).thread().comments()).hasSize(1);
    }
}
