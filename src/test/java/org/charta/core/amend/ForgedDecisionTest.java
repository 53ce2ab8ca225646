package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;
import static org.charta.core.amend.VoteFixture.DINA;

/** A record committed by hand never stands in for the vote files it claims to count. */
class ForgedDecisionTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";

    private CharterRepository repository;

    @BeforeEach
    void createAmendment() throws Exception {
        repository = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        VoteFixture.amendment(repository, ID, AmendmentStatus.PROPOSED);
    }

    @Test
    void tallyRecountsForgedRecord() throws Exception {
        forgeAdoption(CAROL);

        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.forVotes()).isZero();
        assertThat(tally.result()).isEqualTo(VoteResult.NO_QUORUM);
    }

    @Test
    void mergeOfForgedRecordIsRejected() throws Exception {
        forgeAdoption(CAROL);
        ObjectId mainBefore = mainTip();

        assertThatThrownBy(() -> Amendments.merge(repository, ID, CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.recordMismatch"));
        assertThat(mainTip()).isEqualTo(mainBefore);
    }

    @Test
    void closingByNonCoordinatorIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Tally open = Votes.tally(repository, ID);
        Tally honest = new Tally(open.members(), open.forVotes(), open.against(), open.abstain(), open.block(),
                open.quorum(), open.majority(), open.quorumReached(), open.outcomeIfClosed(), open.lines());
        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        record.setVote(new AmendmentRecord.VoteWindow(record.vote().openedBy(), record.vote().opened(), null,
                new AmendmentRecord.Person(DINA.name(), DINA.email()), "2026-12-03T10:00:00Z"));
        record.setTally(honest.toRecord());
        record.setStatus(AmendmentStatus.ADOPTED);
        commitRecord(record, DINA);

        assertThatThrownBy(() -> Votes.requireTrustedDecision(repository, ID))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.closerNotCoordinator"));
    }

    @Test
    void adoptedWithoutClosedVoteIsRejected() throws Exception {
        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        record.setStatus(AmendmentStatus.ADOPTED);
        commitRecord(record, CAROL);

        assertThatThrownBy(() -> Amendments.merge(repository, ID, CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.recordNotClosed"));
    }

    @Test
    void honestlyClosedVoteIsTrusted() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Votes.close(repository, ID, CAROL);

        Votes.requireTrustedDecision(repository, ID);

        assertThat(Amendments.merge(repository, ID, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
    }

    /** Commits a record that says four members voted for and the vote closed, with no vote file at all. */
    private void forgeAdoption(Identity author) throws Exception {
        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        AmendmentRecord.Person carol = new AmendmentRecord.Person(CAROL.name(), CAROL.email());
        record.setVote(new AmendmentRecord.VoteWindow(carol, "2026-12-02T10:00:00Z", null, carol,
                "2026-12-03T10:00:00Z"));
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put("result", "adopted");
        tally.put("majority", "simple");
        tally.put("quorum", 0.5);
        tally.put("members", 4);
        tally.put("quorumReached", true);
        tally.put("for", 4);
        tally.put("against", 0);
        tally.put("abstain", 0);
        tally.put("block", 0);
        tally.put("votes", List.of());
        record.setTally(tally);
        record.setStatus(AmendmentStatus.ADOPTED);
        commitRecord(record, author);
    }

    private void commitRecord(AmendmentRecord record, Identity author) throws Exception {
        VoteFixture.commitFile(repository, ID, AmendmentRefs.recordPath(ID),
                new String(AmendmentTips.toBytes(record), StandardCharsets.UTF_8), author);
    }

    private ObjectId mainTip() throws Exception {
        return repository.repository().resolve("refs/heads/main");
    }
}
