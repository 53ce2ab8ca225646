package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.diff.Graphemes;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.BitSet;
import java.util.List;

/** Makes anchors for a whole paragraph or for a phrase selected inside one paragraph. */
public final class Anchors {

    /** Maximum number of characters of context kept before and after a quote. */
    public static final int CONTEXT_LENGTH = 32;

    private Anchors() {
    }

    /**
     * Anchors a thread to a whole paragraph: the quote is the text of the paragraph's CommonMark block, so
     * a list item, a block quote line or an HTML block counts as one paragraph.
     *
     * @param paragraphNumber paragraph number from 1, as {@link MarkdownBlocks#paragraphs(String)} numbers them
     * @throws ChartaException naming the section, the number and the paragraph count when it is out of range
     */
    public static Anchor forParagraph(String sectionId, String sectionText, int paragraphNumber)
            throws ChartaException {
        List<Block> paragraphs = MarkdownBlocks.paragraphs(sectionText);
        if (paragraphNumber < 1 || paragraphNumber > paragraphs.size()) {
            throw new ChartaException("error.comment.paragraphMissing", sectionId, paragraphNumber,
                    paragraphs.size());
        }
        Block paragraph = paragraphs.get(paragraphNumber - 1);
        return create(sectionId, sectionText, Graphemes.boundaries(sectionText), paragraph.start(), paragraph.end(),
                paragraphNumber);
    }

    /**
     * Anchors a thread to a selected phrase. The range is widened, if needed, so that it does not cut a
     * user-perceived character (a letter and its combining marks, an emoji sequence).
     *
     * @param start offset of the first selected character in the section text
     * @param end   offset just after the last selected character
     * @throws ChartaException when the range is empty, outside the text, only whitespace, or not inside one
     *                         paragraph
     */
    public static Anchor forRange(String sectionId, String sectionText, int start, int end)
            throws ChartaException {
        if (start < 0 || end > sectionText.length() || start >= end) {
            throw new ChartaException("error.comment.rangeInvalid", String.valueOf(start), String.valueOf(end),
                    sectionId, String.valueOf(sectionText.length()));
        }
        BitSet boundaries = Graphemes.boundaries(sectionText);
        int quoteStart = Graphemes.floor(boundaries, start);
        int quoteEnd = Graphemes.ceiling(boundaries, end, sectionText.length());
        if (sectionText.substring(quoteStart, quoteEnd).isBlank()) {
            throw new ChartaException("error.comment.rangeBlank", String.valueOf(start), String.valueOf(end),
                    sectionId);
        }

        Block paragraph = paragraphContaining(MarkdownBlocks.paragraphs(sectionText), quoteStart, quoteEnd);
        if (paragraph == null) {
            throw new ChartaException("error.comment.rangeOutsideParagraph", String.valueOf(start),
                    String.valueOf(end), sectionId);
        }
        return create(sectionId, sectionText, boundaries, quoteStart, quoteEnd, paragraph.number());
    }

    private static Block paragraphContaining(List<Block> paragraphs, int start, int end) {
        for (Block paragraph : paragraphs) {
            if (paragraph.start() <= start && end <= paragraph.end()) {
                return paragraph;
            }
        }
        return null;
    }

    /** Builds the anchor with as much context as fits in {@link #CONTEXT_LENGTH} without cutting a character. */
    private static Anchor create(String sectionId, String sectionText, BitSet boundaries, int start, int end,
                                 int paragraph) {
        int prefixStart = Graphemes.ceiling(boundaries, Math.max(0, start - CONTEXT_LENGTH), start);
        int suffixEnd = Graphemes.floor(boundaries, Math.min(sectionText.length(), end + CONTEXT_LENGTH));
        return new Anchor(sectionId, sectionText.substring(start, end), sectionText.substring(prefixStart, start),
                sectionText.substring(end, Math.max(end, suffixEnd)), start, paragraph);
    }
}
