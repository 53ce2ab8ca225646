package org.charta.core.git;

import org.charta.core.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the temporary files that {@link AtomicFiles} leaves in a work tree when a process is killed between
 * writing one and renaming it. Only regular files whose whole name matches {@link AtomicFiles#isTemporary} go;
 * in the {@code .git} folder only Charta's own {@code .git/charta} is searched, since Git's files are Git's.
 */
final class TemporaryFiles {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryFiles.class);

    private TemporaryFiles() {
    }

    /** Deletes the leftover temporary files under {@code workTree} and returns their paths. */
    static List<Path> deleteLeftovers(Path workTree) {
        List<Path> deleted = new ArrayList<>();
        try {
            Files.walkFileTree(workTree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    Path gitFolder = workTree.resolve(".git");
                    boolean insideGit = folder.startsWith(gitFolder) && !folder.equals(gitFolder)
                            && !folder.startsWith(gitFolder.resolve("charta"));
                    return insideGit ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path gitFolder = workTree.resolve(".git");
                    boolean gitOwn = file.startsWith(gitFolder) && !file.startsWith(gitFolder.resolve("charta"));
                    if (!gitOwn && attributes.isRegularFile()
                            && AtomicFiles.isTemporary(file.getFileName().toString())) {
                        Files.delete(file);
                        deleted.add(file);
                        LOG.warn("Deleted {}, a temporary file left by an interrupted write", file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("Could not check {} for a leftover temporary file", file, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete the leftover temporary files of {}", workTree, e);
        }
        return deleted;
    }
}
