package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteResult;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta vote tally}: the count of an amendment's votes with who voted what: a recount of the vote files at
 * the closing commit once the vote closed, a running count while it is open. A closed vote whose record states
 * another decision than the recount, or that a non-coordinator closed, is reported on the error stream and ends
 * with a failure exit code.
 */
@Command(name = "tally")
final class VoteTallyCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amendment")
    private String id;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            Tally tally = Votes.tally(repository, id);
            if (json) {
                Json.print(cli().out(), TallyPrinter.json(id, tally));
            } else {
                new TallyPrinter(cli()).print(id, tally);
            }
            if (tally.result() != VoteResult.OPEN) {
                return checkDecision(repository);
            }
        }
        return ExitCodes.OK;
    }

    /** Says on the error stream, and by the exit code, when the record's decision does not match the vote files. */
    private int checkDecision(CharterRepository repository) {
        try {
            Votes.requireTrustedDecision(repository, id);
            return ExitCodes.OK;
        } catch (ChartaException e) {
            cli().err().println(TerminalText.safeLine(CliErrors.message(e, cli().locale())));
            return ExitCodes.FAILURE;
        }
    }
}
