package org.charta.core.amend;

import org.charta.core.governance.MajorityRule;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    @Test
    void rulesDecideOutcome() {
        Object[][] cases = {
            {MajorityRule.SIMPLE, 2, 1, 0, VoteResult.ADOPTED},
            {MajorityRule.SIMPLE, 1, 1, 0, VoteResult.REJECTED},
            {MajorityRule.SIMPLE, 0, 0, 0, VoteResult.REJECTED},
            {MajorityRule.TWO_THIRDS, 2, 1, 0, VoteResult.ADOPTED},
            {MajorityRule.TWO_THIRDS, 3, 2, 0, VoteResult.REJECTED},
            {MajorityRule.TWO_THIRDS, 0, 0, 0, VoteResult.REJECTED},
            {MajorityRule.CONSENSUS, 3, 0, 1, VoteResult.REJECTED},
            {MajorityRule.CONSENSUS, 3, 1, 0, VoteResult.ADOPTED},
            {MajorityRule.CONSENSUS, 1, 1, 0, VoteResult.REJECTED},
        };
        for (Object[] row : cases) {
            Tally tally = tally((MajorityRule) row[0], (int) row[1], (int) row[2], (int) row[3], true);

            assertThat(tally.outcomeIfClosed()).as("%s %s for %s against %s block", row[0], row[1], row[2], row[3])
                    .isEqualTo(row[4]);
        }
    }

    @Test
    void missingQuorumOverridesMajority() {
        Tally tally = tally(MajorityRule.SIMPLE, 5, 0, 0, false);

        assertThat(tally.outcomeIfClosed()).isEqualTo(VoteResult.NO_QUORUM);
    }

    @Test
    void recordRoundTrips() {
        VoteLine alice = new VoteLine(".charta/amendments/x/votes/alice-example-org.json", "Alice", "alice@example.org",
                VoteChoice.FOR, "Yes.", "2026-12-02T10:00:00Z", null);
        VoteLine bob = new VoteLine(".charta/amendments/x/votes/bob-example-org.json", "Bob", "bob@example.org",
                VoteChoice.AGAINST, "", "2026-12-02T11:00:00Z", InvalidVote.AUTHOR_MISMATCH);
        Tally tally = new Tally(4, 1, 0, 0, 0, 0.25, MajorityRule.TWO_THIRDS, true, VoteResult.ADOPTED,
                List.of(alice, bob));

        Map<String, Object> record = tally.toRecord();

        assertThat(record).containsEntry("result", "adopted").containsEntry("majority", "two-thirds")
                .containsEntry("members", 4).containsEntry("quorumReached", true);
        assertThat(Tally.fromRecord(record)).contains(tally);
    }

    @Test
    void unreadableRecordGivesNothing() {
        Map<String, Object> record = new LinkedHashMap<>(tally(MajorityRule.SIMPLE, 1, 0, 0, true).toRecord());
        record.put("for", "many");

        assertThat(Tally.fromRecord(record)).isEmpty();
        assertThat(Tally.fromRecord(null)).isEmpty();
    }

    @Test
    void messageLinesNameEveryVote() {
        VoteLine alice = new VoteLine("a", "Alice", "alice@example.org", VoteChoice.FOR, "", "", null);
        VoteLine eve = new VoteLine("e", "Eve", "eve@example.org", VoteChoice.BLOCK, "", "",
                InvalidVote.NOT_A_MEMBER);
        Tally tally = new Tally(3, 1, 0, 0, 0, 0.5, MajorityRule.CONSENSUS, false, VoteResult.NO_QUORUM,
                List.of(alice, eve));

        assertThat(tally.messageLines()).containsExactly(
                "Rejected, quorum not reached (consensus): 1 for, 0 against, 0 abstaining, 0 blocking; "
                        + "1 of 3 members voted, quorum 2",
                "Alice <alice@example.org>: for",
                "Eve <eve@example.org>: block (not counted: not-a-member)");
    }

    private static Tally tally(MajorityRule rule, int forVotes, int against, int block, boolean quorum) {
        return new Tally(10, forVotes, against, 0, block, 0.1, rule, quorum, VoteResult.OPEN, List.of());
    }
}
