package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.io.MessageValues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a manifest read from disk before Charta uses any name in it to build a path. A co-author can push any
 * manifest, so section ids, translation languages and translation paths are all treated as hostile: a section id
 * names files and folders ({@code translations/<lang>/<id>.md}, {@code .charta/translations/<id>/}), a language
 * names a folder, and a path names the file that a replacing import overwrites.
 */
final class ManifestChecks {

    /** Characters that separate path elements, address a language version, or are invalid in Windows file names. */
    private static final String FORBIDDEN_CHARACTERS = "/\\@:*?\"<>|";

    /** Names that Windows reserves for devices, with or without an extension. */
    private static final Pattern RESERVED_NAME =
            Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?", Pattern.CASE_INSENSITIVE);

    private ManifestChecks() {
    }

    /**
     * Checks every section of the manifest: its id, its file, the languages of its translations and their files.
     *
     * @throws ChartaException naming the first invalid value and how to fix it
     */
    static void check(Path charterFolder, Manifest manifest) throws ChartaException {
        Set<String> seen = new HashSet<>();
        for (SectionEntry entry : manifest.sections()) {
            if (entry.id() == null || entry.id().isBlank()) {
                throw new ChartaException("error.section.idMissing",
                        ManifestStore.manifestPath(charterFolder).toString());
            }
            checkSectionId(entry.id());
            if (!seen.add(entry.id())) {
                throw new ChartaException("error.section.idDuplicate", entry.id());
            }
            Path file = SectionPaths.resolve(charterFolder, entry.id(), entry.path());
            if (!Files.isRegularFile(file)) {
                throw new ChartaException("error.section.fileMissing", entry.id(), entry.path());
            }
            checkTranslations(charterFolder, entry);
        }
    }

    /**
     * Rejects a section id that is not a single valid file-name component on every platform Charta runs on.
     *
     * @throws ChartaException with the id made printable, so a control character in it cannot act on a terminal
     */
    static void checkSectionId(String id) throws ChartaException {
        if (!isValidSectionId(id)) {
            throw new ChartaException("error.section.idInvalid", printable(id));
        }
    }

    static boolean isValidSectionId(String id) {
        if (id == null || id.isEmpty() || id.contains("..") || id.equals(".")) {
            return false;
        }
        if (!id.equals(id.strip()) || id.endsWith(".") || RESERVED_NAME.matcher(id).matches()) {
            return false;
        }
        return id.codePoints().noneMatch(ManifestChecks::isForbidden);
    }

    private static void checkTranslations(Path charterFolder, SectionEntry entry) throws ChartaException {
        for (Map.Entry<String, String> translation : entry.translations().entrySet()) {
            String language = translation.getKey();
            boolean canonical = LanguageTags.canonical(language).map(language::equals).orElse(false);
            if (!canonical) {
                throw new ChartaException("error.translation.languageKeyInvalid", entry.id(), printable(language));
            }
            // Only the path's place is checked: a listed translation file that is missing shows as an error
            // when it is read, and a replacing import writes it anew.
            SectionPaths.resolve(charterFolder, entry.id() + Charter.VERSION_SEPARATOR + language,
                    translation.getValue());
        }
    }

    private static boolean isForbidden(int codePoint) {
        return FORBIDDEN_CHARACTERS.indexOf(codePoint) >= 0 || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** Returns the value shortened, with every control or format character written as {@code \\uXXXX}. */
    static String printable(String value) {
        StringBuilder text = new StringBuilder();
        String shortened = MessageValues.shorten(String.valueOf(value));
        shortened.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                text.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
            } else {
                text.appendCodePoint(codePoint);
            }
        });
        return text.toString();
    }
}
