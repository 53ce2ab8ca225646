package org.charta.core.comment;

import java.time.Instant;
import java.util.Objects;

/**
 * One file of a thread: a comment, or the event of resolving or reopening the thread.
 *
 * @param id          the file name without {@code .json}: creation time, then random hex, so that names sort
 *                    in creation order
 * @param threadId    id of the thread, which is also the name of the thread's folder
 * @param authorName  display name of the author
 * @param authorEmail e-mail address of the author
 * @param created     when the author wrote it, to the millisecond
 * @param kind        comment, resolve or reopen
 * @param text        the comment text; empty for resolve and reopen events
 * @param anchor      where the thread points; set on the first comment of a thread only, otherwise null
 * @param stance      whether the comment argues for or against an amendment; {@link Stance#NONE} otherwise
 */
public record Comment(String id, String threadId, String authorName, String authorEmail, Instant created,
                      Kind kind, String text, Anchor anchor, Stance stance) {

    /** Kind of record in a comment file: a comment, a resolve event or a reopen event. */
    public enum Kind {
        COMMENT,
        RESOLVE,
        REOPEN
    }

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        stance = stance == null ? Stance.NONE : stance;
    }

    /** Creates a comment or event without a stance. */
    public Comment(String id, String threadId, String authorName, String authorEmail, Instant created, Kind kind,
                   String text, Anchor anchor) {
        this(id, threadId, authorName, authorEmail, created, kind, text, anchor, Stance.NONE);
    }
}
