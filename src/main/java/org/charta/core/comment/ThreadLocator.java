package org.charta.core.comment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Locates threads in the current text: each tracked anchor through {@link AnchorResolver}, then the state from a
 * comparison with the reference quote. Checks that anchored, text-changed and orphaned threads add up to the
 * number of threads.
 */
public final class ThreadLocator {

    private ThreadLocator() {
    }

    /**
     * Locates every thread, reading each section's text once.
     *
     * @param sectionText the current text of a section, or empty when the section no longer exists
     * @return the threads in the order given
     * @throws IllegalStateException when the states do not add up to the number of threads
     */
    public static List<LocatedThread> locateAll(Collection<CommentThread> threads,
                                                Function<String, Optional<String>> sectionText) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }

    /** Locates one thread in the current text of its section. */
    public static LocatedThread locate(CommentThread thread, String sectionText) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }
}
