package org.charta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code charta translate}: the group of commands for translations of sections. Without a subcommand it prints a
 * short usage, one line per subcommand, and exits with {@link ExitCodes#USAGE}.
 */
@Command(name = "translate",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                TranslateAddCommand.class,
                TranslateImportCommand.class,
                TranslateStatusCommand.class,
                TranslateMarkCommand.class
        })
final class TranslateCommand extends CliCommand {

    @Override
    int run() {
        CommandLine translate = spec().commandLine();
        PrintWriter err = cli().err();
        err.print(translate.getHelp().synopsisHeading() + translate.getHelp().abbreviatedSynopsis());
        for (CommandLine subcommand : translate.getSubcommands().values()) {
            err.print("  " + subcommand.getHelp().abbreviatedSynopsis());
        }
        err.println(cli().text("translate.usageHint"));
        return ExitCodes.USAGE;
    }
}
