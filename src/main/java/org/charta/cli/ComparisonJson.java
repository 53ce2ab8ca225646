package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.util.List;
import java.util.Locale;

/**
 * A charter-wide comparison in the {@code --json} output of {@code release diff}: every section with its status,
 * and for each, only the rows that changed (layout-only ones included and flagged). Kinds and statuses are lower
 * case, as in the other JSON outputs.
 */
@JsonPropertyOrder({"from", "to", "oldCommit", "newCommit", "sections"})
record ComparisonJson(String from, String to, String oldCommit, String newCommit, List<SectionJson> sections) {

    static ComparisonJson of(String from, String to, CharterComparison comparison) {
        return new ComparisonJson(from, to, comparison.oldCommit(), comparison.newCommit(),
                comparison.sections().stream().map(SectionJson::of).toList());
    }

    /** One section: its titles, what happened to it, and its changed rows. */
    @JsonPropertyOrder({"id", "oldTitle", "newTitle", "status", "movedInOrder", "changes"})
    record SectionJson(String id, String oldTitle, String newTitle, String status, boolean movedInOrder,
                       List<ChangeJson> changes) {

        static SectionJson of(SectionComparison section) {
            return new SectionJson(section.sectionId(), section.oldTitle(), section.newTitle(),
                    lowerCase(section.status()), section.movedInOrder(),
                    section.paragraphs().stream().filter(ParagraphChange::isChange).map(ChangeJson::of).toList());
        }
    }

    /** One changed row; the numbers are null where the row has none (see {@link ParagraphChange}). */
    @JsonPropertyOrder({"kind", "oldNumber", "newNumber", "heading", "layoutOnly", "otherSection", "otherNumber",
        "oldText", "newText", "segments"})
    record ChangeJson(String kind, Integer oldNumber, Integer newNumber, boolean heading, boolean layoutOnly,
                      String otherSection, Integer otherNumber, String oldText, String newText,
                      List<SegmentJson> segments) {

        static ChangeJson of(ParagraphChange change) {
            return new ChangeJson(lowerCase(change.kind()), change.oldNumber(), change.newNumber(), change.heading(),
                    change.layoutOnly(), change.otherSection(), change.otherNumber(), change.oldText(),
                    change.newText(), change.segments().stream().map(SegmentJson::of).toList());
        }
    }

    /** One run of the word diff: {@code equal}, {@code inserted} or {@code deleted}. */
    @JsonPropertyOrder({"kind", "text"})
    record SegmentJson(String kind, String text) {

        static SegmentJson of(DiffSegment segment) {
            return new SegmentJson(lowerCase(segment.kind()), segment.text());
        }
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
