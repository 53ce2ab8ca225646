package org.charta.ui.amend;

import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a diff view shows for a comparison: a heading per changed section, each changed paragraph, and one
 * row standing for each run of unchanged paragraphs between them. Changes of whitespace or line wrapping only
 * count as unchanged unless {@code showLayoutOnly} is set.
 *
 * @param rows              the rows in reading order
 * @param hiddenLayoutOnly  how many layout-only changes are folded into the unchanged runs
 */
public record DiffRows(List<Row> rows, int hiddenLayoutOnly) {

    /** One row: a section heading, a paragraph, or a run of unchanged paragraphs. */
    public record Row(Kind kind, SectionComparison section, ParagraphChange change, int unchanged) {
    }

    /** What a row stands for. */
    public enum Kind {
        SECTION,
        PARAGRAPH,
        UNCHANGED_RUN
    }

    /** Builds the rows of the sections that changed, in the comparison's order. */
    public static DiffRows of(List<SectionComparison> sections, boolean showLayoutOnly) {
        List<Row> rows = new ArrayList<>();
        int hidden = 0;
        for (SectionComparison section : sections) {
            if (section.status() == SectionComparison.Status.UNCHANGED && !section.movedInOrder()) {
                continue;
            }
            List<Row> paragraphs = new ArrayList<>();
            int run = 0;
            for (ParagraphChange change : section.paragraphs()) {
                boolean layoutOnly = change.layoutOnly() && change.kind() == ParagraphChange.Kind.CHANGED;
                if (layoutOnly && !showLayoutOnly) {
                    hidden++;
                }
                if (change.kind() == ParagraphChange.Kind.UNCHANGED || layoutOnly && !showLayoutOnly) {
                    run++;
                    continue;
                }
                addRun(paragraphs, section, run);
                run = 0;
                paragraphs.add(new Row(Kind.PARAGRAPH, section, change, 0));
            }
            if (paragraphs.isEmpty() && section.status() == SectionComparison.Status.CHANGED
                    && !section.movedInOrder()) {
                // Every change in the section was a hidden layout-only one.
                continue;
            }
            rows.add(new Row(Kind.SECTION, section, null, 0));
            rows.addAll(paragraphs);
            addRun(rows, section, run);
        }
        return new DiffRows(List.copyOf(rows), hidden);
    }

    /** Returns the paragraph rows only. */
    public List<ParagraphChange> changes() {
        return rows.stream().filter(row -> row.kind() == Kind.PARAGRAPH).map(Row::change).toList();
    }

    private static void addRun(List<Row> rows, SectionComparison section, int run) {
        if (run > 0) {
            rows.add(new Row(Kind.UNCHANGED_RUN, section, null, run));
        }
    }
}
