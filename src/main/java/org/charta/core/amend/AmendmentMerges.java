package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.BranchMerge;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.CommentFollowing;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two merges of an amendment's life. An update merges the branch the amendment came from (the main text, or
 * the parent amendment of a sub-amendment) into it, and a merge writes an adopted amendment into that branch. Both
 * go through {@link BranchMerge}, so conflicts wait in {@code .git/charta/merge.json} under the purpose
 * {@code update:<id>} or {@code merge:<id>} until each has a choice.
 */
final class AmendmentMerges {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentMerges.class);

    static final String MERGE_PURPOSE = "merge:";

    static final String UPDATE_PURPOSE = "update:";

    /** The message of the commit that records pending work before a merge moves the checked-out branch. */
    static final String PENDING_MESSAGE = "Record changes before merging";

    private AmendmentMerges() {
    }

    static AmendmentMerge update(CharterRepository charter, String id, Identity identity) throws ChartaException {
        try {
            AmendmentRecord record = AmendmentBranches.recordAtTip(charter, id);
            AmendmentStatus status = record.status();
            if (status == AmendmentStatus.MERGED || status == AmendmentStatus.WITHDRAWN
                    || status == AmendmentStatus.REJECTED) {
                throw new ChartaException("error.amend.cannotUpdate", id, status.ordinal());
            }
            String branch = AmendmentBranches.ensureLocal(charter, id);
            String target = AmendmentBranches.targetBranch(charter, record);
            ObjectId targetTip = charter.repository().resolve(target);
            if (isMergedInto(charter, AmendmentBranches.tip(charter.repository(), id), targetTip)) {
                // The record on the branch still reads adopted, because the merged record is written on the merge's target.
                throw new ChartaException("error.amend.cannotUpdate", id, AmendmentStatus.MERGED.ordinal());
            }
            recordIfCheckedOut(charter, branch, identity);

            String source = target.equals(AmendmentBranches.MAIN_REF) ? "the main text"
                    : "amendment " + AmendmentRefs.idOf(target);
            BranchMerge.Result result = BranchMerge.merge(charter, branch, targetTip, UPDATE_PURPOSE + id,
                    Amendments.message("Update", record) + " with " + source, Map.of(), identity);
            CommentFollowing.afterMerge(charter, branch, result.before(), result.commit(), identity);
            LOG.info("Update of amendment {} with {} ended {}", id, Repository.shortenRefName(target), result.kind());
            return outcome(result, List.of());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    static AmendmentMerge merge(CharterRepository charter, String id, Identity identity) throws ChartaException {
        try {
            AmendmentRecord record = AmendmentBranches.recordAtTip(charter, id);
            if (record.status() == AmendmentStatus.MERGED) {
                // Once the branch is gone, only the main text's record has the status merged: nothing is left to merge.
                return new AmendmentMerge(AmendmentMerge.Outcome.UP_TO_DATE, null, List.of(), List.of());
            }
            if (record.status() != AmendmentStatus.ADOPTED) {
                throw new ChartaException("error.amend.notAdopted", id, record.status().ordinal());
            }
            Coordination.requireCoordinator(charter, identity, id, "error.amend.notCoordinator");
            Votes.requireTrustedDecision(charter, id);
            String target = AmendmentBranches.localTargetBranch(charter, record);
            ObjectId tip = AmendmentBranches.tip(charter.repository(), id);
            requireVotedText(charter, id, record, target);
            recordIfCheckedOut(charter, target, identity);

            AmendmentRecord merged = AmendmentRecords.copy(record);
            merged.setStatus(AmendmentStatus.MERGED);
            Set<String> outdatedBefore = outdated(charter, id);
            BranchMerge.Result result = BranchMerge.merge(charter, target, tip, MERGE_PURPOSE + id,
                    mergeMessage(record), Map.of(AmendmentRefs.recordPath(id), AmendmentRecords.toBytes(merged)),
                    identity);
            CommentFollowing.afterMerge(charter, target, result.before(), result.commit(), identity);
            List<String> nowOutdated = List.of();
            if (result.kind() == BranchMerge.Kind.MERGED) {
                Set<String> outdatedAfter = outdated(charter, id);
                outdatedAfter.removeAll(outdatedBefore);
                nowOutdated = List.copyOf(outdatedAfter);
            }
            LOG.info("Merge of amendment {} into {} ended {}; now outdated: {}", id,
                    Repository.shortenRefName(target), result.kind(), nowOutdated);
            return outcome(result, nowOutdated);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    private static boolean isMergedInto(CharterRepository charter, ObjectId tip, ObjectId target) throws IOException {
        if (tip == null || target == null) {
            return false;
        }
        try (RevWalk walk = new RevWalk(charter.repository())) {
            return walk.isMergedInto(walk.parseCommit(tip), walk.parseCommit(target));
        }
    }

    /** Refuses a merge when the amendment's text changed after its vote closed. */
    private static void requireVotedText(CharterRepository charter, String id, AmendmentRecord record, String target)
            throws ChartaException, IOException {
        if (record.vote() == null || record.vote().closed() == null) {
            return;
        }
        AmendmentTips.Tip tip = AmendmentTips.local(charter, id);
        RevCommit closing = Votes.closingCommit(charter, tip);
        VotedText.requireUnchanged(charter, record.title(), closing, tip.commit(),
                charter.repository().resolve(target), "error.amend.textChangedAfterVote");
    }

    /**
     * Returns {@code Merge amendment "<title>" (<id>)}, a blank line and the tally lines that closing the vote
     * wrote: the summary, then one line per vote file. Without a readable tally, the first line alone.
     */
    static String mergeMessage(AmendmentRecord record) {
        StringBuilder message = new StringBuilder(Amendments.message("Merge", record));
        List<String> tally = Tally.fromRecord(record.tally()).map(Tally::messageLines).orElse(List.of());
        if (!tally.isEmpty()) {
            message.append("\n\n").append(String.join("\n", tally));
        }
        return message.toString();
    }

    /** Returns the ids of the open amendments, other than {@code except}, that are outdated now. */
    private static Set<String> outdated(CharterRepository charter, String except)
            throws ChartaException, IOException {
        Set<String> ids = new TreeSet<>();
        try (SummaryBuilder builder = new SummaryBuilder(charter)) {
            for (String id : AmendmentBranches.knownIds(charter)) {
                if (!id.equals(except) && builder.isOpenAndOutdated(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Records pending work when the branch a merge moves is checked out, so the work tree can follow it. */
    private static void recordIfCheckedOut(CharterRepository charter, String branch, Identity identity)
            throws ChartaException, IOException {
        if (branch.equals(charter.repository().getFullBranch())) {
            charter.record(PENDING_MESSAGE, identity);
        }
    }

    private static AmendmentMerge outcome(BranchMerge.Result result, List<String> nowOutdated) {
        return switch (result.kind()) {
            case MERGED -> new AmendmentMerge(AmendmentMerge.Outcome.MERGED, result.commit().name(), List.of(),
                    nowOutdated);
            case UP_TO_DATE -> new AmendmentMerge(AmendmentMerge.Outcome.UP_TO_DATE, null, List.of(), List.of());
            case CONFLICT -> new AmendmentMerge(AmendmentMerge.Outcome.CONFLICT, null,
                    new ArrayList<>(result.conflicts()), List.of());
        };
    }
}
