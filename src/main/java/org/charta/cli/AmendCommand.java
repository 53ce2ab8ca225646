package org.charta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code charta amend}: the group of commands for amendments. Without a subcommand it prints a short usage, one
 * line per subcommand, and exits with {@link ExitCodes#USAGE}; {@code --help} prints the whole help.
 */
@Command(name = "amend",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                AmendNewCommand.class,
                AmendEditCommand.class,
                AmendListCommand.class,
                AmendShowCommand.class,
                AmendDiffCommand.class,
                AmendProposeCommand.class,
                AmendUpdateCommand.class,
                AmendWithdrawCommand.class,
                AmendMergeCommand.class
        })
final class AmendCommand extends CliCommand {

    @Override
    int run() {
        CommandLine amend = spec().commandLine();
        PrintWriter err = cli().err();
        err.print(amend.getHelp().synopsisHeading() + amend.getHelp().abbreviatedSynopsis());
        for (CommandLine subcommand : amend.getSubcommands().values()) {
            err.print("  " + subcommand.getHelp().abbreviatedSynopsis());
        }
        err.println(cli().text("amend.usageHint"));
        return ExitCodes.USAGE;
    }
}
