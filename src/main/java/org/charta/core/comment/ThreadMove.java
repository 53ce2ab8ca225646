package org.charta.core.comment;

import java.util.Objects;

/**
 * A thread whose paragraph went elsewhere and the anchor that finds it there, as {@link AnchorTracker} computes
 * it; {@link CommentStore#recordMoves} writes it as a move event.
 *
 * @param threadId id of the thread
 * @param anchor   the thread's new place: section, quote and context in the new text
 */
public record ThreadMove(String threadId, Anchor anchor) {

    public ThreadMove {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(anchor, "anchor");
    }
}
