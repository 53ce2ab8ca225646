package org.charta.ui.comment;

import org.charta.core.markdown.MarkdownBlocks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaretParagraphTest {

    private static final String TEXT = "## Title\n\nFirst paragraph.\n\nSecond paragraph.\n";

    @Test
    void caretInsideParagraphGivesIt() {
        assertThat(CommentsController.paragraphAt(MarkdownBlocks.paragraphs(TEXT), TEXT.indexOf("Second") + 3))
                .isEqualTo(2);
    }

    @Test
    void caretInHeadingGivesNextParagraph() {
        assertThat(CommentsController.paragraphAt(MarkdownBlocks.paragraphs(TEXT), 2)).isEqualTo(1);
    }

    @Test
    void caretAfterLastParagraphGivesLast() {
        assertThat(CommentsController.paragraphAt(MarkdownBlocks.paragraphs(TEXT), TEXT.length())).isEqualTo(2);
    }

    @Test
    void textWithoutParagraphGivesZero() {
        assertThat(CommentsController.paragraphAt(List.of(), 0)).isZero();
    }
}
