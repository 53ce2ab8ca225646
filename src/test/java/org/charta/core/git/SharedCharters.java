package org.charta.core.git;

import org.charta.core.Identity;
import org.charta.core.charter.CharterSetup;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds charters and clones for the sync tests, and reads and edits their files. */
final class SharedCharters {

    /** Three sections; each becomes one file under {@code sections/}. */
    static final String DOCUMENT = """
            ## Preamble

            We, the members, adopt this charter.

            ## Article 3

            Members meet once a year.

            ## Article 9

            Any member may speak.
            """;

    static final String PREAMBLE = "sections/preamble.md";
    static final String ARTICLE_3 = "sections/article-3.md";
    static final String ARTICLE_9 = "sections/article-9.md";

    private SharedCharters() {
    }

    /** Creates a charter from {@link #DOCUMENT} in {@code folder} and publishes it to the empty remote. */
    static CharterRepository createAndPublish(Path folder, String url, Identity author) throws Exception {
        Path document = Files.createTempFile(folder.getParent(), "charter", ".md");
        Files.writeString(document, DOCUMENT);
        CharterSetup.importDocument(document, folder, "Our charter", List.of("en"), author);
        Files.delete(document);
        CharterRepository repository = CharterRepository.open(folder);
        RemoteSync.publish(repository, url, author);
        return repository;
    }

    static void write(CharterRepository repository, String path, String text) throws IOException {
        Path file = repository.folder().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String read(CharterRepository repository, String path) throws IOException {
        return Files.readString(repository.folder().resolve(path), StandardCharsets.UTF_8);
    }

    static ObjectId head(CharterRepository repository) throws IOException {
        return repository.repository().resolve(Constants.HEAD);
    }

    static ObjectId remoteMain(Path bareRemote) throws IOException {
        try (Repository remote = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(bareRemote.toFile()).setMustExist(true).build()) {
            return remote.resolve("refs/heads/main");
        }
    }

    /** Returns every work tree file (outside {@code .git}) whose text contains the string. */
    static List<Path> filesContaining(CharterRepository repository, String needle) throws IOException {
        List<Path> found = new ArrayList<>();
        Path root = repository.folder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!root.relativize(file).startsWith(".git")
                        && new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(needle)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
