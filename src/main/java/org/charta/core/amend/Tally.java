package org.charta.core.amend;

import org.charta.core.governance.MajorityRule;

import java.util.List;
import java.util.Map;

/**
 * The count of an amendment's votes, computed from the vote files and the governance rules of the main text.
 *
 * @param members       how many members may vote
 * @param forVotes      valid votes for
 * @param against       valid votes against
 * @param abstain       valid abstentions
 * @param block         valid blocks (consensus only)
 * @param quorum        the share of members who must vote
 * @param majority      the rule applied
 * @param quorumReached whether enough members voted (abstentions count towards the quorum)
 * @param result        the outcome; {@link VoteResult#OPEN} while the vote is open
 * @param lines         every vote file, valid or not, ordered by voter name
 */
public record Tally(int members, int forVotes, int against, int abstain, int block, double quorum,
                    MajorityRule majority, boolean quorumReached, VoteResult result, List<VoteLine> lines) {

    /** The tally as the record file and the merge commit message store it. */
    public Map<String, Object> toRecord() {
        throw new UnsupportedOperationException("TODO");
    }
}
