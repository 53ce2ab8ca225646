package org.charta.core.diff;

import java.util.List;

/**
 * One row of a paragraph-by-paragraph comparison. A paragraph is a CommonMark leaf block of the section, from the
 * start of its first line, so list and quote markers are included. Headings are rows too, numbered 0.
 *
 * <p>The numbers say where the row sits in this section: {@code oldNumber} in the old version, {@code newNumber}
 * in the new one. The other end of a move is in {@code otherSection}, paragraph {@code otherNumber}.
 *
 * @param kind         what happened to the paragraph
 * @param oldNumber    its number in the old version (from 1, headings not counted, 0 for a heading), or null when
 *                     inserted or moved here
 * @param newNumber    its number in the new version, or null when deleted or moved away
 * @param oldText      the old paragraph's source, or null when inserted; for {@code MOVED_HERE}, the source at the
 *                     place it came from
 * @param newText      the new paragraph's source, or null when deleted or moved away
 * @param segments     the word diff from old to new for {@code CHANGED} and {@code MOVED_HERE}; otherwise the whole
 *                     text as one segment: {@code EQUAL} when unchanged, {@code INSERTED} when inserted,
 *                     {@code DELETED} when deleted or moved away
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
        /** The paragraph left this place; {@code otherSection} and {@code otherNumber} give where it went. */
        MOVED_AWAY,
        /** The paragraph arrived here from {@code otherSection}, paragraph {@code otherNumber}. */
        MOVED_HERE
    }

    /** Returns whether the row is a heading rather than a numbered paragraph. */
    public boolean heading() {
        Integer number = newNumber != null ? newNumber : oldNumber;
        return number != null && number == 0;
    }

    /** Returns whether old and new texts differ here, layout-only changes included. */
    public boolean isChange() {
        return kind != Kind.UNCHANGED;
    }
}
