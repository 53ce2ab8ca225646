package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta comment edit}: gives one's own comment a new wording. The earlier wording stays in the thread's
 * history, and {@code CommentStore} rejects an edit by anyone but the comment's author. With {@code --amendment},
 * the comment is one of that amendment's deliberation.
 */
@Command(name = "edit")
final class CommentEditCommand extends CliCommand {

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.threadAmendment")
    private String amendment;

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Parameters(index = "1", paramLabel = "COMMENT", descriptionKey = "param.comment.comment")
    private String commentId;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "TEXT", descriptionKey = "param.comment.newText")
    private List<String> words;

    @Override
    int run() throws Exception {
        String text = CommentText.of(words);
        Charter charter = openCharter();
        if (amendment != null) {
            return editOnAmendment(charter, text);
        }
        Identity author = identityFor(charter.folder());
        CommentStore store = new CommentStore(charter.folder());
        CommentThread thread = CharterThreads.requireThread(charter.folder(), store, threadId);

        String target = CommentNumbers.commentId(thread, commentId);
        Comment edit = store.edit(thread.id(), target, text, author);
        String edited = edit.target() == null ? target : edit.target();
        cli().say("comment.edited", edited, thread.id());
        return ExitCodes.OK;
    }

    private int editOnAmendment(Charter charter, String text) throws ChartaException {
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            CommentThread thread = Deliberation.thread(repository, amendment, threadId);
            String target = CommentNumbers.commentId(thread, commentId);
            Comment edit = Deliberation.edit(repository, amendment, thread.id(), target, text, identity(repository));
            cli().say("comment.edited", edit.target() == null ? target : edit.target(), thread.id());
        }
        return ExitCodes.OK;
    }
}
