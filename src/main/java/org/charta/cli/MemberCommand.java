package org.charta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code charta member}: the group of commands for the members of the charter and their roles. Without a
 * subcommand it prints a short usage, one line per subcommand, and exits with {@link ExitCodes#USAGE}.
 */
@Command(name = "member",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                MemberAddCommand.class,
                MemberListCommand.class,
                MemberRemoveCommand.class
        })
final class MemberCommand extends CliCommand {

    @Override
    int run() {
        return printShortUsage(this, "member.usageHint");
    }

    /** Prints the synopsis of a command group and of each of its subcommands, then a hint, on standard error. */
    static int printShortUsage(CliCommand group, String hintKey) {
        CommandLine command = group.spec().commandLine();
        PrintWriter err = group.cli().err();
        err.print(command.getHelp().synopsisHeading() + command.getHelp().abbreviatedSynopsis());
        for (CommandLine subcommand : command.getSubcommands().values()) {
            err.print("  " + subcommand.getHelp().abbreviatedSynopsis());
        }
        err.println(group.cli().text(hintKey));
        return ExitCodes.USAGE;
    }
}
