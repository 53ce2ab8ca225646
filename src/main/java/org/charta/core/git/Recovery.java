package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finishes what a killed Charta process left unfinished in a repository: a work tree update or a branch switch
 * ({@link BranchSwitch#finish}) whose journal {@code .git/charta/update.json} still exists, and lock files that no
 * process holds.
 *
 * <p>An update is rolled forward: every file that still has its old content, or is missing, gets its new content; a
 * file that has neither is left alone and reported, because someone edited it since; the branch moves to the new
 * commit if it is still at the old one; the index is rebuilt; the journal is deleted. Running it again changes
 * nothing. An interrupted fetch or push leaves only temporary pack files, which Git ignores.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    /**
     * The outcome of a recovery.
     *
     * @param updateCompleted whether an interrupted work tree update or branch switch was finished
     * @param leftAlone       paths of the update that were edited since and kept as they are
     * @param removedLocks    lock files that no process held and that were deleted
     */
    public record Report(boolean updateCompleted, List<String> leftAlone, List<Path> removedLocks) {

        public Report {
            leftAlone = List.copyOf(leftAlone);
            removedLocks = List.copyOf(removedLocks);
        }

        public boolean didNothing() {
            return !updateCompleted && removedLocks.isEmpty();
        }
    }

    private Recovery() {
    }

    /**
     * Removes the lock files that no process holds, deletes the temporary files that an interrupted atomic write
     * left in the work tree, and finishes an interrupted work tree update. Called when a charter is opened. A lock
     * that a process holds is kept; the update then waits for the next record or sync, which reports the lock.
     * While this process fetches or syncs the same charter, no lock is removed: JGit keeps some of its lock files
     * closed between creating and renaming them, so they would look stale.
     */
    public static Report run(CharterRepository charter) {
        Repository repository = charter.repository();
        List<Path> removed = List.of();
        Optional<RemoteLock.Held> quiet = RemoteLock.tryAcquire(charter.folder());
        if (quiet.isPresent()) {
            try (RemoteLock.Held held = quiet.get()) {
                removed = removeStaleLocks(repository);
            }
        } else {
            LOG.info("Left the lock files of {} alone: a fetch or sync of it is running", charter.folder());
        }
        TemporaryFiles.deleteLeftovers(charter.folder());
        try {
            Report update = completeUpdate(charter);
            return new Report(update.updateCompleted(), update.leftAlone(), removed);
        } catch (ChartaException e) {
            LOG.warn("Could not finish the interrupted update of {} yet", charter.folder(), e);
            return new Report(false, List.of(), removed);
        }
    }

    /**
     * Finishes an interrupted work tree update, if its journal exists. Called before each record and sync; it
     * removes no lock.
     *
     * @throws ChartaException {@code error.git.indexLocked} or {@code error.git.indexLockedStale} when
     *                         {@code index.lock} exists, {@code error.git.failed} when the repository cannot be
     *                         read or written
     */
    public static Report completeUpdate(CharterRepository charter) throws ChartaException {
        Repository repository = charter.repository();
        try {
            Optional<UpdateJournal> journal = UpdateJournal.read(repository);
            if (journal.isEmpty()) {
                return new Report(false, List.of(), List.of());
            }
            GitLocks.checkIndexLock(repository);
            DirCache index = WorkTreeFiles.lockIndex(repository);
            if (index == null) {
                throw new ChartaException("error.git.indexLocked", GitLocks.indexLock(repository).toString());
            }
            try {
                if (!commitsExist(charter, journal.get())) {
                    return new Report(false, List.of(), List.of());
                }
                return journal.get().switchesBranch() ? BranchSwitch.finish(charter, journal.get(), index)
                        : rollForward(charter, journal.get(), index);
            } finally {
                index.unlock();
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** Deletes the journal and returns false when a commit it names is missing. */
    private static boolean commitsExist(CharterRepository charter, UpdateJournal journal) throws IOException {
        Repository repository = charter.repository();
        ObjectId from = journal.fromId();
        ObjectId to = journal.toId();
        if (repository.getObjectDatabase().has(from) && repository.getObjectDatabase().has(to)) {
            return true;
        }
        // Only a power failure loses the objects, because JGit does not force them to disk.
        LOG.warn("Dropped the interrupted update of {} from {} to {}: a commit is missing", charter.folder(),
                Remotes.shortId(from), Remotes.shortId(to));
        UpdateJournal.delete(repository);
        return false;
    }

    private static Report rollForward(CharterRepository charter, UpdateJournal journal, DirCache index)
            throws IOException {
        Repository repository = charter.repository();
        ObjectId from = journal.fromId();
        ObjectId to = journal.toId();
        ObjectId current = repository.resolve(journal.ref());
        if (!from.equals(current) && !to.equals(current)) {
            LOG.warn("Dropped the interrupted update of {} from {} to {}: {} has moved to {} since",
                    charter.folder(), Remotes.shortId(from), Remotes.shortId(to), journal.ref(),
                    Remotes.shortId(current));
            UpdateJournal.delete(repository);
            return new Report(false, List.of(), List.of());
        }
        LOG.info("Finishing the interrupted update of {} from {} to {}", charter.folder(), Remotes.shortId(from),
                Remotes.shortId(to));

        List<WorkTreeFiles.Change> changes = WorkTreeFiles.changes(repository, from, to);
        List<String> leftAlone = writeNewVersions(repository, changes);
        if (from.equals(current)) {
            moveBranch(repository, journal.ref(), from, to);
        }
        Set<String> paths = new HashSet<>();
        changes.forEach(change -> paths.add(change.path()));
        WorkTreeFiles.resetIndex(repository, index, to, paths);
        UpdateJournal.delete(repository);
        LOG.info("Finished the interrupted update of {} at {}; edited since and left alone: {}", charter.folder(),
                Remotes.shortId(to), leftAlone);
        return new Report(true, leftAlone, List.of());
    }

    /**
     * Gives each changed file its new content when it still has the old one or is missing, and returns the paths
     * that have neither, which were edited since and are left alone.
     */
    static List<String> writeNewVersions(Repository repository, List<WorkTreeFiles.Change> changes)
            throws IOException {
        List<String> leftAlone = new ArrayList<>();
        for (WorkTreeFiles.Change change : changes) {
            if (WorkTreeFiles.matches(repository, change.path(), change.toId())) {
                continue;
            }
            boolean missing = !Files.exists(WorkTreeFiles.file(repository, change.path()));
            if (missing || WorkTreeFiles.matches(repository, change.path(), change.fromId())) {
                WorkTreeFiles.put(repository, change.path(), change.toId(), change.toMode());
            } else {
                LOG.warn("Left {} alone: it was edited after the interrupted update started", change.path());
                leftAlone.add(change.path());
            }
        }
        return leftAlone;
    }

    private static void moveBranch(Repository repository, String ref, ObjectId from, ObjectId to)
            throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        // An interrupted Abort moves back to an ancestor; the expected old value still guards the move.
        update.setForceUpdate(WorkTreeUpdate.isAncestor(repository, to, from));
        update.setRefLogMessage("charta: finish interrupted work tree update", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NO_CHANGE
                && result != RefUpdate.Result.FORCED) {
            throw new IOException("update of " + ref + " to " + to.name() + " ended " + result);
        }
    }

    private static List<Path> removeStaleLocks(Repository repository) {
        List<Path> removed = new ArrayList<>();
        try {
            for (Path lock : GitLocks.lockFiles(repository)) {
                if (GitLocks.isStale(lock)) {
                    Files.deleteIfExists(lock);
                    LOG.warn("Removed the lock {}, which no running process held", lock);
                    removed.add(lock);
                } else {
                    LOG.info("Kept the lock {}: a running process may hold it", lock);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not check the lock files of {}", repository.getDirectory(), e);
        }
        return removed;
    }
}
