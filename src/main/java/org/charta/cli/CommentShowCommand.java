package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.OrphanHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta comment show}: one thread in full, with where it is now, the word diff of its changed text or the
 * commit that removed it, and every comment numbered, with its id and earlier wordings.
 */
@Command(name = "show")
final class CommentShowCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        CharterThreads threads = CharterThreads.of(charter);
        CommentThread thread = CharterThreads.requireThread(charter.folder(), threads.store(), threadId);
        if (thread.anchor().isAmendment()) {
            throw new ChartaException("cli.error.threadOnAmendment", thread.id(), thread.anchor().amendment());
        }
        LocatedThread located = threads.located(thread);
        OrphanHistory.Removal removal = threads.removals(List.of(located)).get(thread.id());

        if (json) {
            Json.print(cli().out(), ThreadJson.of(located, removal));
        } else {
            new ThreadPrinter(cli()).printFull(located, removal);
        }
        return ExitCodes.OK;
    }
}
