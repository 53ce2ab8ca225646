package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.comment.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VotedTextTest extends AmendmentTestBase {

    @Test
    void textEditedDuringVoteBlocksClosing() throws Exception {
        String id = votingAmendment();
        edit(MEMBERSHIP_PATH, "Every adult", "Every grown-up", ALICE);
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        String before = commitAt(AmendmentRefs.localBranch(id)).name();

        assertThatThrownBy(() -> Votes.close(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.vote.textChanged");
        assertThat(commitAt(AmendmentRefs.localBranch(id)).name()).isEqualTo(before);
    }

    @Test
    void votesAndCommentsDuringVoteAllowClosing() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Deliberation.startThread(repository, id, "Members asked for it.", Stance.FOR, CAROL);

        assertThat(Votes.close(repository, id, CAROL).result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void textEditedAfterClosingBlocksMerge() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        edit(MEMBERSHIP_PATH, "Every adult", "Every grown-up", ALICE);
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.merge(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.textChangedAfterVote");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
    }

    @Test
    void mainTextMergedInAfterClosingAllowsMerge() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);
        edit(PREAMBLE_PATH, "meet to draft", "meet to write", CAROL);

        Amendments.update(repository, id, CAROL);

        assertThat(Amendments.merge(repository, id, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
    }

    /** Creates an amendment that changes one paragraph, proposes it and opens its vote. */
    private String votingAmendment() throws Exception {
        makeCarolCoordinator();
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        Amendments.propose(repository, record.id(), ALICE);
        Votes.open(repository, record.id(), CAROL);
        return record.id();
    }
}
