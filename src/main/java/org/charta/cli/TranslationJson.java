package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;

import java.util.List;
import java.util.Locale;

/**
 * One translation in the {@code --json} output of {@code translate status}: its counts and every row that is
 * not current. States are lower case with underscores, as in the other JSON outputs. {@code damagedRecords} lists
 * the alignment record files that were skipped as damaged, relative to the charter folder.
 */
@JsonPropertyOrder({"section", "language", "path", "sourceLanguage", "upToDate", "fileMissing", "damagedRecords",
    "counts", "paragraphs"})
record TranslationJson(String section, String language, String path, String sourceLanguage, boolean upToDate,
                       boolean fileMissing, List<String> damagedRecords, Counts counts,
                       List<ParagraphJson> paragraphs) {

    static TranslationJson of(TranslationStatus status) {
        return new TranslationJson(status.sectionId(), status.language(), status.path(), status.sourceLanguage(),
                status.isUpToDate(), status.fileMissing(), status.damagedRecords(), Counts.of(status),
                status.rows().stream().filter(row -> row.state() != ParagraphState.CURRENT)
                        .map(ParagraphJson::of).toList());
    }

    /** How many rows are in each state. */
    @JsonPropertyOrder({"current", "outdated", "sourceRemoved", "unaligned", "missing"})
    record Counts(long current, long outdated, long sourceRemoved, long unaligned, long missing) {

        static Counts of(TranslationStatus status) {
            return new Counts(status.count(ParagraphState.CURRENT), status.count(ParagraphState.OUTDATED),
                    status.count(ParagraphState.SOURCE_REMOVED), status.count(ParagraphState.UNALIGNED),
                    status.count(ParagraphState.MISSING));
        }
    }

    /**
     * One row; the numbers are gutter numbers (0 for a heading), null where the row has no such paragraph.
     * {@code translationAddress} is what {@code mark-current} accepts ({@code h2} for a second heading), and
     * {@code sourceParagraphs} lists every source paragraph of a merge. {@code alignedSource} is the source text
     * when it was last aligned, {@code currentSource} the one now.
     */
    @JsonPropertyOrder({"translationParagraph", "translationAddress", "sourceParagraph", "sourceParagraphs", "state",
        "alignedRevision", "alignedSource", "currentSource"})
    record ParagraphJson(Integer translationParagraph, String translationAddress, Integer sourceParagraph,
                         List<Integer> sourceParagraphs, String state, String alignedRevision, String alignedSource,
                         String currentSource) {

        static ParagraphJson of(AlignedRow row) {
            return new ParagraphJson(row.translationNumber(), row.translationAddress(), row.sourceNumber(),
                    row.sourceNumbers(), row.state().name().toLowerCase(Locale.ROOT), row.alignedRevision(),
                    row.alignedSourceText(), row.sourceText());
        }
    }
}
