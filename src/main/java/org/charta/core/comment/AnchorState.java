package org.charta.core.comment;

/** The outcome of finding a thread's anchor again in the current text of its section. */
public enum AnchorState {
    /** The quoted text is still there, unchanged. */
    ANCHORED,
    /** The quoted text was edited, and the thread points at the paragraph that now contains it. */
    TEXT_CHANGED,
    /** No paragraph could be matched with confidence, so the thread is shown with its original quote. */
    ORPHANED
}
