package org.charta.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-screen order of caret positions in lines that mix right-to-left and left-to-right runs. */
class VisualCaretTest {

    private static final String ARABIC = "المادة 21 (الفقرة 3)";
    private static final String ENGLISH = "See المادة now";

    @Test
    void leftEntersDigitsInArabicLine() {
        VisualCaret caret = VisualCaret.of(ARABIC, true);

        assertThat(caret.left(0)).isEqualTo(OptionalInt.of(1));
        assertThat(caret.left(6)).as("past the space and \"1\", between the digits").isEqualTo(OptionalInt.of(8));
        assertThat(caret.left(8)).as("left of \"2\"").isEqualTo(OptionalInt.of(7));
        assertThat(caret.left(7)).as("past the space after the digits").isEqualTo(OptionalInt.of(10));
    }

    @Test
    void rightReachesOffsetAfterDigits() {
        VisualCaret caret = VisualCaret.of(ARABIC, true);

        assertThat(caret.right(10)).isEqualTo(OptionalInt.of(9));
        assertThat(caret.right(9)).isEqualTo(OptionalInt.of(8));
        assertThat(caret.right(8)).isEqualTo(OptionalInt.of(6));
        assertThat(caret.right(0)).as("the right end of the line").isEmpty();
    }

    @Test
    void lineEndIsLeftEndOfArabicLine() {
        VisualCaret caret = VisualCaret.of(ARABIC, true);

        assertThat(caret.slot(ARABIC.length())).isZero();
        assertThat(caret.slot(0)).isEqualTo(ARABIC.length());
        assertThat(caret.left(ARABIC.length())).isEmpty();
    }

    @Test
    void rightCrossesArabicWordInEnglishLine() {
        VisualCaret caret = VisualCaret.of(ENGLISH, false);
        int arabicStart = ENGLISH.indexOf("المادة");
        int arabicEnd = arabicStart + "المادة".length();

        assertThat(caret.slot(arabicStart)).as("the right edge of the Arabic word").isEqualTo(arabicEnd);
        assertThat(caret.right(arabicStart - 1)).as("past the space and the last letter")
                .isEqualTo(OptionalInt.of(arabicEnd - 1));
        assertThat(caret.right(arabicStart + 1)).isEqualTo(OptionalInt.of(arabicStart));
        assertThat(caret.right(arabicStart)).isEqualTo(OptionalInt.of(arabicEnd + 1));
        assertThat(caret.left(arabicEnd + 1)).as("the offset after the word").isEqualTo(OptionalInt.of(arabicEnd));
    }

    @Test
    void vowelMarkStaysWithItsLetter() {
        String marked = "لمّا كان";
        VisualCaret caret = VisualCaret.of(marked, true);

        assertThat(caret.left(1)).isEqualTo(OptionalInt.of(3));
        assertThat(caret.right(3)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void emptyLineHasNoMove() {
        VisualCaret caret = VisualCaret.of("", true);

        assertThat(caret.left(0)).isEmpty();
        assertThat(caret.right(0)).isEmpty();
    }
}
