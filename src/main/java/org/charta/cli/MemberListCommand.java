package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code charta member list}: the governance rules and the members of the local main text's manifest, which votes
 * and role checks use whichever branch is checked out, in manifest order, with their roles.
 */
@Command(name = "list")
final class MemberListCommand extends CliCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        Governance rules;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            rules = Governance.ofMainText(repository);
        }

        if (json) {
            Json.print(cli().out(), RulesJson.of(rules));
            return ExitCodes.OK;
        }
        CliContext cli = cli();
        String period = rules.votingDays() == null ? cli.text("member.noPeriod")
                : cli.text("member.period", rules.votingDays());
        cli.say("member.rules", cli.text("member.majority." + rules.majority().key()),
                Math.round(rules.quorum() * 100), rules.quorumVotes(), rules.members().size(), period);
        if (rules.members().isEmpty()) {
            cli.say("member.none");
        }
        for (Member member : rules.members()) {
            cli.say("member.line", member.name(), member.email(), cli.text("member.role." + member.role().key()));
        }
        return ExitCodes.OK;
    }

    /** The {@code --json} output: the rules and the members. */
    @JsonPropertyOrder({"quorum", "quorumVotes", "majority", "votingDays", "members"})
    record RulesJson(double quorum, int quorumVotes, String majority, Integer votingDays, List<MemberJson> members) {

        static RulesJson of(Governance rules) {
            return new RulesJson(rules.quorum(), rules.quorumVotes(), rules.majority().key(), rules.votingDays(),
                    rules.members().stream().map(MemberJson::of).toList());
        }
    }

    /** A member in the {@code --json} output. */
    @JsonPropertyOrder({"name", "email", "role"})
    record MemberJson(String name, String email, String role) {

        static MemberJson of(Member member) {
            return new MemberJson(member.name(), member.email(), member.role().key());
        }
    }
}
