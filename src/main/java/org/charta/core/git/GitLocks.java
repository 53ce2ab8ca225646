package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Detects a left-over {@code index.lock}, which otherwise makes every later commit fail without a clear
 * reason.
 */
public final class GitLocks {

    /** Age after which a lock that no running Git command could still hold is called stale. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private GitLocks() {
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

    /** Returns whether the lock file exists and is older than {@link #STALE_AFTER}. */
    public static boolean isStale(Path lock) {
        try {
            FileTime modified = Files.getLastModifiedTime(lock);
            return modified.toInstant().isBefore(Instant.now().minus(STALE_AFTER));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes a stale index lock. A lock younger than {@link #STALE_AFTER} may belong to a Git command that
     * is still running, so it is kept and the call throws.
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
            Files.delete(lock);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.deleteFailed", lock.toString(), e.getMessage());
        }
    }
}
