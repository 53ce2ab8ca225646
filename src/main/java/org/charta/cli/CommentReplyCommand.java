package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta comment reply}: adds a reply to a thread of the work tree, or with {@code --amendment} to a thread
 * of that amendment's deliberation, committed where the amendment keeps its comments.
 */
@Command(name = "reply")
final class CommentReplyCommand extends CliCommand {

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.threadAmendment")
    private String amendment;

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", descriptionKey = "param.comment.text")
    private List<String> words;

    @Override
    int run() throws Exception {
        String text = CommentText.of(words);
        Charter charter = openCharter();
        if (amendment != null) {
            try (CharterRepository repository = CharterRepository.open(charter.folder())) {
                Comment reply = Deliberation.reply(repository, amendment, threadId, text, Stance.NONE,
                        identity(repository));
                cli().say("comment.replied", reply.threadId());
            }
            return ExitCodes.OK;
        }
        Identity author = identityFor(charter.folder());
        CommentStore store = new CommentStore(charter.folder());
        CommentThread thread = CharterThreads.requireThread(charter.folder(), store, threadId);

        Comment reply = store.reply(thread.id(), text, author);
        cli().say("comment.replied", reply.threadId());
        return ExitCodes.OK;
    }
}
