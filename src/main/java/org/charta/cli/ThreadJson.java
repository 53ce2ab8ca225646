package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.comment.Stance;

import java.util.List;
import java.util.Locale;

/**
 * A thread in the {@code --json} output of {@code comment list} and {@code comment show}.
 *
 * @param section     the section the thread is in now, which a move of its paragraph may have changed
 * @param paragraph   the paragraph number now, null when orphaned
 * @param state       {@code anchored}, {@code text_changed} or {@code orphaned}
 * @param quote       the reference quote: the text as first commented on, or as attached by hand later
 * @param currentText the text at the thread's place now, null when orphaned
 * @param removal     for an orphaned thread, the commit that removed its text when one was found; left out otherwise
 */
@JsonPropertyOrder({"id", "section", "paragraph", "state", "resolved", "quote", "currentText", "comments", "removal"})
record ThreadJson(String id, String section, Integer paragraph, String state, boolean resolved, String quote,
                  String currentText, List<CommentJson> comments,
                  @JsonInclude(JsonInclude.Include.NON_NULL) RemovalJson removal) {

    static ThreadJson of(LocatedThread located, OrphanHistory.Removal removal) {
        CommentThread thread = located.thread();
        Integer paragraph = located.orphaned() ? null : located.location().paragraph();
        return new ThreadJson(thread.id(), thread.sectionId(), paragraph, stateName(located.state()),
                thread.resolved(), thread.anchor().quote(), located.orphaned() ? null : located.currentText(),
                CommentJson.of(thread), removal == null ? null : RemovalJson.of(removal));
    }

    /** Returns the state as {@code --json} writes it and as the bundle keys {@code cli.comment.state.*} end. */
    static String stateName(AnchorState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A comment in its latest wording; {@code created} is ISO-8601 in UTC, and {@code stance} ({@code for} or
     * {@code against}) is left out for a comment without one. {@code history} contains the earlier wordings, oldest
     * first, and is empty when {@code edited} is false.
     */
    @JsonPropertyOrder({"id", "author", "email", "created", "text", "stance", "edited", "history"})
    record CommentJson(String id, String author, String email, String created, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String stance, boolean edited,
                       List<WordingJson> history) {

        /** Returns the comments of the thread, each with its earlier wordings. */
        static List<CommentJson> of(CommentThread thread) {
            return thread.comments().stream().map(comment -> of(thread, comment)).toList();
        }

        static CommentJson of(CommentThread thread, Comment comment) {
            String stance = comment.stance() == Stance.NONE ? null : comment.stance().key();
            List<Comment> wordings = thread.wordings(comment.id());
            List<WordingJson> earlier = thread.edited(comment.id())
                    ? wordings.subList(0, wordings.size() - 1).stream().map(WordingJson::of).toList()
                    : List.of();
            return new CommentJson(comment.id(), comment.authorName(), comment.authorEmail(),
                    comment.created().toString(), comment.text(), stance, thread.edited(comment.id()), earlier);
        }
    }

    /** An earlier wording of a comment: when it was written (ISO-8601 in UTC) and its text. */
    @JsonPropertyOrder({"created", "text"})
    record WordingJson(String created, String text) {

        static WordingJson of(Comment wording) {
            return new WordingJson(wording.created().toString(), wording.text());
        }
    }

    /** The commit after which an orphaned thread's text was no longer found; {@code time} is ISO-8601 in UTC. */
    @JsonPropertyOrder({"commit", "author", "time", "summary"})
    record RemovalJson(String commit, String author, String time, String summary) {

        static RemovalJson of(OrphanHistory.Removal removal) {
            return new RemovalJson(removal.commitId(), removal.author(), removal.when().toString(),
                    removal.summary());
        }
    }
}
