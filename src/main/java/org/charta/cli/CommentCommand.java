package org.charta.cli;

import picocli.CommandLine.Command;

/** {@code charta comment}: the group of commands for comment threads. Without a subcommand it prints its usage. */
@Command(name = "comment",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                CommentAddCommand.class,
                CommentListCommand.class,
                CommentReplyCommand.class,
                CommentResolveCommand.class,
                CommentReopenCommand.class
        })
final class CommentCommand extends CliCommand {

    @Override
    int run() {
        spec().commandLine().usage(cli().err());
        return ExitCodes.USAGE;
    }
}
