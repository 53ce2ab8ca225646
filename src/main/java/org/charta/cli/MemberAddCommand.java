package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Member;
import org.charta.core.governance.Members;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;

/** {@code charta member add}: adds a member, or changes the name and role of the member with that address. */
@Command(name = "add")
final class MemberAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.member.name")
    private String name;

    @Parameters(index = "1", paramLabel = "EMAIL", descriptionKey = "param.member.email")
    private String email;

    @Parameters(index = "2", paramLabel = "ROLE", descriptionKey = "param.member.role")
    private String role;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            List<Member> before = Members.list(repository);
            Member member = Members.add(repository, name, email, role, identity(repository));

            Optional<Member> old = before.stream().filter(m -> m.email().equalsIgnoreCase(member.email())).findFirst();
            String key = old.isEmpty() ? "member.added" : old.get().equals(member) ? "member.unchanged"
                    : "member.changed";
            cli().say(key, member.name(), member.email(), cli().text("member.role." + member.role().key()));
        }
        return ExitCodes.OK;
    }
}
