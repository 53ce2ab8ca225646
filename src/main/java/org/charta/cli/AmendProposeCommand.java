package org.charta.cli;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta amend propose}: turns a draft into a proposal, which the next sync shares. */
@Command(name = "propose")
final class AmendProposeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentRecord record = Amendments.propose(repository, id, identity(repository));
            cli().say("amend.proposed", record.title(), record.id());
            if (Amendments.summary(repository, id).changedSections().isEmpty()) {
                cli().sayError("amend.proposedWithoutChange", record.id());
            }
        }
        return ExitCodes.OK;
    }
}
