package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.comment.CommentStore;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;

/** {@code charta comment reopen}: reopens a resolved thread. */
@Command(name = "reopen")
final class CommentReopenCommand extends CommentStateCommand {

    @Override
    void change(CommentStore store, String thread, Identity author) throws ChartaException {
        store.reopen(thread, author);
    }

    @Override
    void changeOnAmendment(CharterRepository repository, String amendmentId, String thread, Identity author)
            throws ChartaException {
        Deliberation.reopen(repository, amendmentId, thread, author);
    }

    @Override
    String doneKey() {
        return "comment.reopened";
    }
}
