package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Translations of a charter's sections and their paragraph alignment with the source.
 *
 * <p>A translation file is listed in the manifest under its section's {@code translations}. Each alignment is
 * an event file under {@code .charta/translations/<section-id>/<lang>/}, written once and never rewritten,
 * so two translators marking paragraphs offline never conflict. Status is computed from the working tree.
 *
 * <p>Every write checks its input first and changes nothing when the check fails; files are written
 * atomically.
 */
public final class Translations {

    private Translations() {
    }

    /**
     * Computes the paragraph-by-paragraph state of one translation against the current source text.
     *
     * @throws ChartaException when the section is unknown, has no translation in the language, or a file
     *                         cannot be read
     */
    public static TranslationStatus status(Charter charter, String sectionId, String language)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: status");
    }

    /**
     * Computes the status of every translation in the manifest, in section order, then language order of the
     * manifest; only those of one language when it is given.
     */
    public static List<TranslationStatus> overview(Charter charter, Optional<String> language)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: overview");
    }

    /**
     * Adds a translation that starts as a copy of the source text: writes
     * {@code translations/<lang>/<section-id>.md}, lists it in the manifest (adding the language to the
     * manifest's languages) and records an {@code add} event that aligns no paragraph.
     *
     * @throws ChartaException when the section is unknown, the language is not a BCP 47 tag or is the source
     *                         language, or a translation in that language exists; nothing is written then
     */
    public static LanguageVersion add(Charter charter, String sectionId, String language, Identity author)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: add");
    }

    /**
     * Imports an existing translation and aligns its paragraphs with the source by position (up to the shorter
     * list), recording an {@code import} event.
     *
     * @param replace whether an existing translation in that language may be overwritten
     * @throws ChartaException when the text is empty, the section is unknown, the language is not a BCP 47 tag
     *                         or is the source language, or a translation exists and {@code replace} is false;
     *                         nothing is written then
     */
    public static LanguageVersion importAligned(Charter charter, String sectionId, String language, String text,
                                                Identity author, boolean replace) throws ChartaException {
        throw new UnsupportedOperationException("TODO: importAligned");
    }

    /**
     * Imports an existing translation file (which must be UTF-8), as {@link #importAligned}.
     *
     * @throws ChartaException also when the file is missing or not UTF-8
     */
    public static LanguageVersion importFile(Charter charter, String sectionId, String language, Path file,
                                             Identity author, boolean replace) throws ChartaException {
        throw new UnsupportedOperationException("TODO: importFile");
    }

    /**
     * Imports every Markdown file of a folder as a translation, matching a file to the section whose source
     * file has the same name or whose id is the file name without {@code .md}. Sections that already have a
     * translation in the language are skipped; all files are read and checked before anything is written.
     */
    public static FolderImport importFolder(Charter charter, String language, Path folder, Identity author)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: importFolder");
    }

    /**
     * Records that one translation paragraph (its gutter number) now follows the current source paragraph it
     * is aligned with (or, for an unaligned one, the source paragraph at the same position).
     *
     * @throws ChartaException when the translation is unknown or the paragraph number is out of range
     */
    public static void markCurrent(Charter charter, String sectionId, String language, int translationParagraph,
                                   Identity author) throws ChartaException {
        throw new UnsupportedOperationException("TODO: markCurrent");
    }

    /**
     * Marks every OUTDATED and SOURCE_REMOVED paragraph of a translation current in one event.
     *
     * @return how many paragraphs were marked (0 writes nothing)
     */
    public static int markAllOutdated(Charter charter, String sectionId, String language, Identity author)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: markAllOutdated");
    }
}
