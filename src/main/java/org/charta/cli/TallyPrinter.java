package org.charta.cli;

import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteLine;
import org.charta.core.amend.VoteResult;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a tally for {@code vote tally} and {@code vote close}: the result, the counts, the quorum and rule, then
 * one line per vote file with the reason a vote is not counted. Names and reasons come from co-authors, so every
 * line goes through {@link TerminalText}.
 */
final class TallyPrinter {

    private final CliContext cli;

    TallyPrinter(CliContext cli) {
        this.cli = cli;
    }

    void print(String id, Tally tally) {
        if (tally.result() == VoteResult.OPEN) {
            cli.say("vote.result.open", id, cli.text("vote.outcome." + key(tally.outcomeIfClosed())));
        } else {
            cli.say("vote.result.closed", id, cli.text("vote.outcome." + key(tally.result())));
        }
        cli.say("vote.counts", tally.forVotes(), tally.against(), tally.abstain(), tally.block());
        cli.say("vote.quorum", tally.validVotes(), tally.members(), tally.quorumVotes(),
                Math.round(tally.quorum() * 100), tally.quorumReached() ? 1 : 0);
        cli.say("vote.majority", cli.text("member.majority." + tally.majority().key()));
        if (tally.lines().isEmpty()) {
            cli.say("vote.noVotes");
            return;
        }
        cli.say("vote.votes");
        for (VoteLine line : tally.lines()) {
            printLine(line);
        }
    }

    private void printLine(VoteLine line) {
        String choice = line.choice() == null ? "?" : cli.text("vote.choice." + line.choice().key());
        String reason = line.reason().isBlank() ? "" : " " + cli.text("vote.reason", line.reason());
        String invalid = line.invalid() == null ? "" : " " + cli.text("vote.notCounted",
                cli.text("vote.invalid." + key(line.invalid())));
        String voter = line.email().isEmpty() ? line.path() : line.name() + " <" + line.email() + ">";
        cli.out().println("  " + TerminalText.safeLine(voter + ": " + choice + reason + invalid));
    }

    /**
     * The {@code --json} output: {@code amendment}, the fields of {@link Tally#toRecord()}, then {@code quorumVotes}
     * and {@code outcomeIfClosed}, the result the counts would give if the vote closed now.
     */
    static Map<String, Object> json(String id, Tally tally) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amendment", id);
        json.putAll(tally.toRecord());
        json.put("quorumVotes", tally.quorumVotes());
        json.put("outcomeIfClosed", key(tally.outcomeIfClosed()));
        return json;
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
