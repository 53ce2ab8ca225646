package org.charta.ui.editor;

import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * Accented letters typed with dead keys or an input method: the section receives each committed letter as one
 * character in NFC and as one undo step, and unfinished compositions never stay in the text.
 */
class CompositionTest extends StandaloneEditorTest {

    private TextField commentBox;

    @Start
    void start(Stage stage) {
        show(stage);
        commentBox = new TextField();
        ((StackPane) stage.getScene().getRoot()).getChildren().add(commentBox);
        StackPane.setAlignment(commentBox, javafx.geometry.Pos.BOTTOM_CENTER);
    }

    @Test
    void deadKeyGivesOneCharacterAndOneUndoStep() throws Exception {
        loadWithCaret("Liberte\n", 6);

        imeEvent("´", "");
        assertThat(onFx(editor::text)).isEqualTo("Liberte\n");
        assertThat(onFx(() -> editor.area().composedText())).isEqualTo("´");

        imeEvent("", "é");
        assertThat(onFx(editor::text)).isEqualTo("Libertée\n");
        assertThat(onFx(editor::text).codePoints().filter(point -> point == 0x00E9).count()).isEqualTo(1);
        assertThat(onFx(() -> editor.area().composedText())).isEmpty();

        runFx(editor::undo);
        assertThat(onFx(editor::text)).isEqualTo("Liberte\n");
    }

    @Test
    void decomposedCommitArrivesAsOneCharacter() throws Exception {
        loadWithCaret("caf\n", 3);

        imeEvent("", "e\u0301");

        assertThat(onFx(editor::text)).isEqualTo("caf\u00E9\n");
    }

    @Test
    void catalanLettersAreOneUndoStep() throws Exception {
        loadWithCaret("co\n", 2);

        imeEvent("`", "");
        imeEvent("", "à");
        imeEvent("", "l·l");
        assertThat(onFx(editor::text)).isEqualTo("coàl·l\n");

        runFx(editor::undo);
        assertThat(onFx(editor::text)).isEqualTo("co\n");
    }

    @Test
    void focusChangeDropsComposition() throws Exception {
        loadWithCaret("Liberte\n", 7);

        imeEvent("´", "");
        runFx(commentBox::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(editor::text)).isEqualTo("Liberte\n");
        assertThat(onFx(() -> editor.area().composedText())).isEmpty();
        assertThat(onFx(() -> commentBox.getText())).isEmpty();
        assertThat(onFx(() -> editor.dirtyProperty().get())).isFalse();
    }

    private void loadWithCaret(String text, int caret) throws Exception {
        runFx(() -> {
            editor.load(text);
            editor.requestFocus();
            editor.showOffset(caret);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void imeEvent(String composed, String committed) throws Exception {
        List<InputMethodTextRun> runs = composed.isEmpty() ? List.of()
                : List.of(new InputMethodTextRun(composed, InputMethodHighlight.UNSELECTED_RAW));
        runFx(() -> Event.fireEvent(editor.area(), new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                runs, committed, composed.length())));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
