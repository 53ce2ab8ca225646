package org.charta.core.comment;

import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;

import java.util.List;
import java.util.Objects;

/**
 * A thread and where it is in the current text.
 *
 * @param thread      the thread as read from its files
 * @param location    where its tracked anchor is found now; the state is {@link AnchorState#TEXT_CHANGED} when the
 *                    text found there differs from the reference quote ({@link CommentThread#anchor()})
 * @param currentText the text at the location now, or null when orphaned
 */
public record LocatedThread(CommentThread thread, AnchorLocation location, String currentText) {

    public LocatedThread {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(location, "location");
    }

    public String id() {
        return thread.id();
    }

    public AnchorState state() {
        return location.state();
    }

    public boolean orphaned() {
        return location.state() == AnchorState.ORPHANED;
    }

    /** Returns the section the thread is in now. */
    public String sectionId() {
        return thread.sectionId();
    }

    /**
     * Returns the word diff from the reference quote to the current text: what changed since the thread was
     * anchored. Empty when the text is unchanged or orphaned.
     */
    public List<DiffSegment> quoteDiff() {
        if (location.state() != AnchorState.TEXT_CHANGED || currentText == null) {
            return List.of();
        }
        return WordDiff.diff(thread.anchor().quote(), currentText);
    }
}
