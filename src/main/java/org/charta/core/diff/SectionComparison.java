package org.charta.core.diff;

import java.util.List;

/**
 * One section compared between two versions of the charter.
 *
 * @param sectionId    the section's id
 * @param oldTitle     its title in the old version, or null when added
 * @param newTitle     its title in the new version, or null when deleted
 * @param status       added, deleted, changed or unchanged
 * @param movedInOrder whether its place in the section order changed
 * @param paragraphs   the rows in reading order
 */
public record SectionComparison(String sectionId, String oldTitle, String newTitle, Status status,
                                boolean movedInOrder, List<ParagraphChange> paragraphs) {

    /** What happened to a section as a whole. */
    public enum Status {
        ADDED,
        DELETED,
        CHANGED,
        UNCHANGED
    }

    /** Returns the title to show: the new one, or the old one for a deleted section. */
    public String title() {
        return newTitle != null ? newTitle : oldTitle;
    }

    /** Counts the rows of one kind; {@code layoutOnly} rows count only when {@code withLayoutOnly} is true. */
    public int count(ParagraphChange.Kind kind, boolean withLayoutOnly) {
        return (int) paragraphs.stream()
                .filter(change -> change.kind() == kind && (withLayoutOnly || !change.layoutOnly()))
                .count();
    }
}
