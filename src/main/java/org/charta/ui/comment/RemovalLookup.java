package org.charta.ui.comment;

import org.charta.core.ChartaException;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the commit that removed an orphaned thread's text, walking the history once per thread. A result stays
 * valid while the thread's tracked anchor and the repository's HEAD are those it was computed for, so a new
 * record, sync or checkout looks again.
 */
final class RemovalLookup {

    private record Entry(Anchor anchor, ObjectId head, Optional<OrphanHistory.Removal> removal) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** Returns the commit that removed the thread's text, reading through a repository object of the caller's own. */
    Optional<OrphanHistory.Removal> find(CharterRepository repository, CommentThread thread) throws ChartaException {
        ObjectId head = head(repository);
        Entry cached = cache.get(thread.id());
        if (cached != null && cached.anchor().equals(thread.trackedAnchor()) && Objects.equals(cached.head(), head)) {
            return cached.removal();
        }

        Optional<OrphanHistory.Removal> removal = OrphanHistory.removal(repository, thread);
        cache.put(thread.id(), new Entry(thread.trackedAnchor(), head, removal));
        return removal;
    }

    private static ObjectId head(CharterRepository repository) throws ChartaException {
        try {
            return repository.repository().resolve(Constants.HEAD);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }
}
