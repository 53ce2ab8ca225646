package org.charta.cli;

import org.charta.core.amend.Tally;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta vote close}: closes the vote, records the tally and prints it; coordinators only. */
@Command(name = "close")
final class VoteCloseCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amendment")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            Tally tally = Votes.close(repository, id, identity(repository));
            cli().say("vote.closed", id);
            new TallyPrinter(cli()).print(id, tally);
        }
        return ExitCodes.OK;
    }
}
