package org.charta.core.git;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one exchange with the remote (a fetch or a sync) run per repository folder at a time within this process,
 * because both update {@code refs/remotes/origin/main} and a sync reads it between its fetch and its merge.
 * Other processes (the command line, plain {@code git}) are not covered: JGit's ref lock files protect the ref
 * itself there.
 */
public final class RemoteLock {

    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private RemoteLock() {
    }

    /** Waits until no other exchange with the remote of this folder runs, then holds the lock until closed. */
    public static Held acquire(Path folder) {
        ReentrantLock lock = lockOf(folder);
        lock.lock();
        return new Held(lock);
    }

    /** Holds the lock when it is free, or returns empty at once when another exchange holds it. */
    public static Optional<Held> tryAcquire(Path folder) {
        ReentrantLock lock = lockOf(folder);
        return lock.tryLock() ? Optional.of(new Held(lock)) : Optional.empty();
    }

    private static ReentrantLock lockOf(Path folder) {
        return LOCKS.computeIfAbsent(folder.toAbsolutePath().normalize(), key -> new ReentrantLock());
    }

    /** The held lock; close it on the thread that acquired it. */
    public static final class Held implements AutoCloseable {

        private final ReentrantLock lock;

        private Held(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }
}
