package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Members;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta member remove}: removes a member. */
@Command(name = "remove")
final class MemberRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "EMAIL", descriptionKey = "param.member.email")
    private String email;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            Members.remove(repository, email, identity(repository));
        }
        cli().say("member.removed", email.strip());
        return ExitCodes.OK;
    }
}
