package org.charta.core.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The located threads of a charter, kept from one re-anchoring to the next so that only sections that changed are
 * located again. After an edit, a merge, a checkout or a sync, {@link #update} is given every thread and the
 * current section texts. It reuses the previous result of each section whose text is the same and whose threads
 * are equal to the previous ones. In a section with the same text but changed threads (a reply, a move event, a
 * new thread), only the threads that differ are located again. Every other section is located from scratch.
 *
 * <p>A location depends only on the thread's record and its section's text, so a reused result is the one a full
 * {@link ThreadLocator#locateAll} would give. Whatever was reused, {@code update} checks that anchored, text-changed
 * and orphaned threads add up to the number of threads.
 *
 * <p>{@code update} is synchronized, because the background task that re-anchors after a merge may overlap one
 * started by an edit. The cache keeps a reference to each section's text and threads until the next update.
 */
public final class ThreadLocations {

    /** Locates the threads of one section; the text is empty when the section no longer exists. */
    @FunctionalInterface
    interface SectionLocator {
        List<LocatedThread> locate(String sectionId, Optional<String> text, List<CommentThread> threads);
    }

    /** The state of one section at the last update: its text and its located threads by thread id. */
    private record SectionResult(Optional<String> text, Map<String, LocatedThread> located) {
    }

    private final SectionLocator locator;
    private Map<String, SectionResult> sections = Map.of();

    /** Creates an empty cache: the first update locates every thread. */
    public ThreadLocations() {
        this(ThreadLocations::locateSection);
    }

    /** Creates a cache that locates through the given function, so that a test can count the calls. */
    ThreadLocations(SectionLocator locator) {
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    /**
     * Locates every thread in the current texts, reusing the previous results of unchanged sections.
     *
     * @param threads     every thread of the charter; each is looked for in the section of its tracked anchor
     * @param sectionText returns the current text of a section, or empty (never null) when the section no longer
     *                    exists. It is called once per section that has threads.
     * @return the located threads, in the order of {@code threads}
     * @throws IllegalArgumentException when two threads have the same id
     * @throws IllegalStateException    when anchored, text-changed and orphaned threads do not add up to the
     *                                  number of threads
     */
    public synchronized List<LocatedThread> update(Collection<CommentThread> threads,
                                                   Function<String, Optional<String>> sectionText) {
        Map<String, List<CommentThread>> bySection = groupBySection(threads);

        Map<String, SectionResult> next = new HashMap<>();
        for (Map.Entry<String, List<CommentThread>> entry : bySection.entrySet()) {
            String sectionId = entry.getKey();
            Optional<String> text = Objects.requireNonNull(sectionText.apply(sectionId), "section text");
            next.put(sectionId, updateSection(sectionId, text, entry.getValue(), sections.get(sectionId)));
        }

        List<LocatedThread> located = new ArrayList<>(threads.size());
        for (CommentThread thread : threads) {
            located.add(next.get(thread.sectionId()).located().get(thread.id()));
        }
        checkEveryThreadCounted(threads.size(), located);
        sections = next;
        return located;
    }

    /** Forgets every result, so that the next update locates every thread. */
    public synchronized void clear() {
        sections = Map.of();
    }

    private static Map<String, List<CommentThread>> groupBySection(Collection<CommentThread> threads) {
        Map<String, List<CommentThread>> bySection = new LinkedHashMap<>();
        Map<String, CommentThread> byId = new HashMap<>();
        for (CommentThread thread : threads) {
            if (byId.put(thread.id(), thread) != null) {
                throw new IllegalArgumentException("Thread id " + thread.id() + " appears twice");
            }
            bySection.computeIfAbsent(thread.sectionId(), id -> new ArrayList<>()).add(thread);
        }
        return bySection;
    }

    /**
     * Locates the threads of one section. With the same text as before, a thread equal to the one located last
     * time keeps its result, and only the others are located. With another text, all of them are located.
     */
    private SectionResult updateSection(String sectionId, Optional<String> text, List<CommentThread> threads,
                                        SectionResult previous) {
        boolean sameText = previous != null && previous.text().equals(text);
        List<CommentThread> toLocate = new ArrayList<>();
        Map<String, LocatedThread> located = new HashMap<>();
        for (CommentThread thread : threads) {
            LocatedThread reused = sameText ? previous.located().get(thread.id()) : null;
            if (reused != null && reused.thread().equals(thread)) {
                located.put(thread.id(), reused);
            } else {
                toLocate.add(thread);
            }
        }
        if (!toLocate.isEmpty()) {
            putLocated(sectionId, toLocate, locator.locate(sectionId, text, List.copyOf(toLocate)), located);
        }
        return new SectionResult(text, located);
    }

    private static void putLocated(String sectionId, List<CommentThread> threads, List<LocatedThread> results,
                                   Map<String, LocatedThread> located) {
        if (results.size() != threads.size()) {
            throw new IllegalStateException("Section " + sectionId + ": " + results.size()
                    + " locations for " + threads.size() + " threads");
        }
        for (int i = 0; i < threads.size(); i++) {
            LocatedThread result = results.get(i);
            if (!result.thread().equals(threads.get(i))) {
                throw new IllegalStateException("Section " + sectionId + ": thread " + threads.get(i).id()
                        + " was located as " + result.id());
            }
            located.put(result.id(), result);
        }
    }

    private static void checkEveryThreadCounted(int threadCount, List<LocatedThread> located) {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        for (AnchorState state : AnchorState.values()) {
            counts.put(state, 0);
        }
        for (LocatedThread thread : located) {
            counts.merge(thread.state(), 1, Integer::sum);
        }
        int total = counts.get(AnchorState.ANCHORED) + counts.get(AnchorState.TEXT_CHANGED)
                + counts.get(AnchorState.ORPHANED);
        if (total != threadCount) {
            throw new IllegalStateException("Anchored, text-changed and orphaned threads " + counts
                    + " do not add up to the " + threadCount + " threads");
        }
    }

    /** Locates the threads of one section with {@link ThreadLocator}, which parses the section once. */
    static List<LocatedThread> locateSection(String sectionId, Optional<String> text, List<CommentThread> threads) {
        return ThreadLocator.locateAll(threads, id -> text);
    }
}
