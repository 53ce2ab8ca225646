package org.charta.ui.comment;

import javafx.scene.control.IndexRange;
import org.charta.core.markdown.MarkdownBlocks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseSelectionTest {

    private static final String TEXT = "## Article 1\n\nAll people are born free.\n\n"
            + "They act in a spirit of brotherhood.\n";

    @Test
    void selectionInsideParagraphIsPhrase() {
        int start = TEXT.indexOf("born free");

        assertThat(phrase(start, start + "born free".length())).isEqualTo(new IndexRange(start, start + 9));
    }

    @Test
    void whitespaceAroundSelectionIsLeftOut() {
        int start = TEXT.indexOf(" born free.\n");

        assertThat(phrase(start, start + " born free.\n".length()))
                .isEqualTo(new IndexRange(start + 1, start + " born free.".length()));
    }

    @Test
    void selectionAcrossParagraphsIsNoPhrase() {
        assertThat(phrase(TEXT.indexOf("free"), TEXT.indexOf("spirit"))).isNull();
    }

    @Test
    void emptyOrBlankSelectionIsNoPhrase() {
        int blank = TEXT.indexOf("\n\nThey");

        assertThat(phrase(5, 5)).isNull();
        assertThat(phrase(blank, blank + 2)).isNull();
    }

    @Test
    void selectionInHeadingIsNoPhrase() {
        assertThat(phrase(3, 10)).isNull();
    }

    private static IndexRange phrase(int start, int end) {
        return CommentsController.phraseSelection(TEXT, new IndexRange(start, end), MarkdownBlocks.paragraphs(TEXT));
    }
}
