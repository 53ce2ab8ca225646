package org.charta.ui.comment;

import org.charta.core.comment.AnchorLocation;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentThread;

import java.util.Comparator;

/**
 * A thread of the open section and where its anchor sits in the editor's current text.
 *
 * @param thread   the thread as read from its comment files
 * @param location the anchor's place in the text, as last re-located
 */
public record ThreadItem(CommentThread thread, AnchorLocation location) {

    /** Paragraph order; orphaned threads come last, oldest first. */
    static final Comparator<ThreadItem> PARAGRAPH_ORDER = Comparator
            .comparing((ThreadItem item) -> item.location().state() == AnchorState.ORPHANED)
            .thenComparingInt(item -> item.location().paragraph())
            .thenComparingInt(item -> item.location().start())
            .thenComparing(item -> item.thread().first().created())
            .thenComparing(item -> item.thread().id());

    public String id() {
        return thread.id();
    }

    public boolean isOrphaned() {
        return location.state() == AnchorState.ORPHANED;
    }
}
