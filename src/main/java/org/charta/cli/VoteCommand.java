package org.charta.cli;

import picocli.CommandLine.Command;

/**
 * {@code charta vote}: the group of commands that open, cast, close and count the vote on an amendment. Without a
 * subcommand it prints a short usage, one line per subcommand, and exits with {@link ExitCodes#USAGE}.
 */
@Command(name = "vote",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                VoteOpenCommand.class,
                VoteCastCommand.class,
                VoteCloseCommand.class,
                VoteTallyCommand.class
        })
final class VoteCommand extends CliCommand {

    @Override
    int run() {
        return MemberCommand.printShortUsage(this, "vote.usageHint");
    }
}
