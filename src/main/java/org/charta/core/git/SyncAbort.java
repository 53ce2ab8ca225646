package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;

/** Puts a repository back as it was before a sync that stopped on conflicts. */
final class SyncAbort {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAbort.class);

    private SyncAbort() {
    }

    /**
     * Moves the work tree back to the recorded commit when a merge of the same sync followed it, then moves
     * {@code HEAD} and the index back to the commit from before the sync, leaving the files as they are: the edits
     * the sync recorded become pending edits again. Does nothing when {@code HEAD} moved since the sync stopped
     * (the person recorded more work), or when a merge has to be undone while files have unrecorded edits.
     *
     * @return whether the repository is back at the state before the sync
     */
    static boolean restore(CharterRepository charter, PendingMerge pending) throws ChartaException {
        try {
            ObjectId head = Remotes.head(charter.repository());
            if (head == null || !head.name().equals(pending.stoppedAt())) {
                LOG.info("Abort keeps HEAD {} of {}: it moved since the sync stopped at {}", Remotes.shortId(head),
                        charter.folder(), pending.stoppedAt());
                return false;
            }
            if (!Objects.equals(pending.stoppedAt(), pending.recorded())) {
                if (!charter.status().isClean()) {
                    LOG.warn("Abort keeps HEAD {} of {}: files have unrecorded edits", Remotes.shortId(head),
                            charter.folder());
                    return false;
                }
                WorkTreeUpdate.run(charter, head, ObjectId.fromString(pending.recorded()));
            }
            if (pending.beforeSync() != null && !pending.beforeSync().equals(pending.recorded())) {
                moveBranchBack(charter, ObjectId.fromString(pending.recorded()),
                        ObjectId.fromString(pending.beforeSync()));
                // The branch is there already; this rebuilds the index from it and leaves the files alone.
                charter.git().reset().setMode(ResetType.MIXED).setRef(pending.beforeSync()).call();
            }
            return true;
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, charter.repository());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /**
     * Moves the current branch from the recorded commit back to the one from before the sync. The update expects
     * the recorded commit, so a commit made meanwhile by another program is never dropped.
     */
    private static void moveBranchBack(CharterRepository charter, ObjectId recorded, ObjectId before)
            throws IOException, ChartaException {
        Repository repository = charter.repository();
        String branch = repository.getFullBranch();
        RefUpdate update = repository.updateRef(branch);
        update.setExpectedOldObjectId(recorded);
        update.setNewObjectId(before);
        update.setForceUpdate(true);
        update.setRefLogMessage("charta: abort sync", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
            throw new ChartaException("error.git.failed", charter.folder().toString(),
                    "moving " + branch + " back to " + Remotes.shortId(before) + " ended " + result);
        }
        LOG.info("Moved {} of {} back from {} to {}", branch, charter.folder(), Remotes.shortId(recorded),
                Remotes.shortId(before));
    }
}
