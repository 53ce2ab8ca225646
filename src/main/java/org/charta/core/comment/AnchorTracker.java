package org.charta.core.comment;

import java.util.List;
import java.util.Map;

/**
 * Follows threads across one change of the charter's text (an edit recorded, a merge, a sync): where the
 * paragraph diff ({@link org.charta.core.diff.Comparisons}, the same move detection the diff views use) pairs a
 * thread's old paragraph with a paragraph elsewhere, and the tracked anchor would not find it there, the thread
 * moves with it.
 */
public final class AnchorTracker {

    private AnchorTracker() {
    }

    /**
     * Computes the moves of threads between two versions of the charter.
     *
     * @param threads  the threads, as read after the change
     * @param oldTexts section texts before the change, by section id
     * @param newTexts section texts after the change, by section id
     * @return one move per thread that must follow its paragraph; threads that stay findable are not listed
     */
    public static List<ThreadMove> follow(List<CommentThread> threads, Map<String, String> oldTexts,
                                          Map<String, String> newTexts) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the tracker helper");
    }
}
