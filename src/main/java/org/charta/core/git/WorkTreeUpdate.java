package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the work tree, the index and the current branch from one commit to another: a fast-forward, or a merge
 * commit already written. A crash or a file that cannot be written never leaves the branch and the files out of
 * step.
 *
 * <p>The steps, under the index lock: write the journal {@code .git/charta/update.json} naming both commits; write
 * each changed file atomically and delete removed ones; move the branch with a ref update that expects the old
 * commit (never forced); rebuild the index from the new commit; delete the journal. A process killed in between
 * leaves the journal, and {@link Recovery} finishes the update. When a file cannot be written, every file written
 * so far gets its old content back, the branch stays, the journal is deleted, and a retry can complete it.
 */
public final class WorkTreeUpdate {

    private static final Logger LOG = LoggerFactory.getLogger(WorkTreeUpdate.class);

    /** A refused or failed update that names the files at fault; the branch and the work tree stay as they were. */
    public static final class PathsNotUpdatedException extends ChartaException {

        private final transient List<String> paths;

        /** Names the paths as the message's first argument, {@code {0}}, followed by the other arguments. */
        PathsNotUpdatedException(String messageKey, List<String> paths, Object... otherArguments) {
            super(messageKey, arguments(paths, otherArguments));
            this.paths = List.copyOf(paths);
        }

        private static Object[] arguments(List<String> paths, Object... otherArguments) {
            Object[] arguments = new Object[otherArguments.length + 1];
            arguments[0] = String.join(", ", paths);
            System.arraycopy(otherArguments, 0, arguments, 1, otherArguments.length);
            return arguments;
        }

        public List<String> paths() {
            return paths;
        }
    }

    private final Repository repository;
    private final ObjectId from;
    private final ObjectId to;
    private final WorkTreeWrites writes;

    private WorkTreeUpdate(Repository repository, ObjectId from, ObjectId to) {
        this.repository = repository;
        this.from = from;
        this.to = to;
        this.writes = new WorkTreeWrites(repository, to);
    }

    /**
     * Moves a work tree with nothing left to record from {@code from}, the commit of its current branch, to
     * {@code to}, a descendant of {@code from} whose objects are already in the repository, or, for Abort, an
     * ancestor of {@code from} that was never sent. Must not run on the
     * JavaFX thread.
     *
     * @throws ChartaException {@code error.git.indexLocked} or {@code error.git.indexLockedStale} when
     *                         {@code index.lock} exists; {@code error.sync.headMoved} when the branch is not (or no
     *                         longer) at {@code from}; {@code error.sync.localChanges} when a file to update differs
     *                         from {@code from}; {@code error.sync.filesNotUpdated} naming the files that could not be
     *                         written. The last two are a {@link PathsNotUpdatedException}. In each case the branch and the work tree stay at {@code from}.
     */
    public static void run(CharterRepository charter, ObjectId from, ObjectId to) throws ChartaException {
        new WorkTreeUpdate(charter.repository(), from, to).run(charter);
    }

    private void run(CharterRepository charter) throws ChartaException {
        String where = charter.folder().toString();
        DirCache index = lockIndex(charter);
        try {
            update(where, index);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", where, e.getMessage());
        } finally {
            index.unlock();
        }
    }

    /**
     * Locks the index of the charter, which every journaled step runs under.
     *
     * @throws ChartaException {@code error.git.indexLocked} or {@code error.git.indexLockedStale} when
     *                         {@code index.lock} exists, {@code error.git.failed} when the index cannot be locked
     */
    static DirCache lockIndex(CharterRepository charter) throws ChartaException {
        Repository repository = charter.repository();
        GitLocks.checkIndexLock(repository);
        DirCache index;
        try {
            index = WorkTreeFiles.lockIndex(repository);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
        if (index == null) {
            throw new ChartaException("error.git.indexLocked", GitLocks.indexLock(repository).toString());
        }
        return index;
    }

    private void update(String where, DirCache index) throws ChartaException, IOException {
        String ref = currentBranch(repository);
        requireAt(ref, where);
        List<WorkTreeFiles.Change> changes = WorkTreeFiles.changes(repository, from, to);
        requireUnchanged(changes);
        LOG.info("Updating the work tree of {} from {} to {}: {} files", where, Remotes.shortId(from),
                Remotes.shortId(to), changes.size());

        UpdateJournal journal = new UpdateJournal(from.name(), to.name(), ref);
        journal.write(repository);
        writeFiles(changes);
        moveBranch(ref, where);

        Set<String> paths = new HashSet<>();
        changes.forEach(change -> paths.add(change.path()));
        WorkTreeFiles.resetIndex(repository, index, to, paths);
        UpdateJournal.delete(repository);
        LOG.info("Updated the work tree of {} to {}", where, Remotes.shortId(to));
    }

    /** Returns the ref that {@code HEAD} names, or {@code HEAD} itself when it is detached. */
    static String currentBranch(Repository repository) throws IOException {
        Ref head = repository.exactRef(Constants.HEAD);
        return head != null && head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD;
    }

    private void requireAt(String ref, String where) throws ChartaException, IOException {
        ObjectId current = repository.resolve(ref);
        if (!from.equals(current)) {
            throw new ChartaException("error.sync.headMoved", where, Remotes.shortId(current), Remotes.shortId(to));
        }
    }

    private void requireUnchanged(List<WorkTreeFiles.Change> changes) throws ChartaException, IOException {
        List<String> changed = WorkTreeFiles.editedPaths(repository, changes);
        if (!changed.isEmpty()) {
            LOG.warn("Work tree update to {} refused: {} differ from {}", Remotes.shortId(to), changed,
                    Remotes.shortId(from));
            throw new PathsNotUpdatedException("error.sync.localChanges", changed);
        }
    }

    /** Writes every change; when some cannot be written, puts the written ones back and throws. */
    private void writeFiles(List<WorkTreeFiles.Change> changes) throws ChartaException, IOException {
        List<String> failed = writes.writeAll(changes);
        if (!failed.isEmpty()) {
            throw new PathsNotUpdatedException("error.sync.filesNotUpdated", failed);
        }
    }

    /** Returns whether {@code ancestor} is reachable from {@code descendant} (and differs from it). */
    static boolean isAncestor(Repository repository, ObjectId ancestor, ObjectId descendant) throws IOException {
        return !ancestor.equals(descendant) && Remotes.contains(repository, descendant, ancestor);
    }

    private void moveBranch(String ref, String where) throws ChartaException, IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        // Only Abort moves back, to an ancestor of a merge this same sync made and never sent. The expected old
        // value still guards against any other move. Every other update is a fast-forward and is never forced.
        update.setForceUpdate(isAncestor(repository, to, from));
        update.setRefLogMessage("charta: update work tree", false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case FAST_FORWARD, NO_CHANGE, FORCED -> LOG.info("Moved {} from {} to {}", ref, Remotes.shortId(from),
                    Remotes.shortId(to));
            default -> {
                ObjectId current = repository.resolve(ref);
                LOG.warn("Update of {} from {} to {} ended {}; now at {}", ref, Remotes.shortId(from),
                        Remotes.shortId(to), result, Remotes.shortId(current));
                writes.rollBack();
                if (!from.equals(current)) {
                    throw new ChartaException("error.sync.headMoved", where, Remotes.shortId(current),
                            Remotes.shortId(to));
                }
                throw new ChartaException("error.git.failed", where, "update of " + ref + " ended " + result);
            }
        }
    }
}
