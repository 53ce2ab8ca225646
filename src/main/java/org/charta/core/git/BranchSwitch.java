package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Switches the work tree, the index and {@code HEAD} from the checked-out branch to another local branch, such as
 * from the main text to an amendment and back. A crash never leaves files of one branch under the other, where the
 * next record would commit them.
 *
 * <p>The steps, under the index lock: reject the switch when a file that differs between the two tips has changes
 * that are not recorded; write the journal {@code .git/charta/update.json} naming both commits and both branches;
 * write each changed file atomically, deletions first; relink {@code HEAD} to the target branch; rebuild the index
 * from the target's tip; delete the journal. A process killed in between leaves the journal, and {@link Recovery}
 * finishes the switch ({@link #finish}) before anything is recorded. JGit's checkout, in contrast, writes the files
 * before it moves {@code HEAD} and leaves no trace of an unfinished checkout.
 */
public final class BranchSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(BranchSwitch.class);

    private final Repository repository;
    private final String where;
    private final String toRef;

    private BranchSwitch(CharterRepository charter, String toRef) {
        this.repository = charter.repository();
        this.where = charter.folder().toString();
        this.toRef = toRef;
    }

    /**
     * Checks out the local branch {@code branchRef} (a full name such as {@code refs/heads/main}). Does nothing when
     * it is checked out already. Files that are the same on both branches are not touched, so changes to them that
     * are not recorded stay in the work tree; callers record first. Must not run on the JavaFX thread.
     *
     * @throws ChartaException {@code error.amend.checkoutConflict} (a {@link WorkTreeUpdate.PathsNotUpdatedException})
     *                         naming the files that differ between the branches and have changes that are not
     *                         recorded; {@code error.switch.filesNotWritten} (the same type) naming the files that
     *                         could not be written; {@code error.switch.branchMissing} when either branch has no
     *                         commit; {@code error.switch.branchMoved} when a branch moved during the switch;
     *                         {@code error.git.indexLocked} or {@code error.git.indexLockedStale} when
     *                         {@code index.lock} exists. In each case {@code HEAD} and the files stay as they were.
     */
    public static void run(CharterRepository charter, String branchRef) throws ChartaException {
        if (!branchRef.startsWith(Constants.R_HEADS)) {
            throw new IllegalArgumentException("Not a local branch: " + branchRef);
        }
        // A journal that an earlier step could not complete is finished first, because this switch replaces it.
        Recovery.completeUpdate(charter);
        DirCache index = WorkTreeUpdate.lockIndex(charter);
        try {
            new BranchSwitch(charter, branchRef).switchBranch(index);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        } finally {
            index.unlock();
        }
    }

    private void switchBranch(DirCache index) throws ChartaException, IOException {
        String fromRef = WorkTreeUpdate.currentBranch(repository);
        if (fromRef.equals(toRef)) {
            LOG.info("{} is checked out in {} already", toRef, where);
            return;
        }
        ObjectId from = tipOf(fromRef);
        ObjectId to = tipOf(toRef);
        List<WorkTreeFiles.Change> changes = WorkTreeFiles.changes(repository, from, to);
        requireRecorded(changes);
        LOG.info("Switching {} from {} at {} to {} at {}: {} files", where, fromRef, Remotes.shortId(from), toRef,
                Remotes.shortId(to), changes.size());

        new UpdateJournal(from.name(), to.name(), fromRef, toRef).write(repository);
        WorkTreeWrites writes = new WorkTreeWrites(repository, to);
        List<String> failed = writes.writeAll(changes);
        if (!failed.isEmpty()) {
            throw new WorkTreeUpdate.PathsNotUpdatedException("error.switch.filesNotWritten", failed, where);
        }
        requireUnmoved(writes, fromRef, from);
        requireUnmoved(writes, toRef, to);
        try {
            relinkHead(repository, fromRef, from, toRef);
        } catch (IOException e) {
            writes.rollBack();
            throw e;
        }

        WorkTreeFiles.resetIndex(repository, index, to, paths(changes));
        UpdateJournal.delete(repository);
        LOG.info("Switched {} to {} at {}", where, toRef, Remotes.shortId(to));
    }

    private ObjectId tipOf(String ref) throws ChartaException, IOException {
        ObjectId tip = repository.resolve(ref);
        if (tip == null) {
            throw new ChartaException("error.switch.branchMissing", Repository.shortenRefName(ref), where);
        }
        return tip;
    }

    private void requireRecorded(List<WorkTreeFiles.Change> changes) throws ChartaException, IOException {
        List<String> edited = WorkTreeFiles.editedPaths(repository, changes);
        if (!edited.isEmpty()) {
            LOG.warn("Switch of {} to {} rejected: {} have changes that are not recorded", where, toRef, edited);
            throw new WorkTreeUpdate.PathsNotUpdatedException("error.amend.checkoutConflict", edited, where);
        }
    }

    /**
     * Puts the files back and throws when {@code ref} is no longer at {@code tip}. Another commit on the target
     * would leave files of the old tip under the new one; the index lock keeps out only Charta's own records.
     */
    private void requireUnmoved(WorkTreeWrites writes, String ref, ObjectId tip)
            throws ChartaException, IOException {
        ObjectId current = repository.resolve(ref);
        if (!tip.equals(current)) {
            LOG.warn("{} moved from {} to {} while {} was switching to {}", ref, Remotes.shortId(tip),
                    Remotes.shortId(current), where, toRef);
            writes.rollBack();
            throw new ChartaException("error.switch.branchMoved", Repository.shortenRefName(ref), where);
        }
    }

    /**
     * Finishes a switch that a killed process left, as {@link Recovery} does before anything is recorded. While
     * {@code HEAD} still names the old branch, both branches at their journaled tips, the switch is rolled forward:
     * each file that still has its old content, or is missing, gets the new one, {@code HEAD} is relinked, the index
     * is rebuilt and the journal is deleted. A file with neither content was edited since and is left alone. When the
     * target branch has moved before the relink, the switch is rolled back instead and {@code HEAD} stays; after the
     * relink, the files follow the branch to its new tip. When {@code HEAD} names a
     * third branch, or the old branch has moved, the journal is dropped and nothing else changes.
     */
    static Recovery.Report finish(CharterRepository charter, UpdateJournal journal, DirCache index)
            throws IOException {
        Repository repository = charter.repository();
        ObjectId from = journal.fromId();
        ObjectId to = journal.toId();
        String headRef = WorkTreeUpdate.currentBranch(repository);
        boolean relinked = headRef.equals(journal.toRef());
        if (!relinked && (!headRef.equals(journal.ref()) || !from.equals(repository.resolve(journal.ref())))) {
            LOG.warn("Dropped the interrupted switch of {} from {} to {}: HEAD names {} at {} since",
                    charter.folder(), journal.ref(), journal.toRef(), headRef,
                    Remotes.shortId(repository.resolve(Constants.HEAD)));
            UpdateJournal.delete(repository);
            return new Recovery.Report(false, List.of(), List.of());
        }
        List<WorkTreeFiles.Change> changes = WorkTreeFiles.changes(repository, from, to);
        if (!to.equals(repository.resolve(journal.toRef()))) {
            return relinked ? followMoved(charter, journal, index) : rollBack(charter, journal, changes, index);
        }
        LOG.info("Finishing the interrupted switch of {} from {} to {} at {}", charter.folder(), journal.ref(),
                journal.toRef(), Remotes.shortId(to));

        List<String> leftAlone = Recovery.writeNewVersions(repository, changes);
        if (!relinked) {
            relinkHead(repository, journal.ref(), from, journal.toRef());
        }
        WorkTreeFiles.resetIndex(repository, index, to, paths(changes));
        UpdateJournal.delete(repository);
        LOG.info("Finished the interrupted switch of {} to {}; edited since and left alone: {}", charter.folder(),
                journal.toRef(), leftAlone);
        return new Recovery.Report(true, leftAlone, List.of());
    }

    /** Puts the old branch's files back, because the target's tip is no longer the commit whose files were written. */
    private static Recovery.Report rollBack(CharterRepository charter, UpdateJournal journal,
                                            List<WorkTreeFiles.Change> changes, DirCache index) throws IOException {
        Repository repository = charter.repository();
        LOG.warn("Rolling back the interrupted switch of {} to {}: it moved from {} to {} since", charter.folder(),
                journal.toRef(), Remotes.shortId(journal.toId()),
                Remotes.shortId(repository.resolve(journal.toRef())));
        List<WorkTreeFiles.Change> reversed = changes.stream()
                .map(change -> new WorkTreeFiles.Change(change.path(), change.toId(), change.toMode(),
                        change.fromId(), change.fromMode()))
                .sorted(Comparator.comparing((WorkTreeFiles.Change change) -> change.toId() != null))
                .toList();
        List<String> leftAlone = Recovery.writeNewVersions(repository, reversed);
        WorkTreeFiles.resetIndex(repository, index, journal.fromId(), paths(changes));
        UpdateJournal.delete(repository);
        return new Recovery.Report(false, leftAlone, List.of());
    }

    /**
     * Brings the work tree to the new tip of a branch that moved after the interrupted switch had relinked
     * {@code HEAD} to it, and so had written every file of the journaled tip.
     */
    private static Recovery.Report followMoved(CharterRepository charter, UpdateJournal journal, DirCache index)
            throws IOException {
        Repository repository = charter.repository();
        ObjectId tip = repository.resolve(journal.toRef());
        LOG.warn("{} moved from {} to {} after the interrupted switch of {}; the files follow it", journal.toRef(),
                Remotes.shortId(journal.toId()), Remotes.shortId(tip), charter.folder());
        List<WorkTreeFiles.Change> changes = tip == null ? List.of()
                : WorkTreeFiles.changes(repository, journal.toId(), tip);
        List<String> leftAlone = Recovery.writeNewVersions(repository, changes);
        if (tip != null) {
            WorkTreeFiles.resetIndex(repository, index, tip, paths(changes));
        }
        UpdateJournal.delete(repository);
        return new Recovery.Report(true, leftAlone, List.of());
    }

    /** Points {@code HEAD} at {@code toRef}, with the reflog line that {@code git checkout} writes. */
    private static void relinkHead(Repository repository, String fromRef, ObjectId from, String toRef)
            throws IOException {
        RefUpdate head = repository.updateRef(Constants.HEAD);
        String fromName = Constants.HEAD.equals(fromRef) ? from.name() : Repository.shortenRefName(fromRef);
        head.setRefLogMessage("checkout: moving from " + fromName + " to " + Repository.shortenRefName(toRef), false);
        RefUpdate.Result result = head.link(toRef);
        switch (result) {
            case NEW, FORCED, NO_CHANGE -> LOG.info("HEAD of {} now names {}", repository.getWorkTree(), toRef);
            default -> throw new IOException("relinking HEAD to " + toRef + " ended " + result);
        }
    }

    private static Set<String> paths(List<WorkTreeFiles.Change> changes) {
        Set<String> paths = new HashSet<>();
        changes.forEach(change -> paths.add(change.path()));
        return paths;
    }
}
