package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import picocli.CommandLine.Parameters;

/** Base of {@code comment resolve} and {@code comment reopen}: one event on a thread, then one line naming it. */
abstract class CommentStateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    /** Writes the event for the thread (an id or a unique prefix). */
    abstract void change(CommentStore store, String thread, Identity author) throws ChartaException;

    /** Returns the key of the line printed after the change, whose one argument is the full thread id. */
    abstract String doneKey();

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        Identity author = identityFor(charter.folder());
        CommentStore store = new CommentStore(charter.folder());

        change(store, threadId, author);
        cli().say(doneKey(), store.thread(threadId).map(CommentThread::id).orElse(threadId));
        return ExitCodes.OK;
    }
}
