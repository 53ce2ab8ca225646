package org.charta.cli;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta vote open}: opens the vote on a proposed amendment; coordinators only. */
@Command(name = "open")
final class VoteOpenCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amendment")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentRecord record = Votes.open(repository, id, identity(repository));
            String closes = record.vote().closes();
            if (closes == null) {
                cli().say("vote.opened", record.title(), id);
            } else {
                cli().say("vote.openedUntil", record.title(), id, CliDates.format(java.time.Instant.parse(closes), cli().locale()));
            }
        }
        return ExitCodes.OK;
    }
}
