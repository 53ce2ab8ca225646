package org.charta.ui.release;

import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.util.List;

/**
 * One line of a release comparison's summary: a section and how many of its paragraphs changed, were added,
 * deleted or moved. Changes of whitespace or line wrapping only are counted apart, as the diff hides them at first.
 *
 * @param section    the section compared
 * @param changed    paragraphs changed in place
 * @param inserted   paragraphs added
 * @param deleted    paragraphs deleted
 * @param moved      paragraphs that arrived here from elsewhere (each move counts once, where it arrived)
 * @param layoutOnly paragraphs whose change is only whitespace or line wrapping
 */
public record SectionSummary(SectionComparison section, int changed, int inserted, int deleted, int moved,
                             int layoutOnly) {

    /** Summarises every section that differs, in the comparison's order. */
    public static List<SectionSummary> of(List<SectionComparison> sections) {
        return sections.stream()
                .filter(section -> section.status() != SectionComparison.Status.UNCHANGED || section.movedInOrder())
                .map(SectionSummary::of)
                .toList();
    }

    static SectionSummary of(SectionComparison section) {
        int changed = 0;
        int inserted = 0;
        int deleted = 0;
        int moved = 0;
        int layoutOnly = 0;
        for (ParagraphChange change : section.paragraphs()) {
            switch (change.kind()) {
                case CHANGED -> {
                    if (change.layoutOnly()) {
                        layoutOnly++;
                    } else {
                        changed++;
                    }
                }
                case INSERTED -> inserted++;
                case DELETED -> deleted++;
                case MOVED_HERE -> moved++;
                case UNCHANGED, MOVED_AWAY -> {
                    // Unchanged paragraphs are not counted, and a move counts where it arrived.
                }
            }
        }
        return new SectionSummary(section, changed, inserted, deleted, moved, layoutOnly);
    }
}
