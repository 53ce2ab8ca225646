package org.charta.ui.editor;

import org.fxmisc.richtext.model.PlainTextChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypingUndoTest {

    @Test
    void continuedTypingMerges() {
        PlainTextChange first = new PlainTextChange(10, "", "Each");
        PlainTextChange next = new PlainTextChange(14, "", " person");

        assertThat(TypingUndo.merge(first, next)).hasValueSatisfying(merged -> {
            assertThat(merged.getPosition()).isEqualTo(10);
            assertThat(merged.getInserted()).isEqualTo("Each person");
        });
    }

    @Test
    void deletionAfterTypingStartsNewStep() {
        PlainTextChange typed = new PlainTextChange(10, "", "x");
        PlainTextChange deleted = new PlainTextChange(10, "x", "");

        assertThat(TypingUndo.merge(typed, deleted)).isEmpty();
    }

    @Test
    void consecutiveBackspacesMerge() {
        PlainTextChange first = new PlainTextChange(9, "d", "");
        PlainTextChange next = new PlainTextChange(8, "r", "");

        assertThat(TypingUndo.merge(first, next)).hasValueSatisfying(merged ->
                assertThat(merged.getRemoved()).isEqualTo("rd"));
    }

    @Test
    void typingElsewhereStartsNewStep() {
        PlainTextChange first = new PlainTextChange(10, "", "a");
        PlainTextChange elsewhere = new PlainTextChange(40, "", "b");

        assertThat(TypingUndo.merge(first, elsewhere)).isEmpty();
    }

    @Test
    void lineBreakStartsNewStep() {
        PlainTextChange first = new PlainTextChange(10, "", "a");
        PlainTextChange enter = new PlainTextChange(11, "", "\n");

        assertThat(TypingUndo.merge(first, enter)).isEmpty();
    }
}
