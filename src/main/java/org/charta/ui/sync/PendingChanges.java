package org.charta.ui.sync;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.Section;
import org.charta.core.charter.SectionEntry;
import org.charta.core.comment.CommentStore;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uncommitted changes of a charter, grouped the way a person thinks of them: edited sections (by
 * title), translations (by section and language), comments, the outline, other files.
 *
 * @param paths         every uncommitted path
 * @param sectionTitles titles of the sections whose files changed, in outline order
 * @param translations  language versions whose text file changed, in path order
 * @param alignments    language versions whose alignment records changed, in path order
 * @param commentFiles  number of changed comment files
 * @param outline       whether the manifest changed (sections added, moved, renamed or removed, or a language
 *                      version listed)
 * @param otherPaths    every other changed path
 */
record PendingChanges(List<String> paths, List<String> sectionTitles, List<TranslationChange> translations,
                      List<TranslationChange> alignments, int commentFiles, boolean outline,
                      List<String> otherPaths) {

    private static final String ALIGNMENTS_PREFIX = Charter.TRANSLATION_RECORDS_FOLDER + "/";

    /** Reads the status and the section titles; runs on the serial lane. */
    static PendingChanges read(CharterSession session) throws ChartaException {
        List<String> paths = session.repository().status().uncommittedPaths();
        Map<String, String> titleByPath = titlesByPath(session);
        Map<String, String> titleById = titlesById(session);
        Map<String, TranslationChange> versionByPath = languageVersionsByPath(session, titleById);
        List<String> titles = new ArrayList<>();
        Set<TranslationChange> translations = new LinkedHashSet<>();
        Set<TranslationChange> alignments = new LinkedHashSet<>();
        int comments = 0;
        boolean outline = false;
        List<String> other = new ArrayList<>();
        for (String path : paths) {
            TranslationChange alignment = alignmentOf(path, titleById);
            if (titleByPath.containsKey(path)) {
                titles.add(titleByPath.get(path));
            } else if (versionByPath.containsKey(path)) {
                translations.add(versionByPath.get(path));
            } else if (alignment != null) {
                alignments.add(alignment);
            } else if (path.startsWith(CommentStore.COMMENTS_FOLDER + "/")) {
                comments++;
            } else if (path.equals(ManifestStore.FILE_NAME)) {
                outline = true;
            } else {
                other.add(path);
            }
        }
        List<String> ordered = titleByPath.values().stream().filter(titles::contains).distinct().toList();
        return new PendingChanges(paths, ordered, List.copyOf(translations), List.copyOf(alignments), comments,
                outline, other);
    }

    private static Map<String, String> titlesById(CharterSession session) throws ChartaException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.id(), section.title());
        }
        return titles;
    }

    /** Maps every language version file the manifest lists to its section title and language. */
    private static Map<String, TranslationChange> languageVersionsByPath(CharterSession session,
                                                                        Map<String, String> titleById) {
        Map<String, TranslationChange> versions = new LinkedHashMap<>();
        for (SectionEntry entry : session.charter().manifest().sections()) {
            String title = titleById.getOrDefault(entry.id(), entry.id());
            entry.translations().forEach((language, path) -> versions.put(path, new TranslationChange(title,
                    language)));
        }
        return versions;
    }

    /**
     * Returns the language version whose alignment record a path is, or null. Records live at
     * {@code .charta/translations/<section id>/<language>/<record>.json}.
     */
    private static TranslationChange alignmentOf(String path, Map<String, String> titleById) {
        if (!path.startsWith(ALIGNMENTS_PREFIX)) {
            return null;
        }
        String[] parts = path.substring(ALIGNMENTS_PREFIX.length()).split("/");
        if (parts.length < 3) {
            return null;
        }
        return new TranslationChange(titleById.getOrDefault(parts[0], parts[0]), parts[1]);
    }

    /** Maps section file paths to their titles, in outline order; runs on the serial lane. */
    static Map<String, String> titlesByPath(CharterSession session) throws ChartaException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.path(), section.title());
        }
        return titles;
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Returns a commit message that names what changed, in the UI language, for the person to edit. */
    String defaultMessage(UiText text) {
        if (!sectionTitles.isEmpty()) {
            return text.get("ui.record.default.sections", String.join(", ", sectionTitles));
        }
        if (!translations.isEmpty()) {
            return text.get("ui.record.default.translations", translations.size(), labels(translations, text));
        }
        if (!alignments.isEmpty()) {
            return text.get("ui.record.default.alignments", alignments.size(), labels(alignments, text));
        }
        if (commentFiles > 0 && !outline) {
            return text.get("ui.record.default.comments");
        }
        return text.get("ui.record.default.outline");
    }

    /** Returns one line per group of changes, for the record dialog. */
    List<String> describe(UiText text) {
        List<String> lines = new ArrayList<>();
        sectionTitles.forEach(title -> lines.add(text.get("ui.record.change.section", title)));
        translations.forEach(version -> lines.add(version.label(text)));
        alignments.forEach(version -> lines.add(text.get("ui.record.change.alignment", version.label(text))));
        // TODO: a translation import or add also changes charter.json, which is listed as an outline change
        //  although no section moved. Telling them apart needs the manifest of HEAD.
        if (outline) {
            lines.add(text.get("ui.record.change.outline"));
        }
        if (commentFiles > 0) {
            lines.add(text.get("ui.record.change.comments", commentFiles));
        }
        otherPaths.forEach(path -> lines.add(text.get("ui.record.change.file", path)));
        return lines;
    }

    private static String labels(List<TranslationChange> versions, UiText text) {
        return String.join(", ", versions.stream().map(version -> version.label(text)).toList());
    }
}
