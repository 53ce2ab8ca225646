package org.charta.cli;

import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.VoteLine;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code charta vote cast}: casts or changes one's vote on an amendment while its vote is open. */
@Command(name = "cast")
final class VoteCastCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amendment")
    private String id;

    @Parameters(index = "1", paramLabel = "for|against|abstain|block", descriptionKey = "param.vote.choice")
    private VoteChoice choice;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "option.vote.reason")
    private String reason;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            VoteLine vote = Votes.cast(repository, id, identity(repository), choice, reason == null ? "" : reason);
            cli().say("vote.cast", cli().text("vote.choice." + vote.choice().key()), id);
        }
        return ExitCodes.OK;
    }
}
