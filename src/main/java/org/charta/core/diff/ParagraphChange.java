package org.charta.core.diff;

import java.util.List;

/**
 * One row of a paragraph-by-paragraph comparison.
 *
 * @param kind         what happened to the paragraph
 * @param oldNumber    its number in the old version (from 1, headings not counted), or null when inserted
 * @param newNumber    its number in the new version, or null when deleted
 * @param oldText      the old paragraph's source, or null
 * @param newText      the new paragraph's source, or null
 * @param segments     the word diff from old to new for {@code CHANGED}; the whole text as one segment otherwise
 * @param layoutOnly   whether old and new differ only in whitespace or line wrapping (hidden by default)
 * @param otherSection for a move, the section the paragraph moved from or to (the same id inside one section)
 * @param otherNumber  for a move, its number at the other end
 */
public record ParagraphChange(Kind kind, Integer oldNumber, Integer newNumber, String oldText, String newText,
                              List<DiffSegment> segments, boolean layoutOnly, String otherSection,
                              Integer otherNumber) {

    /** What happened to a paragraph between two versions. */
    public enum Kind {
        UNCHANGED,
        CHANGED,
        INSERTED,
        DELETED,
        /** The paragraph left this place; {@code otherSection} and {@code otherNumber} say where it went. */
        MOVED_AWAY,
        /** The paragraph arrived here from {@code otherSection}, paragraph {@code otherNumber}. */
        MOVED_HERE
    }
}
