package org.charta.core.diff;

import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.markdown.FrontMatter;
import org.charta.core.markdown.MarkdownBlocks;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sections of a charter as one commit has them: the manifest's order, each section's file and text. */
final class CharterVersion {

    /**
     * One section file at the commit; {@code blob} is null when the manifest names a file the commit lacks, and for
     * a text held in memory.
     */
    record SectionFile(String id, String path, ObjectId blob, String text) {

        /** Returns the title as the editor shows it: front matter title, else first heading, else the file name. */
        String title() {
            String title = FrontMatter.title(text).orElse("");
            if (title.isEmpty()) {
                title = MarkdownBlocks.firstHeadingTitle(text);
            }
            if (title.isEmpty()) {
                String fileName = path.substring(path.lastIndexOf('/') + 1);
                title = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
            }
            return title;
        }
    }

    private final Map<String, SectionFile> sections;

    private CharterVersion(Map<String, SectionFile> sections) {
        this.sections = sections;
    }

    /**
     * Reads the manifest and every section file of a commit, texts decoded as UTF-8 with line endings made LF.
     *
     * @throws ChartaException {@code error.diff.noManifest} when the commit has no {@code charter.json}, and
     *                         {@code error.manifest.invalid} when it is not a valid manifest
     */
    static CharterVersion read(ObjectReader reader, RevCommit commit) throws ChartaException, IOException {
        return read(reader, commit.getTree(), commit.getId().abbreviate(7).name());
    }

    /**
     * Reads the manifest and every section file of a tree, as {@link #read(ObjectReader, RevCommit)} reads a
     * commit's.
     *
     * @param shortId the name of the tree's commit, or of the tree, in error messages
     */
    static CharterVersion read(ObjectReader reader, RevTree tree, String shortId) throws ChartaException, IOException {
        ObjectId manifestBlob = blobAt(reader, tree, ManifestStore.FILE_NAME);
        if (manifestBlob == null) {
            throw new ChartaException("error.diff.noManifest", shortId);
        }
        Manifest manifest = ManifestStore.parseResource(text(reader, manifestBlob),
                ManifestStore.FILE_NAME + " (" + shortId + ")");

        Map<String, SectionFile> sections = new LinkedHashMap<>();
        for (SectionEntry entry : manifest.sections()) {
            if (entry.id() == null || entry.path() == null || sections.containsKey(entry.id())) {
                continue;
            }
            ObjectId blob = blobAt(reader, tree, entry.path());
            String text = blob == null ? "" : WordDiff.normalizeLineEndings(text(reader, blob));
            sections.put(entry.id(), new SectionFile(entry.id(), entry.path(), blob, text));
        }
        return new CharterVersion(sections);
    }

    /**
     * Builds a version from section texts held in memory, in the map's order, line endings made LF. Each section's
     * path is its id, so a section without a title shows its id.
     */
    static CharterVersion of(Map<String, String> texts) {
        Map<String, SectionFile> sections = new LinkedHashMap<>();
        texts.forEach((id, text) -> sections.put(id, new SectionFile(id, id, null,
                WordDiff.normalizeLineEndings(text))));
        return new CharterVersion(sections);
    }

    /** Returns the sections in manifest order, by id. */
    Map<String, SectionFile> sections() {
        return sections;
    }

    private static ObjectId blobAt(ObjectReader reader, RevTree tree, String path) throws IOException {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            // A path that no tree entry can have; TreeWalk would reject it with an IllegalArgumentException.
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return null;
            }
            return walk.getObjectId(0);
        }
    }

    private static String text(ObjectReader reader, ObjectId blob) throws IOException {
        return new String(reader.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
    }
}
