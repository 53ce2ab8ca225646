package org.charta.cli;

import org.charta.core.amend.Tally;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta vote tally}: the count of an amendment's votes with who voted what: the recorded tally once the
 * vote closed, a running count while it is open.
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
        }
        return ExitCodes.OK;
    }
}
