package org.charta.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionMapTest {

    private static final String BASE = "## Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n";

    @Test
    void caretAfterLongerParagraphMovesWithIt() {
        String merged = BASE.replace("First paragraph", "First longer paragraph");
        int caret = BASE.indexOf("Second") + 3;

        int mapped = PositionMap.between(BASE, merged).offset(caret);

        assertThat(mapped).isEqualTo(merged.indexOf("Second") + 3);
    }

    @Test
    void caretBeforeChangeKeepsOffset() {
        String merged = BASE.replace("Second paragraph", "Second, amended paragraph");
        int caret = BASE.indexOf("paragraph here") + 4;

        int mapped = PositionMap.between(BASE, merged).offset(caret);

        assertThat(mapped).isEqualTo(caret);
    }

    @Test
    void insertedParagraphAboveShiftsCaretLine() {
        String merged = BASE.replace("\n\nFirst", "\n\nA new opening.\n\nFirst");
        int caret = BASE.indexOf("Second") + 7;

        int mapped = PositionMap.between(BASE, merged).offset(caret);

        assertThat(mapped).isEqualTo(merged.indexOf("Second") + 7);
    }

    @Test
    void caretInChangedLineKeepsDistanceFromEnd() {
        String merged = BASE.replace("Second paragraph", "The second paragraph");
        int caret = BASE.indexOf("here.\n", BASE.indexOf("Second"));

        int mapped = PositionMap.between(BASE, merged).offset(caret);

        assertThat(mapped).isEqualTo(merged.indexOf("here.\n", merged.indexOf("second")));
    }

    @Test
    void caretInDeletedParagraphClampsToText() {
        String merged = "## Title\n";
        int caret = BASE.indexOf("Second") + 3;

        int mapped = PositionMap.between(BASE, merged).offset(caret);

        assertThat(mapped).isBetween(0, merged.length());
    }

    @Test
    void firstVisibleLineFollowsInsertedLines() {
        String merged = "## Title\n\nNew.\n\nMore.\n\nFirst paragraph here.\n\nSecond paragraph here.\n";

        int line = PositionMap.between(BASE, merged).line(4);

        assertThat(line).isEqualTo(8);
    }
}
