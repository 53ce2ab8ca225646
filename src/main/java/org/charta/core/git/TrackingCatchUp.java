package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Brings into a local branch the commits that its remote-tracking ref has as of the last fetch, with the update a
 * sync makes ({@link BranchUpdate}): creates or fast-forwards the branch, or writes the clean prose-aware merge.
 * Used before a decision is written onto a branch, such as closing a vote, so that it counts what was fetched.
 */
public final class TrackingCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingCatchUp.class);

    private TrackingCatchUp() {
    }

    /**
     * Updates {@code localRef} with the commits of {@code remoteRef}. A branch that is checked out is not merged
     * here, because a sync must merge it with the work tree.
     *
     * @return true when the local branch now contains the remote tip (or there is no remote tip); false when the
     *         branch is checked out and behind, or the merge conflicts or would not be a valid charter, so that
     *         the caller asks for a sync
     * @throws ChartaException {@code error.branch.moved} when the branch moved during the update
     */
    public static boolean bringIn(CharterRepository charter, String localRef, String remoteRef, Identity identity)
            throws ChartaException {
        Repository repository = charter.repository();
        try {
            ObjectId remote = repository.resolve(remoteRef);
            ObjectId local = repository.resolve(localRef);
            if (remote == null || (local != null && Remotes.contains(repository, local, remote))) {
                return true;
            }
            if (localRef.equals(repository.getFullBranch())) {
                LOG.info("{} is checked out and lacks commits of {}; a sync must merge them", localRef, remoteRef);
                return false;
            }
            BranchUpdate.Result result = BranchUpdate.run(repository, localRef, remote, identity);
            LOG.info("Brought {} into {} in {}: {}", remoteRef, localRef, charter.folder(), result);
            return result != BranchUpdate.Result.CONFLICT && result != BranchUpdate.Result.INVALID;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }
}
