package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;

import java.time.Instant;
import java.util.Optional;

/** Finds the commit that removed an orphaned thread's text, to show beside its original quote. */
public final class OrphanHistory {

    /**
     * The commit after which a thread's text could no longer be found.
     *
     * @param commitId full commit id
     * @param summary  first line of its message
     * @param author   its author's name
     * @param when     its author time
     */
    public record Removal(String commitId, String summary, String author, Instant when) {
    }

    private OrphanHistory() {
    }

    /**
     * Walks the first-parent history of HEAD back from the newest commit, to the first commit in which the
     * thread's tracked anchor is found; the commit after it removed the text.
     *
     * @return empty when the thread is found at HEAD, or no removal is found in the history searched
     */
    public static Optional<Removal> removal(CharterRepository repository, CommentThread thread)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }
}
