package org.charta.core.translation;

import java.nio.file.Path;
import java.util.List;

/**
 * Result of {@link Translations#importFolder} and {@link Translations#importPlan}.
 *
 * @param plan     what was matched, including the sections left unchanged
 * @param imported the language versions written, in manifest order
 */
public record FolderImport(ImportPlan plan, List<LanguageVersion> imported) {

    public FolderImport {
        imported = List.copyOf(imported);
    }

    /** Returns the imported language. */
    public String language() {
        return plan.language();
    }

    /** Returns the matches written, in the order of {@link #imported()}. */
    public List<ImportMatch> written() {
        return plan.toWrite();
    }

    /** Returns the file each of {@link #imported()} came from, in the same order. */
    public List<Path> files() {
        return written().stream().map(ImportMatch::file).toList();
    }

    /** Returns the files of the folder that match no section, sorted by name. */
    public List<Path> unmatched() {
        return plan.unmatched();
    }

    /** Returns the sections that already had a translation in the language and were left unchanged. */
    public List<String> skipped() {
        return plan.matches().stream().filter(ImportMatch::existing).map(ImportMatch::sectionId).toList();
    }
}
