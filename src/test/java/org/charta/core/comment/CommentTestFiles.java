package org.charta.core.comment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File helpers for the comment tests: listing, writing and copying the files of comment folders. */
final class CommentTestFiles {

    private CommentTestFiles() {
    }

    static Path threadFolder(Path charter, String threadId) {
        return charter.resolve(CommentStore.COMMENTS_FOLDER).resolve(threadId);
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Returns the file added to a folder since {@code before} was listed. */
    static Path newFile(Path folder, List<Path> before) throws IOException {
        List<Path> added = files(folder).stream().filter(file -> !before.contains(file)).toList();
        if (added.size() != 1) {
            throw new AssertionError("Expected one new file in " + folder + " but found " + added);
        }
        return added.get(0);
    }

    /** Writes a comment or event file by hand, as another program or a forged commit could. */
    static void write(Path charter, Comment comment) throws IOException {
        Path file = threadFolder(charter, comment.threadId()).resolve(CommentFiles.fileName(comment.id()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, CommentFiles.toJson(comment), StandardCharsets.UTF_8);
    }

    /** Returns the files under the comments folder keyed as {@link CommentTrees#read} expects them. */
    static Map<String, byte[]> treeFiles(Path charter) throws IOException {
        Path comments = charter.resolve(CommentStore.COMMENTS_FOLDER);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(comments)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(comments.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** Copies every file of one folder tree into another, as a Git merge of comment files would add them. */
    static void copyFolder(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
