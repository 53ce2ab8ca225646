package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.GitErrors;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.Folders;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates charters: a new empty one, one adopted in place from a folder of Markdown files, and one
 * imported from a single Markdown document. Each ends with a first commit.
 *
 * <p>A failed creation removes what it wrote in a folder it created, and never touches an existing
 * folder's files beyond adding the manifest.
 */
public final class CharterSetup {

    private static final Logger LOG = LoggerFactory.getLogger(CharterSetup.class);

    /** Line-ending and encoding rules for new repositories, so every clone checks out LF text. */
    public static final String GIT_ATTRIBUTES = "*.md text eol=lf\n*.json text eol=lf\n";

    private CharterSetup() {
    }

    /** Creates a new charter with one empty preamble section in an empty or missing folder. */
    public static Charter create(Path folder, String title, List<String> languages, Identity author)
            throws ChartaException {
        List<MarkdownImporter.ImportedSection> sections = List.of(
                new MarkdownImporter.ImportedSection("Preamble", "## Preamble\n\n"));
        return createFromSections(folder, title, languages, sections, author, "Start the charter");
    }

    /** Imports a Markdown document as a new charter, one section per top-level heading. */
    public static Charter importDocument(Path document, Path folder, String title, List<String> languages,
                                         Identity author) throws ChartaException {
        String text = readDocument(document);
        List<MarkdownImporter.ImportedSection> sections = MarkdownImporter.split(TextNormalizer.normalize(text));
        if (sections.isEmpty()) {
            throw new ChartaException("error.import.empty", document.toString());
        }
        String charterTitle = title;
        if (charterTitle == null || charterTitle.isBlank()) {
            charterTitle = sections.stream().map(MarkdownImporter.ImportedSection::title)
                    .filter(sectionTitle -> !sectionTitle.isBlank()).findFirst()
                    .orElse(document.getFileName().toString());
        }
        return createFromSections(folder, charterTitle, languages, sections, author,
                "Import " + document.getFileName());
    }

