package org.charta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code charta comment}: the group of commands for comment threads. Without a subcommand it prints a short
 * usage, one line per subcommand, and exits with {@link ExitCodes#USAGE}; {@code --help} prints the whole help.
 */
@Command(name = "comment",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                CommentAddCommand.class,
                CommentListCommand.class,
                CommentShowCommand.class,
                CommentReplyCommand.class,
                CommentEditCommand.class,
                CommentResolveCommand.class,
                CommentReopenCommand.class,
                CommentReattachCommand.class,
                CommentExportCommand.class
        })
final class CommentCommand extends CliCommand {

    @Override
    int run() {
        CommandLine comment = spec().commandLine();
        PrintWriter err = cli().err();
        err.print(comment.getHelp().synopsisHeading() + comment.getHelp().abbreviatedSynopsis());
        for (CommandLine subcommand : comment.getSubcommands().values()) {
            err.print("  " + subcommand.getHelp().abbreviatedSynopsis());
        }
        err.println(cli().text("comment.usageHint"));
        return ExitCodes.USAGE;
    }
}
