package org.charta.core.amend;

import org.charta.core.governance.Governance;
import org.charta.core.governance.MajorityRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which vote files count and counts them. A file is not counted for the first of these reasons that
 * applies, in this order:
 * <ol>
 *   <li>it cannot be read;</li>
 *   <li>the commit that wrote it came after the vote closed;</li>
 *   <li>its voter is not a member of the main text;</li>
 *   <li>the commit that wrote it has another author;</li>
 *   <li>another file of the same member counts (the file named for the member, else the first by path);</li>
 *   <li>it blocks under a rule other than consensus.</li>
 * </ol>
 */
final class VoteCounter {

    private VoteCounter() {
    }

    /**
     * A vote file and the facts its history gives about it.
     *
     * @param line         the file as read, marked {@link InvalidVote#UNREADABLE} when it could not be
     * @param writerEmail  the e-mail address of the author of the commit that wrote its current content
     * @param afterClosing whether that commit is not part of the history of the commit that closed the vote
     * @param afterPeriod  whether the vote's cast time or that commit's time is after the end of the voting period
     */
    record Evidence(VoteLine line, String writerEmail, boolean afterClosing, boolean afterPeriod) {
    }

    /**
     * Counts the votes under the rules.
     *
     * @param closed whether the result is final; while open it is {@link VoteResult#OPEN}
     */
    static Tally count(String id, List<Evidence> files, Governance rules, boolean closed) {
        List<VoteLine> lines = new ArrayList<>();
        Map<String, List<VoteLine>> byMember = new LinkedHashMap<>();
        for (Evidence file : files) {
            VoteLine line = withInvalid(file.line(), firstReason(file, rules));
            if (line.invalid() == null) {
                byMember.computeIfAbsent(line.email().toLowerCase(Locale.ROOT), email -> new ArrayList<>()).add(line);
            } else {
                lines.add(line);
            }
        }
        for (List<VoteLine> memberLines : byMember.values()) {
            lines.addAll(keepOnePerMember(id, memberLines, rules.majority()));
        }
        lines.sort(Tally.LINE_ORDER);

        Map<VoteChoice, Integer> counts = new HashMap<>();
        lines.stream().filter(line -> line.invalid() == null).forEach(line -> counts.merge(line.choice(), 1,
                Integer::sum));
        int valid = counts.values().stream().mapToInt(Integer::intValue).sum();
        boolean quorumReached = valid >= rules.quorumVotes();
        Tally open = new Tally(rules.members().size(), counts.getOrDefault(VoteChoice.FOR, 0),
                counts.getOrDefault(VoteChoice.AGAINST, 0), counts.getOrDefault(VoteChoice.ABSTAIN, 0),
                counts.getOrDefault(VoteChoice.BLOCK, 0), rules.quorum(), rules.majority(), quorumReached,
                VoteResult.OPEN, lines);
        if (!closed) {
            return open;
        }
        return new Tally(open.members(), open.forVotes(), open.against(), open.abstain(), open.block(),
                open.quorum(), open.majority(), quorumReached, open.outcomeIfClosed(), lines);
    }

    private static InvalidVote firstReason(Evidence file, Governance rules) {
        VoteLine line = file.line();
        if (line.invalid() != null) {
            return line.invalid();
        }
        if (file.afterClosing()) {
            return InvalidVote.AFTER_CLOSING;
        }
        if (file.afterPeriod()) {
            return InvalidVote.AFTER_PERIOD;
        }
        if (rules.member(line.email()).isEmpty()) {
            return InvalidVote.NOT_A_MEMBER;
        }
        if (!line.email().equalsIgnoreCase(file.writerEmail())) {
            return InvalidVote.AUTHOR_MISMATCH;
        }
        return null;
    }

    /** Marks all but one file of a member as duplicates (the member's own file counts, else the first by path). */
    private static List<VoteLine> keepOnePerMember(String id, List<VoteLine> memberLines, MajorityRule majority) {
        String ownPath = VoteFiles.path(id, memberLines.get(0).email());
        VoteLine counted = memberLines.stream().filter(line -> line.path().equals(ownPath)).findFirst()
                .orElseGet(() -> memberLines.stream().min(Comparator.comparing(VoteLine::path)).orElseThrow());
        List<VoteLine> result = new ArrayList<>();
        for (VoteLine line : memberLines) {
            if (line != counted) {
                result.add(withInvalid(line, InvalidVote.DUPLICATE));
            } else if (line.choice() == VoteChoice.BLOCK && majority != MajorityRule.CONSENSUS) {
                result.add(withInvalid(line, InvalidVote.BLOCK_NOT_ALLOWED));
            } else {
                result.add(line);
            }
        }
        return result;
    }

    private static VoteLine withInvalid(VoteLine line, InvalidVote invalid) {
        return new VoteLine(line.path(), line.name(), line.email(), line.choice(), line.reason(), line.cast(),
                invalid);
    }
}
