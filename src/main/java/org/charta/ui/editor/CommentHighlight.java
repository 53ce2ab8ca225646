package org.charta.ui.editor;

import java.util.Objects;

/**
 * A stretch of the editor's text that a comment thread points at, shown with a background colour.
 *
 * @param start    offset of the first highlighted character
 * @param end      offset just after the last highlighted character
 * @param threadId the thread the stretch belongs to
 * @param kind     the thread's state, which picks the colour
 */
public record CommentHighlight(int start, int end, String threadId, Kind kind) {

    public CommentHighlight {
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Highlight range " + start + ".." + end + " is not a range");
        }
    }

    /** The state of a highlighted thread. */
    public enum Kind {
        /** An open thread on text that is still as it was quoted. */
        OPEN("comment-open"),
        /** A resolved thread, shown lighter. */
        RESOLVED("comment-resolved"),
        /** A thread whose quoted text was edited: its whole paragraph is shown in another colour. */
        TEXT_CHANGED("comment-changed");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        String styleClass() {
            return styleClass;
        }
    }

    int length() {
        return end - start;
    }
}
