package org.charta.ui.editor;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownStylerTest {

    @Test
    void headingGetsHeadingAndLevelClasses() {
        String text = "## Article 2\n\nMembers vote.\n";

        Collection<String> styles = styleAt(text, text.indexOf("Article"));

        assertThat(styles).contains("md-heading", "md-h2");
        assertThat(styleAt(text, text.indexOf("Members"))).isEmpty();
    }

    @Test
    void nestedInlineStylesCombine() {
        String text = "Say **very *much* so** and `code` and [a link](https://example.org).\n";

        assertThat(styleAt(text, text.indexOf("much"))).containsExactlyInAnyOrder("md-strong", "md-em");
        assertThat(styleAt(text, text.indexOf("very"))).containsExactly("md-strong");
        assertThat(styleAt(text, text.indexOf("code"))).containsExactly("md-code");
        assertThat(styleAt(text, text.indexOf("a link"))).containsExactly("md-link");
        assertThat(styleAt(text, text.indexOf(" and"))).isEmpty();
    }

    @Test
    void arabicEmphasisIsUpright() {
        String text = "الكرامة *كرامة الإنسان* and *dignity*\n";

        assertThat(styleAt(text, text.indexOf("*كرامة"))).containsExactly("md-em-upright");
        assertThat(styleAt(text, text.indexOf("*كرامة") + 1)).containsExactly("md-em-upright");
        assertThat(styleAt(text, text.indexOf(" الإنسان"))).containsExactly("md-em-upright");
        assertThat(styleAt(text, text.indexOf("الإنسان*"))).containsExactly("md-em-upright");
        assertThat(styleAt(text, text.indexOf("dignity"))).containsExactly("md-em");
    }

    @Test
    void mixedEmphasisSplitsByWord() {
        String text = "*human كرامة rights*\n";

        assertThat(styleAt(text, text.indexOf("human"))).containsExactly("md-em");
        assertThat(styleAt(text, text.indexOf("كرامة"))).containsExactly("md-em-upright");
        assertThat(styleAt(text, text.indexOf("rights"))).containsExactly("md-em");
    }

    @Test
    void arabicQuoteIsUpright() {
        String text = "> نص *مقتبس*\n";

        assertThat(styleAt(text, text.indexOf("نص"))).containsExactly("md-quote-upright");
        assertThat(styleAt(text, text.indexOf("مقتبس"))).containsExactlyInAnyOrder("md-quote-upright", "md-em-upright");
    }

    @Test
    void listMarkersAreStyledFromSyntaxTree() {
        String text = "- attend\n- vote\n\n12. twelfth\n";

        assertThat(styleAt(text, 0)).containsExactly("md-list-marker");
        assertThat(styleAt(text, text.indexOf("attend"))).isEmpty();
        assertThat(styleAt(text, text.indexOf("12."))).containsExactly("md-list-marker");
        assertThat(styleAt(text, text.indexOf("12.") + 2)).containsExactly("md-list-marker");
        assertThat(styleAt(text, text.indexOf("twelfth"))).isEmpty();
    }

    @Test
    void dashesAfterListAreThematicBreakNotHeading() {
        String text = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";

        assertThat(styleAt(text, text.indexOf("---"))).containsExactly("md-hr");
        assertThat(styleAt(text, text.indexOf("attend"))).isEmpty();
        assertThat(MarkdownStyler.analyse(text).paragraphs()).hasSize(2);
    }

    @Test
    void spansCoverWholeText() {
        String text = "# Title\n\n> quoted *text*\n\n```\ncode\n```\n";

        StyleSpans<Collection<String>> spans = MarkdownStyler.analyse(text).styles();

        assertThat(spans.length()).isEqualTo(text.length());
        assertThat(styleAt(text, text.indexOf("quoted"))).containsExactly("md-quote");
        assertThat(styleAt(text, text.indexOf("code\n"))).containsExactly("md-code-block");
    }

    @Test
    void paragraphNumbersSkipHeadings() {
        String text = "## Title\n\nFirst.\n\n## Sub\n\nSecond.\n";

        List<Integer> numbers = MarkdownStyler.analyse(text).paragraphs().stream()
                .map(org.charta.core.markdown.Block::number).toList();

        assertThat(numbers).containsExactly(1, 2);
    }

    @Test
    void typingInsideLineChangesOnlyThatStretch() {
        MarkdownStyler.Analysis before = MarkdownStyler.analyse("## Title\n\nSome text.\n\nMore *text*.\n");
        MarkdownStyler.Analysis after = MarkdownStyler.analyse("## Title\n\nSome new text.\n\nMore *text*.\n");

        int prefix = "## Title\n\nSome ".length();
        assertThat(after.firstDifference(before, prefix)).isEqualTo(prefix);
        assertThat(after.sameStyleAtEnd(before, "text.\n\nMore *text*.\n".length()))
                .isEqualTo("text.\n\nMore *text*.\n".length());
    }

    @Test
    void openedEmphasisChangesStylesAfterEdit() {
        MarkdownStyler.Analysis before = MarkdownStyler.analyse("Some text here.\n");
        MarkdownStyler.Analysis after = MarkdownStyler.analyse("Some *text here.*\n");

        assertThat(after.firstDifference(before, "Some ".length())).isEqualTo("Some ".length());
        assertThat(after.sameStyleAtEnd(before, 1)).isEqualTo(1);
        assertThat(after.sameStyleAtEnd(before, 2)).isEqualTo(1);
    }

    private static Collection<String> styleAt(String text, int offset) {
        StyleSpans<Collection<String>> spans = MarkdownStyler.analyse(text).styles();
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (offset < position + span.getLength()) {
                return span.getStyle();
            }
            position += span.getLength();
        }
        throw new IllegalArgumentException("Offset " + offset + " is outside the text");
    }
}
