package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;

/** Writes onto an amendment branch never build on files read before another commit came in. */
class StaleTipTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";

    private CharterRepository repository;

    @BeforeEach
    void createAmendment() throws Exception {
        repository = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        VoteFixture.amendment(repository, ID, AmendmentStatus.PROPOSED);
    }

    @Test
    void staleExpectedTipIsRejected() throws Exception {
        ObjectId read = branchTip();
        VoteFixture.commitFile(repository, ID, "notes.txt", "written meanwhile\n", BOB);
        ObjectId moved = branchTip();

        assertThatThrownBy(() -> BranchCommits.commit(repository, AmendmentRefs.localBranch(ID), read,
                Map.of("other.txt", "late\n".getBytes(StandardCharsets.UTF_8)), "Late write", ALICE))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.branch.moved"));
        assertThat(branchTip()).isEqualTo(moved);
    }

    @Test
    void recordRewriteFromStaleTipIsRejected() throws Exception {
        AmendmentTips.Tip tip = AmendmentTips.local(repository, ID);
        Amendments.withdraw(repository, ID, ALICE);
        ObjectId withdrawn = branchTip();
        AmendmentRecord stale = tip.record();
        stale.setStatus(AmendmentStatus.VOTING);

        assertThatThrownBy(() -> AmendmentTips.commit(repository, tip, stale, Map.of(), "Open the vote", CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.branch.moved"));
        assertThat(branchTip()).isEqualTo(withdrawn);
        assertThat(VoteFixture.recordAtTip(repository, ID).status()).isEqualTo(AmendmentStatus.WITHDRAWN);
    }

    @Test
    void castLeavesRecordBytesAlone() throws Exception {
        Votes.open(repository, ID, CAROL);
        String recordPath = AmendmentRefs.recordPath(ID);
        String handFormatted = new String(AmendmentTips.toBytes(VoteFixture.recordAtTip(repository, ID)),
                StandardCharsets.UTF_8).replace("  ", "    ");
        VoteFixture.commitFile(repository, ID, recordPath, handFormatted, CAROL);

        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");

        assertThat(changedPaths()).containsExactly(AmendmentRefs.votesFolder(ID) + "alice-example-org.json");
    }

    private ObjectId branchTip() throws Exception {
        return repository.repository().resolve(AmendmentRefs.localBranch(ID));
    }

    private List<String> changedPaths() throws Exception {
        try (ObjectReader reader = repository.repository().newObjectReader(); RevWalk walk = new RevWalk(reader);
             TreeWalk trees = new TreeWalk(reader)) {
            RevCommit tip = walk.parseCommit(branchTip());
            trees.addTree(walk.parseCommit(tip.getParent(0)).getTree());
            trees.addTree(tip.getTree());
            trees.setRecursive(true);
            return DiffEntry.scan(trees).stream().map(DiffEntry::getNewPath).toList();
        }
    }
}
