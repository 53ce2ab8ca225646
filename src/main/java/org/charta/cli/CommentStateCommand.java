package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Base of {@code comment resolve} and {@code comment reopen}: one event on a thread of the work tree, or with
 * {@code --amendment} on a thread of that amendment's deliberation, then one line naming it.
 */
abstract class CommentStateCommand extends CliCommand {

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.threadAmendment")
    private String amendment;

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    /** Writes the event for the thread of the work tree, given by its full id. */
    abstract void change(CommentStore store, String thread, Identity author) throws ChartaException;

    /** Writes the event for a thread of the amendment's deliberation (an id or a unique prefix). */
    abstract void changeOnAmendment(CharterRepository repository, String amendmentId, String thread, Identity author)
            throws ChartaException;

    /** Returns the key of the line printed after the change, whose one argument is the full thread id. */
    abstract String doneKey();

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        if (amendment != null) {
            try (CharterRepository repository = CharterRepository.open(charter.folder())) {
                CommentThread thread = Deliberation.thread(repository, amendment, threadId);
                changeOnAmendment(repository, amendment, thread.id(), identity(repository));
                cli().say(doneKey(), thread.id());
            }
            return ExitCodes.OK;
        }
        Identity author = identityFor(charter.folder());
        CommentStore store = new CommentStore(charter.folder());
        CommentThread thread = CharterThreads.requireThread(charter.folder(), store, threadId);

        change(store, thread.id(), author);
        cli().say(doneKey(), thread.id());
        return ExitCodes.OK;
    }
}
