package org.charta.core.translation;

import java.nio.file.Path;
import java.util.List;

/**
 * Result of {@link Translations#importFolder}.
 *
 * @param language  the imported language
 * @param imported  the language versions written, in manifest order
 * @param files     the file each of {@code imported} came from, in the same order
 * @param unmatched files of the folder that match no section, sorted by name
 * @param skipped   sections that already had a translation in the language (left unchanged)
 */
public record FolderImport(String language, List<LanguageVersion> imported, List<Path> files,
                           List<Path> unmatched, List<String> skipped) {

    public FolderImport {
        imported = List.copyOf(imported);
        files = List.copyOf(files);
        unmatched = List.copyOf(unmatched);
        skipped = List.copyOf(skipped);
    }
}
