package org.charta.cli;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta amend withdraw}: withdraws an open amendment; its branch and record stay readable. */
@Command(name = "withdraw")
final class AmendWithdrawCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentRecord record = Amendments.withdraw(repository, id, identity(repository));
            cli().say("amend.withdrawn", record.title(), record.id());
        }
        return ExitCodes.OK;
    }
}
