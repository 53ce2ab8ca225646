package org.charta.ui.sync;

import org.charta.core.ChartaException;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.Section;
import org.charta.core.comment.CommentStore;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncommitted changes of a charter, grouped the way a person thinks of them: edited sections (by
 * title), comments, the outline, other files.
 *
 * @param paths         every uncommitted path
 * @param sectionTitles titles of the sections whose files changed, in outline order
 * @param commentFiles  number of changed comment files
 * @param outline       whether the manifest changed (sections added, moved, renamed or removed)
 * @param otherPaths    every other changed path
 */
record PendingChanges(List<String> paths, List<String> sectionTitles, int commentFiles, boolean outline,
                      List<String> otherPaths) {

    /** Reads the status and the section titles; runs on the serial lane. */
    static PendingChanges read(CharterSession session) throws ChartaException {
        List<String> paths = session.repository().status().uncommittedPaths();
        Map<String, String> titleByPath = titlesByPath(session);
        List<String> titles = new ArrayList<>();
        int comments = 0;
        boolean outline = false;
        List<String> other = new ArrayList<>();
        for (String path : paths) {
            if (titleByPath.containsKey(path)) {
                titles.add(titleByPath.get(path));
            } else if (path.startsWith(CommentStore.COMMENTS_FOLDER + "/")) {
                comments++;
            } else if (path.equals(ManifestStore.FILE_NAME)) {
                outline = true;
            } else {
                other.add(path);
            }
        }
        List<String> ordered = titleByPath.values().stream().filter(titles::contains).distinct().toList();
        return new PendingChanges(paths, ordered, comments, outline, other);
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
        if (commentFiles > 0 && !outline) {
            return text.get("ui.record.default.comments");
        }
        return text.get("ui.record.default.outline");
    }

    /** Returns one line per group of changes, for the record dialog. */
    List<String> describe(UiText text) {
        List<String> lines = new ArrayList<>();
        sectionTitles.forEach(title -> lines.add(text.get("ui.record.change.section", title)));
        if (outline) {
            lines.add(text.get("ui.record.change.outline"));
        }
        if (commentFiles > 0) {
            lines.add(text.get("ui.record.change.comments", commentFiles));
        }
        otherPaths.forEach(path -> lines.add(text.get("ui.record.change.file", path)));
        return lines;
    }
}
