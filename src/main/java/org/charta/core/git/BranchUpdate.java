package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Brings a local branch that is not checked out up to date with its remote-tracking ref, without touching the work
 * tree or the index: creates it, fast-forwards it, or writes the prose-aware merge of both sides as a merge commit.
 * A merge with conflicts changes nothing: the person settles them after checking the branch out.
 */
final class BranchUpdate {

    private static final Logger LOG = LoggerFactory.getLogger(BranchUpdate.class);

    /** The change an update made to the local branch. */
    enum Result {
        /** The local branch already contains the remote tip, or there is no remote tip. */
        UNCHANGED,
        /** The local branch did not exist and now points at the remote tip. */
        CREATED,
        /** The local branch had nothing of its own and moved to the remote tip. */
        FAST_FORWARDED,
        /** Both sides had new commits, and a merge commit now joins them. */
        MERGED,
        /** Both sides had new commits that conflict or share no history, so the local branch stays as it was. */
        CONFLICT,
        /** The merge would not be a valid charter, so the local branch stays as it was. */
        INVALID
    }

    private final Repository repository;
    private final String localRef;
    private final ObjectId remoteTip;

    private BranchUpdate(Repository repository, String localRef, ObjectId remoteTip) {
        this.repository = repository;
        this.localRef = localRef;
        this.remoteTip = remoteTip;
    }

    /**
     * Updates {@code localRef} with {@code remoteTip}; a null remote tip changes nothing. The ref update expects the
     * value read here, so a commit written meanwhile is never dropped.
     *
     * @throws ChartaException {@code error.branch.moved} when the branch moved during the update
     */
    static Result run(Repository repository, String localRef, ObjectId remoteTip, Identity identity)
            throws ChartaException, IOException {
        if (remoteTip == null) {
            return Result.UNCHANGED;
        }
        return new BranchUpdate(repository, localRef, remoteTip).run(identity);
    }

    private Result run(Identity identity) throws ChartaException, IOException {
        ObjectId local = repository.resolve(localRef);
        if (local == null) {
            move(ObjectId.zeroId(), remoteTip, "charta: branch from origin");
            return Result.CREATED;
        }
        if (Remotes.contains(repository, local, remoteTip)) {
            return Result.UNCHANGED;
        }
        if (Remotes.contains(repository, remoteTip, local)) {
            move(local, remoteTip, "charta: fast-forward from origin");
            return Result.FAST_FORWARDED;
        }
        return merge(local, identity);
    }

    private Result merge(ObjectId local, Identity identity) throws ChartaException, IOException {
        RevCommit base = Remotes.mergeBase(repository, local, remoteTip);
        if (base == null) {
            LOG.warn("{} at {} and its shared version {} share no history; left as it is", localRef,
                    Remotes.shortId(local), Remotes.shortId(remoteTip));
            return Result.CONFLICT;
        }
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit ours = walk.parseCommit(local);
            RevCommit theirs = walk.parseCommit(remoteTip);
            CharterMergeResult merge = CharterMerge.merge(repository, walk.parseCommit(base), ours, theirs);
            if (!merge.isClean()) {
                LOG.info("{} at {} conflicts with its shared version {} in {} places; left as it is", localRef,
                        Remotes.shortId(local), Remotes.shortId(remoteTip), merge.conflicts().size());
                return Result.CONFLICT;
            }
            ObjectId tree = merge.writeTree(inserter, Map.of());
            inserter.flush();
            try {
                MergedTreeCheck.check(repository, tree, Remotes.shortId(theirs), MergedTreeCheck.Purpose.SYNC);
            } catch (ChartaException e) {
                LOG.warn("The merge of {} with its shared version {} is no valid charter; left as it is", localRef,
                        Remotes.shortId(remoteTip), e);
                return Result.INVALID;
            }
            ObjectId commit = CommitText.writeMerge(inserter, tree, ours, theirs, SyncRun.MERGE_MESSAGE, identity);
            inserter.flush();
            move(local, commit, "charta: merge from origin");
            return Result.MERGED;
        }
    }

    private void move(ObjectId from, ObjectId to, String reflog) throws ChartaException, IOException {
        RefUpdate update = repository.updateRef(localRef);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        update.setRefLogMessage(reflog, false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD -> LOG.info("Moved {} from {} to {}", localRef, Remotes.shortId(from),
                    Remotes.shortId(to));
            default -> {
                LOG.warn("Update of {} from {} to {} ended {}", localRef, Remotes.shortId(from), Remotes.shortId(to),
                        result);
                throw new ChartaException("error.branch.moved", Repository.shortenRefName(localRef),
                        repository.getWorkTree().toString());
            }
        }
    }
}
