package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta comment resolve}: marks a thread resolved, which {@code --resolved} and {@code --all} still list. */
@Command(name = "resolve")
final class CommentResolveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        Identity author = identityFor(charter.folder());
        CommentStore store = new CommentStore(charter.folder());

        store.resolve(threadId, author);
        cli().say("comment.resolved", store.thread(threadId).map(CommentThread::id).orElse(threadId));
        return ExitCodes.OK;
    }
}
