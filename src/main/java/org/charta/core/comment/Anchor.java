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
 * @param amendment id of the amendment a deliberation thread is about, or null for a thread on a paragraph. An
 *                  anchor on an amendment has empty other fields.
 */
public record Anchor(String sectionId, String quote, String prefix, String suffix, int start, int paragraph,
                     String amendment) {

    public Anchor {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** Creates an anchor on a paragraph or a phrase of a section. */
    public Anchor(String sectionId, String quote, String prefix, String suffix, int start, int paragraph) {
        this(sectionId, quote, prefix, suffix, start, paragraph, null);
    }

    /**
     * Creates the anchor of a thread on a whole amendment rather than on a paragraph. Its section id and quote are
     * empty, so it is never located in a section's text.
     */
    public static Anchor forAmendment(String amendmentId) {
        return new Anchor("", "", "", "", 0, 0, Objects.requireNonNull(amendmentId, "amendmentId"));
    }

    /** Returns whether the thread is about a whole amendment rather than a paragraph. */
    public boolean isAmendment() {
        return amendment != null;
    }

    /** Returns the offset just after the quote at the recorded position. */
    public int end() {
        return start + quote.length();
    }
}
