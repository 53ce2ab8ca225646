package org.charta.core.comment;

import java.util.Objects;

/**
 * The place a comment thread points at, recorded like a W3C Web Annotation text quote selector: the quoted
 * text with some context around it, plus position hints. The hints may be stale after an edit, so
 * {@link AnchorResolver} finds the quote again in the current text.
 *
 * @param sectionId id of the section the thread belongs to
 * @param quote     the exact text the thread points at
 * @param prefix    up to {@link Anchors#CONTEXT_LENGTH} characters just before the quote
 * @param suffix    up to {@link Anchors#CONTEXT_LENGTH} characters just after the quote
 * @param start     offset of the quote in the section text when the anchor was made
 * @param paragraph number of the paragraph that contained the quote then, from 1, as
 *                  {@link org.charta.core.markdown.MarkdownBlocks#paragraphs(String)} numbers them
 */
public record Anchor(String sectionId, String quote, String prefix, String suffix, int start, int paragraph) {

    public Anchor {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** Returns the offset just after the quote at the recorded position. */
    public int end() {
        return start + quote.length();
    }
}
