package org.charta.ui.comment;

import org.charta.core.comment.AnchorLocation;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.diff.DiffSegment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A thread and where its anchor sits in the current text of its section, as the panel shows it.
 *
 * @param located   the thread as {@link org.charta.core.comment.ThreadLocator} located it
 * @param quoteDiff the word diff from the reference quote to the current text, computed off the JavaFX thread. It
 *                  is empty unless the thread's text changed.
 */
public record ThreadItem(LocatedThread located, List<DiffSegment> quoteDiff) {

    /** Paragraph order; orphaned threads come last, oldest first. */
    static final Comparator<ThreadItem> PARAGRAPH_ORDER = Comparator
            .comparing(ThreadItem::isOrphaned)
            .thenComparingInt(item -> item.location().paragraph())
            .thenComparingInt(item -> item.location().start())
            .thenComparing(item -> item.thread().first().created())
            .thenComparing(ThreadItem::id);

    public ThreadItem {
        Objects.requireNonNull(located, "located");
        quoteDiff = List.copyOf(quoteDiff);
    }

    /** Wraps a located thread, computing its quote diff when its text changed: call it off the JavaFX thread. */
    static ThreadItem of(LocatedThread located) {
        boolean changed = located.state() == AnchorState.TEXT_CHANGED;
        return new ThreadItem(located, changed ? located.quoteDiff() : List.of());
    }

    public CommentThread thread() {
        return located.thread();
    }

    public AnchorLocation location() {
        return located.location();
    }

    public String id() {
        return located.id();
    }

    public String sectionId() {
        return located.sectionId();
    }

    public boolean isOrphaned() {
        return located.orphaned();
    }
}
