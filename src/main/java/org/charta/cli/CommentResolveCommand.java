package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.comment.CommentStore;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;

/** {@code charta comment resolve}: marks a thread resolved, which {@code --resolved} and {@code --all} still list. */
@Command(name = "resolve")
final class CommentResolveCommand extends CommentStateCommand {

    @Override
    void change(CommentStore store, String thread, Identity author) throws ChartaException {
        store.resolve(thread, author);
    }

    @Override
    void changeOnAmendment(CharterRepository repository, String amendmentId, String thread, Identity author)
            throws ChartaException {
        Deliberation.resolve(repository, amendmentId, thread, author);
    }

    @Override
    String doneKey() {
        return "comment.resolved";
    }
}
