package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.Folders;
import org.charta.core.io.TextNormalizer;
import org.charta.core.markdown.FrontMatter;
import org.charta.core.markdown.MarkdownBlocks;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An open charter: a folder with a manifest and one Markdown file per section.
 *
 * <p>Every change is written to disk atomically before the method returns. Instances are not thread-safe:
 * the UI calls them from its executor's serial lane, the CLI from its one thread.
 */
public final class Charter {

    private static final Logger LOG = LoggerFactory.getLogger(Charter.class);

    /** Folder of the section files Charta creates. */
    public static final String SECTIONS_FOLDER = "sections";

    /** Folder of the translation files Charta creates, one subfolder per language. */
    public static final String TRANSLATIONS_FOLDER = "translations";

    /** Folder of the translation alignment records, one subfolder per section, then one per language. */
    public static final String TRANSLATION_RECORDS_FOLDER = ".charta/translations";

    /** Separates a section id from a language in the id of a language version, as in {@code article-03@fr}. */
    public static final char VERSION_SEPARATOR = '@';

    private final Path folder;
    private Manifest manifest;

    private Charter(Path folder, Manifest manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /**
     * Opens the charter in a folder and checks the manifest: every section id is one valid file-name component
     * without {@code @}, every listed section file is inside the folder and exists, every translation is keyed by
     * a canonical BCP 47 tag and its path is inside the folder and outside {@code .git}.
     *
     * @throws ChartaException when the folder is not a charter, the manifest is invalid, or a section file
     *                         is missing or outside the folder. Nothing is written in any case.
     */
    public static Charter open(Path folder) throws ChartaException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new ChartaException("error.charter.folderMissing", absolute.toString());
        }
        Manifest manifest = ManifestStore.read(absolute);
        ManifestChecks.check(absolute, manifest);
        LOG.info("Opened charter {} with {} sections", absolute, manifest.sections().size());
        return new Charter(absolute, manifest);
    }

    /** Returns whether the folder contains a manifest, without validating it. */
    public static boolean isCharter(Path folder) {
        return Files.isRegularFile(ManifestStore.manifestPath(folder));
    }

    public Path folder() {
        return folder;
    }

    public Manifest manifest() {
        return manifest;
    }

    public String title() {
        return manifest.title();
    }

    /** Re-reads the manifest from disk, after a sync or checkout changed it. */
    public void reload() throws ChartaException {
        Charter reopened = open(folder);
        this.manifest = reopened.manifest;
    }

    public List<Section> sections() throws ChartaException {
        List<Section> sections = new ArrayList<>();
        for (SectionEntry entry : manifest.sections()) {
            sections.add(toSection(entry, readSection(entry.id())));
        }
        return sections;
    }

    /**
     * Returns a section, or a language version of one when the id is {@code <section-id>@<language>}: then the
     * section's id is the version id, its path the translation file and its title the translation's heading.
     */
    public Section section(String id) throws ChartaException {
        if (isVersionId(id)) {
            String path = translationPath(id);
            String text = readSection(id);
            return toSection(new SectionEntry(id, path), text);
        }
        SectionEntry entry = entry(id);
        return toSection(entry, readSection(id));
    }

    /** Returns the file of a section, or of a language version {@code <section-id>@<language>}. */
    public Path sectionFile(String id) throws ChartaException {
        return SectionPaths.resolve(folder, id, filePath(id));
    }

    /** Returns whether the id names a language version ({@code <section-id>@<language>}) rather than a section. */
    public static boolean isVersionId(String id) {
        return id != null && id.indexOf(VERSION_SEPARATOR) >= 0;
    }

    /** Returns the source language: the manifest's first language, or empty when it lists none. */
    public java.util.Optional<String> sourceLanguage() {
        return manifest.languages().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(manifest.languages().get(0));
    }

    /**
     * Lists a translation file of a section in the manifest, and its language in the manifest's languages when
     * it is new there. The file itself is the caller's to write.
     *
     * @param path the file relative to the charter folder, with forward slashes
     * @throws ChartaException when the section is unknown, the path leads outside the charter, or the manifest
     *                         cannot be written (the manifest in memory is then as before)
     */
    public void addTranslation(String sectionId, String language, String path) throws ChartaException {
        SectionEntry entry = entry(sectionId);
        SectionPaths.resolve(folder, sectionId + VERSION_SEPARATOR + language, path);
        String previousPath = entry.translations().get(language);
        boolean newLanguage = !manifest.languages().contains(language);
        entry.translations().put(language, path);
        if (newLanguage) {
            manifest.languages().add(language);
        }
        saveManifestOrRollback(() -> {
            if (previousPath == null) {
                entry.translations().remove(language);
            } else {
                entry.translations().put(language, previousPath);
            }
            if (newLanguage) {
                manifest.languages().remove(language);
            }
        });
        LOG.info("Listed translation {}{}{} at {}", sectionId, VERSION_SEPARATOR, language, path);
    }

    private String filePath(String id) throws ChartaException {
        return isVersionId(id) ? translationPath(id) : entry(id).path();
    }

    /** Returns the manifest path of a language version, or throws naming the id when the manifest lacks it. */
    private String translationPath(String versionId) throws ChartaException {
        int at = versionId.lastIndexOf(VERSION_SEPARATOR);
        String sectionId = versionId.substring(0, at);
        String language = versionId.substring(at + 1);
        SectionEntry entry = manifest.section(sectionId).orElse(null);
        String path = entry == null ? null : entry.translations().get(language);
        if (path == null) {
            throw new ChartaException("error.translation.unknown", versionId);
        }
        return path;
    }

    /** Reads a section's text as it is on disk (files written by others are not normalised). */
    public String readSection(String id) throws ChartaException {
        Path file = sectionFile(id);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ChartaException(e, "error.section.fileMissing", id, filePath(id));
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
    }

    /** Writes a section's text atomically, as UTF-8 NFC with LF line endings. */
    public void writeSection(String id, String text) throws ChartaException {
        Path file = sectionFile(id);
        try {
            AtomicFiles.writeString(file, TextNormalizer.normalize(text));
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
    }

    /**
     * Adds a section after the given one (at the end when {@code afterId} is null), in a new file named by
     * a slug of its title that never changes afterwards.
     */
    public Section addSection(String title, String afterId) throws ChartaException {
        String cleanTitle = requireTitle(title);
        Set<String> taken = manifest.sections().stream().map(SectionEntry::id).collect(Collectors.toSet());
        String id = Slugs.uniqueSlug(cleanTitle, "section-" + (taken.size() + 1), taken);
        while (Files.exists(folder.resolve(SECTIONS_FOLDER).resolve(id + ".md"))) {
            taken.add(id);
            id = Slugs.uniqueSlug(cleanTitle, "section-" + (taken.size() + 1), taken);
        }
        String path = SECTIONS_FOLDER + "/" + id + ".md";
        SectionEntry entry = new SectionEntry(id, path);

        try {
            AtomicFiles.writeString(folder.resolve(path), TextNormalizer.normalize("## " + cleanTitle + "\n\n"));
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", path, e.getMessage());
        }
        int index = afterId == null ? manifest.sections().size() : manifest.indexOf(afterId) + 1;
        manifest.sections().add(Math.max(0, Math.min(index, manifest.sections().size())), entry);
        saveManifestOrRollback(() -> manifest.sections().remove(entry));
        LOG.info("Added section {} at {}", id, path);
        return section(id);
    }

    /** Changes the title where the file keeps it (see {@link #retitle}); the id and file name stay. */
    public void renameSection(String id, String newTitle) throws ChartaException {
        String cleanTitle = requireTitle(newTitle);
        String text = readSection(id);
        writeSection(id, retitle(text, cleanTitle));
    }

    /** Moves a section to a new position in the reading order. */
    public void moveSection(String id, int newIndex) throws ChartaException {
        int oldIndex = manifest.indexOf(id);
        if (oldIndex < 0) {
            throw new ChartaException("error.section.unknown", id);
        }
        if (newIndex < 0 || newIndex >= manifest.sections().size()) {
            throw new ChartaException("error.section.positionInvalid", newIndex + 1, manifest.sections().size());
        }
        SectionEntry entry = manifest.sections().remove(oldIndex);
        manifest.sections().add(newIndex, entry);
        saveManifestOrRollback(() -> {
            manifest.sections().remove(entry);
            manifest.sections().add(oldIndex, entry);
        });
    }

    /**
     * Removes a section from the manifest and deletes its file, its translation files and its alignment records
     * under {@code .charta/translations/<id>/}, so a later section with the same id starts without them. Git
     * history keeps all of them, and recording the change records their deletion.
     */
    public void deleteSection(String id) throws ChartaException {
        int index = manifest.indexOf(id);
        if (index < 0) {
            throw new ChartaException("error.section.unknown", id);
        }
        Path file = sectionFile(id);
        SectionEntry entry = manifest.sections().get(index);
        List<Path> translationFiles = new ArrayList<>();
        for (Map.Entry<String, String> translation : entry.translations().entrySet()) {
            translationFiles.add(SectionPaths.resolve(folder, id + VERSION_SEPARATOR + translation.getKey(),
                    translation.getValue()));
        }
        Path records = translationRecords(id);

        manifest.sections().remove(index);
        saveManifestOrRollback(() -> manifest.sections().add(index, entry));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file left behind would be recorded again as an unlisted file, so the entry comes back.
            LOG.warn("Could not delete {}; keeping section {} in the manifest", file, id, e);
            manifest.sections().add(index, entry);
            ManifestStore.write(folder, manifest);
            throw new ChartaException(e, "error.file.deleteFailed", file.toString(), e.getMessage());
        }
        deleteTranslations(id, translationFiles, records);
        LOG.info("Deleted section {}", id);
    }

    /**
     * Deletes the translation files and alignment records of a deleted section. The section is gone by then, so a
     * file that cannot be deleted is logged and left as an unlisted file that the next recording shows.
     */
    private void deleteTranslations(String id, List<Path> translationFiles, Path records) {
        for (Path translationFile : translationFiles) {
            try {
                Files.deleteIfExists(translationFile);
            } catch (IOException e) {
                LOG.warn("Could not delete the translation {} of the deleted section {}", translationFile, id, e);
            }
        }
        try {
            Folders.deleteTree(records);
        } catch (IOException e) {
            LOG.warn("Could not delete the alignment records {} of the deleted section {}", records, id, e);
        }
    }

    /** Returns {@code .charta/translations/<id>}, checking that the id keeps it inside that folder. */
    private Path translationRecords(String id) throws ChartaException {
        ManifestChecks.checkSectionId(id);
        return folder.resolve(TRANSLATION_RECORDS_FOLDER).resolve(id);
    }

    public void setTitle(String title) throws ChartaException {
        String previous = manifest.title();
        manifest.setTitle(requireTitle(title));
        saveManifestOrRollback(() -> manifest.setTitle(previous));
    }

    private void saveManifestOrRollback(Runnable rollback) throws ChartaException {
        try {
            ManifestStore.write(folder, manifest);
        } catch (ChartaException e) {
            rollback.run();
            throw e;
        }
    }

    private SectionEntry entry(String id) throws ChartaException {
        return manifest.section(id).orElseThrow(() -> new ChartaException("error.section.unknown", id));
    }

    private Section toSection(SectionEntry entry, String text) {
        // Sites built from such files show the front matter's title, so it wins over the first heading.
        String title = FrontMatter.title(text).orElse("");
        if (title.isEmpty()) {
            title = MarkdownBlocks.firstHeadingTitle(text);
        }
        if (title.isEmpty()) {
            String fileName = Path.of(entry.path()).getFileName().toString();
            title = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        }
        return new Section(entry.id(), entry.path(), title, Map.copyOf(entry.titles()));
    }

    private static String requireTitle(String title) throws ChartaException {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.contains("\n")) {
            throw new ChartaException("error.section.titleInvalid", String.valueOf(title));
        }
        return clean;
    }

    /**
     * Replaces the title where it lives: the front matter's {@code title}, else the first top-level heading's
     * text (keeping its level), else a new level-2 heading after any front matter.
     */
    static String retitle(String text, String title) {
        if (FrontMatter.title(text).isPresent()) {
            return FrontMatter.withTitle(text, title);
        }
        Node document = MarkdownBlocks.parse(text);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                int start = MarkdownBlocks.startOffset(heading);
                int end = MarkdownBlocks.endOffset(heading);
                // A setext heading (underlined) becomes an ATX heading of the same level.
                String replacement = "#".repeat(heading.getLevel()) + " " + title;
                return text.substring(0, start) + replacement + text.substring(end);
            }
        }
        int bodyStart = FrontMatter.end(text);
        return text.substring(0, bodyStart) + "## " + title + "\n\n" + text.substring(bodyStart);
    }
}
