package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.AmendmentRefs;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a sync that concerns the refs beside the checked-out branch: it brings {@code main} (while an
 * amendment is checked out) and every amendment branch up to date with {@code origin} without touching the work
 * tree, plans the push of {@code main}, the shared amendments and the release tags, and sorts the remote's verdict
 * on each ref into the {@link SharedRefs} report.
 */
final class RefSharing {

    private static final Logger LOG = LoggerFactory.getLogger(RefSharing.class);

    /** The verdicts on one push: the commits the remote accepted, and whether a ref must be pushed again. */
    record Verdicts(List<ObjectId> acceptedCommits, boolean behind) {
    }

    private final Repository repository;
    private final Identity identity;
    private final String checkedOut;
    private final SharedRefsReport report = new SharedRefsReport();
    private final Set<String> rejectedRefs = new HashSet<>();
    private final Set<String> leftAside = new HashSet<>();
    private Map<String, ObjectId> advertised = Map.of();

    /** @param checkedOut the branch that the work tree follows, which the sync merges together with the work tree */
    RefSharing(Repository repository, Identity identity, String checkedOut) {
        this.repository = repository;
        this.identity = identity;
        this.checkedOut = checkedOut;
    }

    /** Keeps what the remote advertised and the tags the fetch created. */
    void fetched(FetchResult result) {
        advertised = SharedFetch.advertised(result);
        report.tagsReceived.addAll(SharedFetch.newTags(result));
    }

    /**
     * Brings {@code main} (unless it is checked out) and each amendment branch that the remote advertised and that
     * is not checked out up to date with the remote. A branch whose update conflicts is left as it is and not
     * sent.
     *
     * @return the remote tips that a local branch now contains, for the count of received commits
     */
    List<ObjectId> updateBranches() throws ChartaException, IOException {
        leftAside.clear();
        report.amendmentsNeedingAttention.clear();
        report.mainNeedsAttention = false;
        List<ObjectId> received = new ArrayList<>();

        if (!Remotes.MAIN_REF.equals(checkedOut)) {
            ObjectId remote = repository.resolve(Remotes.TRACKING_REF);
            BranchUpdate.Result result = BranchUpdate.run(repository, Remotes.MAIN_REF, remote, identity);
            noteReceived(result, remote, received);
            if (isLeftAside(result)) {
                report.mainNeedsAttention = true;
                leftAside.add(Remotes.MAIN_REF);
            }
        }
        // NOTE: a branch that origin deleted is not deleted here, and PushPlan sends a shared one back to origin.
        for (String id : AmendmentRefSharing.remoteIds(repository)) {
            String ref = AmendmentRefs.localBranch(id);
            if (ref.equals(checkedOut) || !advertised.containsKey(ref)) {
                continue;
            }
            ObjectId remote = repository.resolve(AmendmentRefs.remoteBranch(id));
            BranchUpdate.Result result = BranchUpdate.run(repository, ref, remote, identity);
            report.amendment(id, result);
            noteReceived(result, remote, received);
            if (isLeftAside(result)) {
                leftAside.add(ref);
            }
        }
        return received;
    }

    private static boolean isLeftAside(BranchUpdate.Result result) {
        return result == BranchUpdate.Result.CONFLICT || result == BranchUpdate.Result.INVALID;
    }

    private static void noteReceived(BranchUpdate.Result result, ObjectId remote, List<ObjectId> received) {
        if (result == BranchUpdate.Result.CREATED || result == BranchUpdate.Result.FAST_FORWARDED
                || result == BranchUpdate.Result.MERGED) {
            received.add(remote);
        }
    }

    /**
     * Plans the next push. The checked-out branch must hold a valid charter, as {@code main} always had to:
     * otherwise this throws. Any other branch whose tip is no valid charter is kept back and reported.
     *
     * @throws ChartaException an {@code error.sync.charter.*} key naming the checked-out commit
     */
    PushPlan plan() throws ChartaException, IOException {
        Set<String> skipped = new HashSet<>(rejectedRefs);
        skipped.addAll(leftAside);
        PushPlan plan = PushPlan.of(repository, advertised, skipped);
        for (PushPlan.TagClash clash : plan.clashes()) {
            LOG.warn("Tag {} is not sent: origin has another tag of that name ({} here, {} there)", clash.name(),
                    Remotes.shortId(clash.local()), Remotes.shortId(clash.remote()));
            report.tagsRejected.add(clash.name());
        }
        for (PushPlan.Item item : List.copyOf(plan.items())) {
            if (item.kind() != PushPlan.Kind.TAG) {
                checkTree(plan, item);
            }
        }
        return plan;
    }

    private void checkTree(PushPlan plan, PushPlan.Item item) throws ChartaException, IOException {
        ObjectId tree = repository.parseCommit(item.tip()).getTree();
        if (item.ref().equals(checkedOut)) {
            // A charter that is invalid locally (edited by hand or by another tool) must not reach the others.
            MergedTreeCheck.check(repository, tree, Remotes.shortId(item.tip()), MergedTreeCheck.Purpose.SYNC);
            return;
        }
        try {
            MergedTreeCheck.check(repository, tree, Remotes.shortId(item.tip()), MergedTreeCheck.Purpose.SYNC);
        } catch (ChartaException e) {
            LOG.warn("{} at {} is not sent: it is no valid charter", item.ref(), Remotes.shortId(item.tip()), e);
            plan.remove(item);
            if (item.kind() == PushPlan.Kind.MAIN) {
                report.mainNeedsAttention = true;
            } else {
                report.amendmentsNeedingAttention.add(item.name());
            }
        }
    }

    /**
     * Sorts the remote's verdict on each ref of the plan. A ref the remote rejected for good (a hook, branch
     * protection, a tag it has with another value) is not tried again in this sync.
     */
    Verdicts judge(PushPlan plan, Pusher.Outcome outcome) {
        List<ObjectId> accepted = new ArrayList<>();
        boolean behind = false;
        for (PushPlan.Item item : plan.items()) {
            Pusher.Verdict verdict = outcome.verdictOf(item.ref());
            report.pushed(item, verdict);
            switch (verdict) {
                case ACCEPTED -> {
                    if (item.kind() != PushPlan.Kind.TAG) {
                        accepted.add(item.tip());
                    }
                }
                case BEHIND -> behind = true;
                case REJECTED -> rejectedRefs.add(item.ref());
            }
        }
        return new Verdicts(accepted, behind);
    }

    /** Returns whether the remote rejected a ref for good during this sync. */
    boolean anyRejected() {
        return !rejectedRefs.isEmpty();
    }

    /** Returns the ids of the commits that the remote is known to have: its branches as of the last fetch. */
    List<ObjectId> remoteCommits() throws IOException {
        List<ObjectId> known = new ArrayList<>();
        for (var ref : repository.getRefDatabase().getRefsByPrefix(Remotes.ORIGIN_PREFIX)) {
            if (ref.getObjectId() != null) {
                known.add(ref.getObjectId());
            }
        }
        return known;
    }

    SharedRefs report() {
        return report.build();
    }
}
