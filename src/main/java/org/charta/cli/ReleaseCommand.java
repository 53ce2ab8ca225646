package org.charta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code charta release}: the group of commands for releases of the main text. Without a subcommand it prints a
 * short usage, one line per subcommand, and exits with {@link ExitCodes#USAGE}; {@code --help} prints the whole help.
 */
@Command(name = "release",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                ReleaseTagCommand.class,
                ReleaseListCommand.class,
                ReleaseDiffCommand.class
        })
final class ReleaseCommand extends CliCommand {

    @Override
    int run() {
        CommandLine release = spec().commandLine();
        PrintWriter err = cli().err();
        err.print(release.getHelp().synopsisHeading() + release.getHelp().abbreviatedSynopsis());
        for (CommandLine subcommand : release.getSubcommands().values()) {
            err.print("  " + subcommand.getHelp().abbreviatedSynopsis());
        }
        err.println(cli().text("release.usageHint"));
        return ExitCodes.USAGE;
    }
}
