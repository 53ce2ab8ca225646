package org.charta.core.translation;

import java.util.List;

/**
 * The alignment of one translation with its source section, row by row.
 *
 * @param sectionId      id of the source section
 * @param language       language of the translation
 * @param sourceLanguage language of the source (the manifest's first language)
 * @param path           path of the translation file relative to the charter folder
 * @param rows           side-by-side rows, see {@link AlignedRow}; empty when the file is missing
 * @param fileMissing    whether the manifest lists the translation but its file does not exist
 * @param damagedRecords alignment record files that could not be used (unreadable, or pairing paragraphs that
 *                       the record does not hold), relative to the charter folder; restoring them from the Git
 *                       history brings their alignments back
 */
public record TranslationStatus(String sectionId, String language, String sourceLanguage, String path,
                                List<AlignedRow> rows, boolean fileMissing, List<String> damagedRecords) {

    public TranslationStatus {
        rows = List.copyOf(rows);
        damagedRecords = damagedRecords == null ? List.of() : List.copyOf(damagedRecords);
    }

    /** A status computed from both files. */
    public TranslationStatus(String sectionId, String language, String sourceLanguage, String path,
                             List<AlignedRow> rows) {
        this(sectionId, language, sourceLanguage, path, rows, false, List.of());
    }

    /** A status without damaged records. */
    public TranslationStatus(String sectionId, String language, String sourceLanguage, String path,
                             List<AlignedRow> rows, boolean fileMissing) {
        this(sectionId, language, sourceLanguage, path, rows, fileMissing, List.of());
    }

    /** The status of a translation that the manifest lists but whose file does not exist. */
    public static TranslationStatus missingFile(String sectionId, String language, String sourceLanguage,
                                                String path) {
        return new TranslationStatus(sectionId, language, sourceLanguage, path, List.of(), true);
    }

    /** Returns the version id {@code sectionId@language}. */
    public LanguageVersion version() {
        return new LanguageVersion(sectionId, language);
    }

    /** Counts the rows in a state. */
    public long count(ParagraphState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }

    /**
     * Returns whether nothing needs a translator: the file exists and no row is OUTDATED, SOURCE_REMOVED,
     * UNALIGNED or MISSING.
     */
    public boolean isUpToDate() {
        return !fileMissing && rows.stream().allMatch(row -> row.state() == ParagraphState.CURRENT);
    }
}
