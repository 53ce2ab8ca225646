package org.charta.core.translation;

import java.util.List;

/**
 * The alignment of one translation with its source section, row by row.
 *
 * @param sectionId      id of the source section
 * @param language       language of the translation
 * @param sourceLanguage language of the source (the manifest's first language)
 * @param path           path of the translation file relative to the charter folder
 * @param rows           side-by-side rows, see {@link AlignedRow}
 */
public record TranslationStatus(String sectionId, String language, String sourceLanguage, String path,
                                List<AlignedRow> rows) {

    public TranslationStatus {
        rows = List.copyOf(rows);
    }

    /** Returns the version id {@code sectionId@language}. */
    public LanguageVersion version() {
        return new LanguageVersion(sectionId, language);
    }

    /** Counts the rows in a state. */
    public long count(ParagraphState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }

    /** Returns whether nothing needs a translator: no OUTDATED, SOURCE_REMOVED, UNALIGNED or MISSING row. */
    public boolean isUpToDate() {
        return rows.stream().allMatch(row -> row.state() == ParagraphState.CURRENT);
    }
}
