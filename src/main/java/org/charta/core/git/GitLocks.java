package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Detects left-over Git lock files such as {@code index.lock}, which otherwise make every later commit fail
 * without a clear reason.
 *
 * <p>A lock is stale when no running process holds it. On Linux the holders are found in {@code /proc/<pid>/fd}: a
 * lock that no process has open, and whose repository no other process has open, is stale whatever its age.
 * Where {@code /proc} does not exist (macOS, Windows), a lock older than {@link #STALE_AFTER} is called stale.
 */
public final class GitLocks {

    private static final Logger LOG = LoggerFactory.getLogger(GitLocks.class);

    /** Age after which a lock is called stale where the processes that hold it cannot be listed. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private static final String LOCK_SUFFIX = ".lock";

    private GitLocks() {
    }

    /** Returns whether this system lets Charta list the processes that hold a lock ({@code /proc} on Linux). */
    public static boolean canListHolders() {
        return ProcessFiles.isAvailable();
    }

    public static Path indexLock(Repository repository) {
        return repository.getDirectory().toPath().resolve("index.lock");
    }

    /**
     * Throws when the index is locked, naming the lock file; the message states whether it looks stale.
     */
    public static void checkIndexLock(Repository repository) throws ChartaException {
        Path lock = indexLock(repository);
        if (Files.exists(lock)) {
            throw new ChartaException(isStale(lock) ? "error.git.indexLockedStale" : "error.git.indexLocked",
                    lock.toString());
        }
    }

    /**
     * Returns whether the lock file exists and no process holds it. Without {@code /proc}, returns whether it is
     * older than {@link #STALE_AFTER}.
     */
    public static boolean isStale(Path lock) {
        if (!Files.exists(lock)) {
            return false;
        }
        if (ProcessFiles.isAvailable()) {
            return !isHeld(lock);
        }
        return isOlderThan(lock, STALE_AFTER);
    }

    /**
     * Returns whether a process has the lock file open, or another process has any file of its Git folder open.
     *
     * <p>The second test is needed because JGit creates a lock file, closes it, and opens it again only to write
     * the new content: a JGit program in another process may be working under a lock it has not open at this
     * moment, but it then keeps the pack files of the repository open. This process is left out of the second test
     * because it keeps its own pack files open.
     *
     * <p>NOTE: a JGit program in another process that works on a repository without pack files can still hold a
     * lock that this method does not see.
     */
    public static boolean isHeld(Path lock) {
        Path gitFolder = gitFolderOf(lock);
        return ProcessFiles.anyProcessHas(lock.toAbsolutePath().normalize(), gitFolder);
    }

    /**
     * Deletes a stale index lock. A lock that a process holds (or, without {@code /proc}, one younger than
     * {@link #STALE_AFTER}) may belong to a Git command that is still running, so it is kept and the call throws.
     */
    public static void removeStaleIndexLock(Repository repository) throws ChartaException {
        Path lock = indexLock(repository);
        if (!Files.exists(lock)) {
            return;
        }
        if (!isStale(lock)) {
            throw new ChartaException("error.git.indexLocked", lock.toString());
        }
        try {
            Files.deleteIfExists(lock);
            LOG.info("Removed the stale lock {}", lock);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.deleteFailed", lock.toString(), e.getMessage());
        }
    }

    /**
     * Returns the lock files that Git and JGit leave in a Git folder when they are killed: {@code *.lock} directly
     * in the folder ({@code index.lock}, {@code HEAD.lock}, {@code config.lock}, {@code packed-refs.lock}) and
     * anywhere under {@code refs/}.
     */
    public static List<Path> lockFiles(Repository repository) throws IOException {
        Path gitFolder = repository.getDirectory().toPath();
        List<Path> locks = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(gitFolder, "*" + LOCK_SUFFIX)) {
            top.forEach(locks::add);
        }
        Path refs = gitFolder.resolve("refs");
        if (Files.isDirectory(refs)) {
            try (Stream<Path> walk = Files.walk(refs)) {
                walk.filter(path -> path.getFileName().toString().endsWith(LOCK_SUFFIX))
                        .filter(Files::isRegularFile)
                        .forEach(locks::add);
            }
        }
        locks.removeIf(path -> !Files.isRegularFile(path));
        return locks;
    }

    /** Returns whether the file was last written longer ago than {@code age}; false when it cannot be read. */
    static boolean isOlderThan(Path file, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the {@code .git} folder that contains the lock, or its parent folder when none does. */
    private static Path gitFolderOf(Path lock) {
        Path absolute = lock.toAbsolutePath().normalize();
        for (Path folder = absolute.getParent(); folder != null; folder = folder.getParent()) {
            if (folder.getFileName() != null && folder.getFileName().toString().equals(".git")) {
                return folder;
            }
        }
        return absolute.getParent();
    }
}
