package org.charta.testing;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.ThreadLocator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Locates the threads of a charter's work tree with {@link ThreadLocator} and checks that the states add up. */
public final class LocatedThreads {

    private LocatedThreads() {
    }

    /**
     * Locates every thread of the work tree in the current section texts, and asserts that anchored, text-changed
     * and orphaned threads add up to the number of threads.
     */
    public static List<LocatedThread> locateAll(Path charterFolder) throws ChartaException {
        Charter charter = Charter.open(charterFolder);
        List<CommentThread> threads = new CommentStore(charterFolder).threads();

        List<LocatedThread> located = ThreadLocator.locateAll(threads, id -> sectionText(charter, id));

        long anchored = count(located, AnchorState.ANCHORED);
        long textChanged = count(located, AnchorState.TEXT_CHANGED);
        long orphaned = count(located, AnchorState.ORPHANED);
        assertThat(anchored + textChanged + orphaned).as("anchored + text changed + orphaned")
                .isEqualTo(threads.size());
        assertThat(located).hasSameSizeAs(threads);
        return located;
    }

    /** Locates one thread of the work tree, after checking that all of them add up. */
    public static LocatedThread locate(Path charterFolder, String threadId) throws ChartaException {
        return locateAll(charterFolder).stream()
                .filter(thread -> thread.id().equals(threadId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No thread " + threadId + " in " + charterFolder));
    }

    /** Counts the files of a thread's folder: its comments and its events. */
    public static long fileCount(Path charterFolder, String threadId) {
        try (Stream<Path> files = Files.list(charterFolder.resolve(CommentStore.COMMENTS_FOLDER).resolve(threadId))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(List<LocatedThread> located, AnchorState state) {
        return located.stream().filter(thread -> thread.state() == state).count();
    }

    private static Optional<String> sectionText(Charter charter, String sectionId) {
        if (charter.manifest().section(sectionId).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(charter.readSection(sectionId));
        } catch (ChartaException e) {
            return Optional.empty();
        }
    }
}
