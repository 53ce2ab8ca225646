package org.charta.core.amend;

import org.charta.core.governance.MajorityRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /** Orders vote lines by voter name, then e-mail address, then file. */
    static final Comparator<VoteLine> LINE_ORDER = Comparator
            .comparing((VoteLine line) -> line.name().toLowerCase(Locale.ROOT))
            .thenComparing(line -> line.email().toLowerCase(Locale.ROOT))
            .thenComparing(VoteLine::path);

    public Tally {
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(result, "result");
        lines = List.copyOf(lines);
    }

    /** Valid votes, abstentions and blocks included: the number the quorum compares. */
    public int validVotes() {
        return forVotes + against + abstain + block;
    }

    /** Returns the number of valid votes the quorum requires: ceil(quorum x members). */
    public int quorumVotes() {
        // The small margin keeps 0.3 x 10 at 3 where floating point gives 3.0000000000000004.
        return (int) Math.ceil(quorum * members - 1e-9);
    }

    /**
     * Returns the result these counts give when the vote closes: {@link VoteResult#NO_QUORUM} when too few voted; else,
     * by the rule, simple: more for than against (a tie rejects); two thirds: for at least two thirds of for and
     * against together, and at least one for; consensus: no block and more for than against.
     */
    public VoteResult outcomeIfClosed() {
        if (!quorumReached) {
            return VoteResult.NO_QUORUM;
        }
        boolean adopted = switch (majority) {
            case SIMPLE -> forVotes > against;
            case TWO_THIRDS -> forVotes >= 1 && 3L * forVotes >= 2L * (forVotes + against);
            case CONSENSUS -> block == 0 && forVotes > against;
        };
        return adopted ? VoteResult.ADOPTED : VoteResult.REJECTED;
    }

    /**
     * Returns the tally as the record file and the merge commit message store it: {@code result}, {@code majority},
     * {@code quorum}, {@code members}, {@code quorumReached}, {@code for}, {@code against}, {@code abstain},
     * {@code block}, and {@code votes}, one object per vote file with {@code name}, {@code email}, {@code choice},
     * {@code reason}, {@code cast}, {@code file} and, for a vote not counted, {@code invalid}. Enum values are
     * lowercase with hyphens ({@code no-quorum}, {@code two-thirds}, {@code author-mismatch}).
     */
    public Map<String, Object> toRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("result", key(result));
        record.put("majority", majority.key());
        record.put("quorum", quorum);
        record.put("members", members);
        record.put("quorumReached", quorumReached);
        record.put("for", forVotes);
        record.put("against", against);
        record.put("abstain", abstain);
        record.put("block", block);
        List<Map<String, Object>> votes = new ArrayList<>();
        for (VoteLine line : lines) {
            votes.add(lineRecord(line));
        }
        record.put("votes", votes);
        return record;
    }

    /**
     * Reads a tally that {@link #toRecord()} wrote, as a record file stores it.
     *
     * @return the tally, or empty when a count, the majority or the result is missing or not understood
     */
    public static Optional<Tally> fromRecord(Map<String, ?> record) {
        if (record == null) {
            return Optional.empty();
        }
        Optional<MajorityRule> majority = MajorityRule.parse(text(record.get("majority")));
        Optional<VoteResult> result = parseKey(VoteResult.class, text(record.get("result")));
        boolean counted = List.of("members", "for", "against", "abstain", "block", "quorum").stream()
                .allMatch(key -> record.get(key) instanceof Number);
        if (majority.isEmpty() || result.isEmpty() || !counted) {
            return Optional.empty();
        }
        List<VoteLine> lines = new ArrayList<>();
        if (record.get("votes") instanceof List<?> votes) {
            for (Object vote : votes) {
                if (vote instanceof Map<?, ?> map) {
                    lines.add(lineOf(map));
                }
            }
        }
        lines.sort(LINE_ORDER);
        return Optional.of(new Tally(number(record, "members"), number(record, "for"), number(record, "against"),
                number(record, "abstain"), number(record, "block"), ((Number) record.get("quorum")).doubleValue(),
                majority.get(), Boolean.TRUE.equals(record.get("quorumReached")), result.get(), lines));
    }

    /** Returns this tally with more vote lines, such as votes written after it was recorded. */
    Tally withMoreLines(List<VoteLine> more) {
        List<VoteLine> all = new ArrayList<>(lines);
        all.addAll(more);
        all.sort(LINE_ORDER);
        return new Tally(members, forVotes, against, abstain, block, quorum, majority, quorumReached, result, all);
    }

    /**
     * Returns one English line for commit messages and release notes, such as {@code Adopted (simple majority): 3 for,
     * 1 against, 0 abstaining; 4 of 5 members voted, quorum 3}.
     */
    public String summaryLine() {
        String outcome = switch (result) {
            case OPEN -> "Vote open";
            case ADOPTED -> "Adopted";
            case REJECTED -> "Rejected";
            case NO_QUORUM -> "Rejected, quorum not reached";
        };
        String blocks = majority == MajorityRule.CONSENSUS ? ", " + block + " blocking" : "";
        String rule = switch (majority) {
            case SIMPLE -> "simple majority";
            case TWO_THIRDS -> "two-thirds majority";
            case CONSENSUS -> "consensus";
        };
        return outcome + " (" + rule + "): " + forVotes + " for, " + against
                + " against, " + abstain + " abstaining" + blocks + "; " + validVotes() + " of " + members
                + " members voted, quorum " + quorumVotes();
    }

    /**
     * Returns the summary line, then one line per vote file, such as {@code Alice Drafter <alice@example.org>: for} or
     * {@code ...: against (not counted: author-mismatch)}, for the merge commit message. An unreadable file is named
     * by its path.
     */
    public List<String> messageLines() {
        List<String> text = new ArrayList<>();
        text.add(summaryLine());
        for (VoteLine line : lines) {
            String choice = line.choice() == null ? "?" : line.choice().key();
            String invalid = line.invalid() == null ? "" : " (not counted: " + key(line.invalid()) + ")";
            // An unreadable file names no voter, so its path is what identifies it.
            String voter = line.email() == null || line.email().isBlank() ? line.path()
                    : line.name() + " <" + line.email() + ">";
            text.add(voter + ": " + choice + invalid);
        }
        return text;
    }

    /** Returns the lowercase, hyphenated form of an enum value that records and JSON output use. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parseKey(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (key(constant).equals(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> lineRecord(VoteLine line) {
        Map<String, Object> vote = new LinkedHashMap<>();
        vote.put("name", line.name());
        vote.put("email", line.email());
        vote.put("choice", line.choice() == null ? null : line.choice().key());
        vote.put("reason", line.reason());
        vote.put("cast", line.cast());
        vote.put("file", line.path());
        if (line.invalid() != null) {
            vote.put("invalid", key(line.invalid()));
        }
        return vote;
    }

    private static VoteLine lineOf(Map<?, ?> vote) {
        VoteChoice choice = VoteChoice.parse(text(vote.get("choice"))).orElse(null);
        InvalidVote invalid = parseKey(InvalidVote.class, text(vote.get("invalid"))).orElse(null);
        if (choice == null && invalid == null) {
            invalid = InvalidVote.UNREADABLE;
        }
        return new VoteLine(orEmpty(vote.get("file")), orEmpty(vote.get("name")), orEmpty(vote.get("email")),
                choice, orEmpty(vote.get("reason")), orEmpty(vote.get("cast")), invalid);
    }

    private static int number(Map<String, ?> record, String key) {
        return ((Number) record.get(key)).intValue();
    }

    private static String text(Object value) {
        return value instanceof String string ? string : null;
    }

    private static String orEmpty(Object value) {
        return value instanceof String string ? string : "";
    }
}
