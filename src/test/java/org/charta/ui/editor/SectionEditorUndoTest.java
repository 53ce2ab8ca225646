package org.charta.ui.editor;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** Undo, caret and dirty-flag behaviour of the section editor, typed through the robot. */
class SectionEditorUndoTest extends StandaloneEditorTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static final String ARTICLE = "## Article 1\n\nAll members are equal.\n";

    @Test
    void loadIsNotUndoable(FxRobot robot) throws Exception {
        load(ARTICLE);

        robot.clickOn("#section-editor").push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(onFx(editor::text)).isEqualTo(ARTICLE);
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void typingPauseSplitsUndoSteps(FxRobot robot) throws Exception {
        load(ARTICLE);
        caretTo(ARTICLE.length());

        robot.write("Each person");
        robot.sleep(1000);
        robot.write(" has rights");
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE + "Each person has rights");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE + "Each person");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE);
    }

    @Test
    void undoOfDeletionRestoresTypedCharacter(FxRobot robot) throws Exception {
        load(ARTICLE);
        caretTo(ARTICLE.length());

        robot.write("x");
        robot.push(KeyCode.BACK_SPACE);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE + "x");
    }

    @Test
    void typingAfterUndoGoesToShownCaret(FxRobot robot) throws Exception {
        String text = "First paragraph.\n\nEvery member votes.\n\nThird paragraph.\n";
        load(text);
        int afterMember = text.indexOf("member") + "member".length();
        caretTo(afterMember);

        robot.write("s");
        assertThat(onFx(editor::text)).contains("Every members votes.");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(afterMember);
        robot.write("X");

        assertThat(onFx(editor::text)).isEqualTo("First paragraph.\n\nEvery memberX votes.\n\nThird paragraph.\n");
    }

    @Test
    void undoOfEnterRestoresSelection(FxRobot robot) throws Exception {
        load("Something");
        int eth = "Something".indexOf("eth");
        robot.clickOn("#section-editor");
        runFx(() -> area().selectRange(eth, eth + 3));

        robot.push(KeyCode.ENTER);
        assertThat(onFx(editor::text)).isEqualTo("Som\ning");
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(onFx(editor::text)).isEqualTo("Something");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("eth");
    }

    @Test
    void dirtyFlagFollowsSavedMark(FxRobot robot) throws Exception {
        load(ARTICLE);
        caretTo(ARTICLE.length());

        robot.write("More.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isTrue();

        runFx(() -> editor.markSaved(editor.savePoint()));
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();

        robot.sleep(600);
        robot.write(" Again.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(onFx(editor::text)).isEqualTo(ARTICLE + "More.");
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void stylesStayOutOfUndoHistory(FxRobot robot) throws Exception {
        load(ARTICLE);
        caretTo(ARTICLE.length());
        robot.write("*new*");
        // Let the Markdown styling pass run and apply its spans.
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> area().getStyleOfChar(ARTICLE.length() + 2))).contains("md-em");

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(onFx(editor::text)).isEqualTo(ARTICLE);
    }

    private void load(String text) throws Exception {
        runFx(() -> editor.load(text));
    }

    private void caretTo(int offset) throws Exception {
        runFx(() -> {
            area().requestFocus();
            area().moveTo(offset);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SectionArea area() {
        return editor.area();
    }
}
