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
 * @param kind        what the file records, see {@link Kind}
 * @param text        the comment text, or for an edit the new wording; empty for the other events
 * @param anchor      where the thread points: set on the first comment of a thread and on reattach and move
 *                    events, otherwise null
 * @param stance      whether the comment argues for or against an amendment; {@link Stance#NONE} otherwise
 * @param target      for an edit, the id of the comment whose wording it replaces; for a move, the id of the
 *                    first comment, reattach or move event whose anchor it followed; otherwise null
 */
public record Comment(String id, String threadId, String authorName, String authorEmail, Instant created,
                      Kind kind, String text, Anchor anchor, Stance stance, String target) {

    /** Kind of record in a comment file. Files are never rewritten: each change is a new file. */
    public enum Kind {
        /** A comment: the first one of the thread, with its anchor, or a reply. */
        COMMENT,
        RESOLVE,
        REOPEN,
        /** A new wording of the comment named by {@code target}, written by that comment's author. */
        EDIT,
        /** A person attached the thread by hand to new text; {@code anchor} is the new place and quote. */
        REATTACH,
        /**
         * Charta followed the thread's paragraph to a new place (another section, or a paragraph the diff
         * pairs with the old one); {@code anchor} is the new place. The thread's reference quote stays.
         */
        MOVE
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

    /** Creates a comment or event that edits nothing. */
    public Comment(String id, String threadId, String authorName, String authorEmail, Instant created, Kind kind,
                   String text, Anchor anchor, Stance stance) {
        this(id, threadId, authorName, authorEmail, created, kind, text, anchor, stance, null);
    }

    /** Creates a comment or event without a stance. */
    public Comment(String id, String threadId, String authorName, String authorEmail, Instant created, Kind kind,
                   String text, Anchor anchor) {
        this(id, threadId, authorName, authorEmail, created, kind, text, anchor, Stance.NONE);
    }

    /** Returns this comment with another wording, as shown after an edit. */
    public Comment withText(String newText) {
        return new Comment(id, threadId, authorName, authorEmail, created, kind, newText, anchor, stance, target);
    }
}
