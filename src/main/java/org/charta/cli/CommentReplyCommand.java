package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code charta comment reply}: adds a reply to a thread. */
@Command(name = "reply")
final class CommentReplyCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", descriptionKey = "param.comment.text")
    private List<String> words;

    @Override
    int run() throws Exception {
        String text = CommentText.of(words);
        Charter charter = openCharter();
        Identity author = identityFor(charter.folder());

        Comment reply = new CommentStore(charter.folder()).reply(threadId, text, author);
        cli().say("comment.replied", reply.threadId());
        return ExitCodes.OK;
    }
}