    /**
     * Makes a charter of an existing folder of Markdown files in place: each {@code .md} file that Git would
     * track (not ignored, not a symbolic link) becomes a section where it is, in path order, and only
     * {@code charter.json} is added and recorded. A folder that is not yet a Git repository becomes one; on
     * failure that new repository is removed again.
     */
    public static Charter adopt(Path folder, String title, List<String> languages, Identity author)
            throws ChartaException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ChartaException("error.charter.folderMissing", root.toString());
        }
        if (Charter.isCharter(root)) {
            throw new ChartaException("error.charter.alreadyCharter", root.toString());
        }
        rejectInsideCharter(root);
        boolean createdRepository = !CharterRepository.isRepository(root);
        if (createdRepository) {
            rejectInsideRepository(root);
        }

        CharterRepository repository = createdRepository ? CharterRepository.init(root) : CharterRepository.open(root);
        boolean adopted = false;
        try {
            List<String> files = AdoptableFiles.list(repository.repository());
            if (files.isEmpty()) {
                throw new ChartaException("error.adopt.noMarkdown", root.toString());
            }
            ManifestStore.write(root, manifestFor(root, title, languages, files));
            recordManifestOnly(repository, author);
            adopted = true;
            LOG.info("Adopted {} Markdown files in {} as a charter", files.size(), root);
        } finally {
            repository.close();
            if (!adopted) {
                undoAdoption(root, createdRepository);
            }
        }
        return Charter.open(root);
    }

    private static Manifest manifestFor(Path root, String title, List<String> languages, List<String> files) {
        String charterTitle = title == null || title.isBlank() ? root.getFileName().toString() : title.strip();
        Manifest manifest = new Manifest(charterTitle, languages);
        Set<String> taken = new HashSet<>();
        for (String relative : files) {
            String baseName = relative.substring(0, relative.length() - ".md".length());
            String id = Slugs.uniqueSlug(baseName, "section-" + (taken.size() + 1), taken);
            taken.add(id);
            manifest.sections().add(new SectionEntry(id, relative));
        }
        return manifest;
    }

    /** Commits the manifest alone, so changes someone had staged in an adopted repository stay staged. */
    private static void recordManifestOnly(CharterRepository repository, Identity author) throws ChartaException {
        try {
            repository.git().add().addFilepattern(ManifestStore.FILE_NAME).call();
            repository.git().commit().setMessage("Adopt this repository as a charter")
                    .setOnly(ManifestStore.FILE_NAME)
                    .setAuthor(author.name(), author.email())
                    .setCommitter(author.name(), author.email())
                    .setSign(false)
                    .call();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository.repository());
        }
    }

    private static void undoAdoption(Path root, boolean createdRepository) {
        try {
            Files.deleteIfExists(ManifestStore.manifestPath(root));
            if (createdRepository) {
                Folders.deleteTree(root.resolve(".git"));
            }
        } catch (IOException e) {
            LOG.warn("Could not undo the failed adoption of {}", root, e);
        }
    }

    /** Rejects a folder that lies inside another charter, whose sync would carry this one along. */
    static void rejectInsideCharter(Path root) throws ChartaException {
        for (Path parent = root.getParent(); parent != null; parent = parent.getParent()) {
            if (Charter.isCharter(parent)) {
                throw new ChartaException("error.charter.insideCharter", root.toString(), parent.toString());
            }
        }
    }

    /** Rejects a folder inside another repository's work tree: a nested repository would hide its files. */
    private static void rejectInsideRepository(Path root) throws ChartaException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() != null) {
            Path enclosing = builder.getGitDir().toPath().toAbsolutePath().normalize().getParent();
            throw new ChartaException("error.adopt.insideRepository", root.toString(), String.valueOf(enclosing));
        }
    }

    private static Charter createFromSections(Path folder, String title, List<String> languages,
                                              List<MarkdownImporter.ImportedSection> sections, Identity author,
                                              String message) throws ChartaException {
        Path root = folder.toAbsolutePath().normalize();
        rejectInsideCharter(root);
        boolean createdFolder = Folders.requireEmptyOrMissing(root);
        try {
            Manifest manifest = new Manifest(title.strip(), languages);
            Set<String> taken = new HashSet<>();
            for (MarkdownImporter.ImportedSection section : sections) {
                String fallback = taken.isEmpty() && section.title().isBlank() ? "opening" : "section-" + (taken.size() + 1);
                String id = Slugs.uniqueSlug(section.title(), fallback, taken);
                taken.add(id);
                String path = Charter.SECTIONS_FOLDER + "/" + id + ".md";
                AtomicFiles.writeString(root.resolve(path), section.text());
                manifest.sections().add(new SectionEntry(id, path));
            }
            ManifestStore.write(root, manifest);
            AtomicFiles.writeString(root.resolve(".gitattributes"), GIT_ATTRIBUTES);

            try (CharterRepository repository = CharterRepository.init(root)) {
                repository.record(message, author);
            }
            LOG.info("Created charter '{}' with {} sections in {}", title, sections.size(), root);
            return Charter.open(root);
        } catch (IOException | ChartaException | RuntimeException e) {
            Folders.removeWritten(root, createdFolder);
            if (e instanceof ChartaException chartaException) {
                throw chartaException;
            }
            if (e instanceof IOException ioException) {
                throw new ChartaException(e, "error.file.writeFailed", root.toString(), ioException.getMessage());
            }
            throw (RuntimeException) e;
        }
    }

    private static String readDocument(Path document) throws ChartaException {
        if (!Files.isRegularFile(document)) {
            throw new ChartaException("error.import.fileMissing", document.toString());
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(document);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new ChartaException(e, "error.import.notUtf8", document.toString());
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", document.toString(), e.getMessage());
        }
        ControlCharacters.rejectInFile(text, document.toString());
        return text;
    }
}
