package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.ChartaException;
import org.charta.core.amend.Deliberation;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import org.charta.core.git.CharterRepository;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code charta comment list --amendment ID}: the deliberation on an amendment. The arguments for and against it
 * come first, apart, then every thread on the amendment and on the paragraphs of its text with all comments.
 * Everything printed comes from co-authors, so it goes through {@link TerminalText}.
 */
final class AmendmentCommentList {

    private final CliContext cli;
    private final boolean json;

    AmendmentCommentList(CliContext cli, boolean json) {
        this.cli = cli;
        this.json = json;
    }

    int print(Path charterFolder, String id) throws ChartaException {
        List<CommentThread> threads = new ArrayList<>();
        try (CharterRepository repository = CharterRepository.open(charterFolder)) {
            threads.addAll(Deliberation.amendmentThreads(repository, id));
            threads.addAll(Deliberation.paragraphThreads(repository, id));
        }
        List<ArgumentJson> arguments = new ArrayList<>();
        for (CommentThread thread : threads) {
            thread.comments().stream()
                    .filter(comment -> comment.stance() != Stance.NONE)
                    .forEach(comment -> arguments.add(ArgumentJson.of(thread, comment)));
        }
        DeliberationJson deliberation = new DeliberationJson(id, withStance(arguments, Stance.FOR),
                withStance(arguments, Stance.AGAINST), threads.stream().map(DeliberationThreadJson::of).toList());

        if (json) {
            Json.print(cli.out(), deliberation);
        } else if (threads.isEmpty()) {
            cli.say("comment.amendmentNone", id);
        } else {
            printText(deliberation);
        }
        return ExitCodes.OK;
    }

    private void printText(DeliberationJson deliberation) {
        cli.say("comment.argumentsFor", deliberation.argumentsFor().size());
        deliberation.argumentsFor().forEach(argument -> printComment(argument.comment()));
        cli.say("comment.argumentsAgainst", deliberation.argumentsAgainst().size());
        deliberation.argumentsAgainst().forEach(argument -> printComment(argument.comment()));
        cli.say("comment.threads", deliberation.threads().size());
        for (DeliberationThreadJson thread : deliberation.threads()) {
            String state = cli.text(thread.resolved() ? "comment.resolvedState" : "comment.openState");
            if (thread.section() == null) {
                cli.say("comment.amendmentHeading", thread.id(), state);
            } else {
                cli.say("comment.paragraphHeading", thread.id(), thread.section(), thread.paragraph(), state);
                cli.out().println("  > " + TerminalText.safeLine(thread.quote().replaceAll("\\s+", " ").strip()));
            }
            thread.comments().forEach(this::printComment);
        }
    }

    private void printComment(ThreadJson.CommentJson comment) {
        String created = CliDates.format(Instant.parse(comment.created()), cli.locale());
        String stance = comment.stance() == null ? "" : " [" + cli.text("comment.stance." + comment.stance()) + "]";
        String text = TerminalText.safe(comment.text()).replace("\n", "\n    ");
        cli.out().println("  " + TerminalText.safeLine(comment.author()) + " (" + created + ")" + stance + ": "
                + text);
    }

    private static List<ArgumentJson> withStance(List<ArgumentJson> arguments, Stance stance) {
        return arguments.stream().filter(argument -> stance.key().equals(argument.comment().stance())).toList();
    }

    /** The {@code --json} output: the amendment id, its arguments for and against, and its threads. */
    @JsonPropertyOrder({"amendment", "for", "against", "threads"})
    record DeliberationJson(String amendment,
                            @JsonProperty("for") List<ArgumentJson> argumentsFor,
                            @JsonProperty("against")
                            List<ArgumentJson> argumentsAgainst,
                            List<DeliberationThreadJson> threads) {
    }

    /** An argument: the thread it belongs to and the comment. */
    @JsonPropertyOrder({"thread", "comment"})
    record ArgumentJson(String thread, ThreadJson.CommentJson comment) {

        static ArgumentJson of(CommentThread thread, Comment comment) {
            return new ArgumentJson(thread.id(), ThreadJson.CommentJson.of(thread, comment));
        }
    }

    /**
     * A thread of the deliberation: {@code section}, {@code paragraph} and {@code quote} are null for a thread on
     * the whole amendment; for a thread on a paragraph, {@code paragraph} is the number recorded when it started.
     */
    @JsonPropertyOrder({"id", "section", "paragraph", "resolved", "quote", "comments"})
    record DeliberationThreadJson(String id, String section, Integer paragraph, boolean resolved, String quote,
                                  List<ThreadJson.CommentJson> comments) {

        static DeliberationThreadJson of(CommentThread thread) {
            List<ThreadJson.CommentJson> comments = ThreadJson.CommentJson.of(thread);
            if (thread.anchor().isAmendment()) {
                return new DeliberationThreadJson(thread.id(), null, null, thread.resolved(), null, comments);
            }
            return new DeliberationThreadJson(thread.id(), thread.sectionId(), thread.anchor().paragraph(),
                    thread.resolved(), thread.anchor().quote(), comments);
        }
    }
}
