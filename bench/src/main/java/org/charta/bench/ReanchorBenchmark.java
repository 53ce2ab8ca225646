package org.charta.bench;

import org.charta.core.comment.AnchorState;
import org.charta.core.comment.AnchorTracker;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.ThreadLocations;
import org.charta.core.comment.ThreadLocator;
import org.charta.core.comment.ThreadMove;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Re-anchoring benchmark: a generated charter of {@code bench.sections} sections (1,000) with {@code bench.threads}
 * threads (10,000), half on whole paragraphs and half on phrases, then a merge that changes
 * {@code bench.touched} sections (500): reworded, inserted and moved paragraphs, some moved to another section.
 *
 * <p>Each round starts from a {@link ThreadLocations} that has located every thread in the texts before the merge,
 * as the editor's cache has after opening the charter. It times, one after the other:
 * <ol>
 *   <li>{@link AnchorTracker#follow} over the old and new texts, and applying its moves to the threads as move
 *       events do (new tracked anchor, reference quote unchanged);</li>
 *   <li>{@link ThreadLocations#update} with the merged texts, which locates only the threads of the changed
 *       sections;</li>
 *   <li>for comparison, {@link ThreadLocator#locateAll} of every thread without the cache, on the same merged
 *       texts;</li>
 *   <li>then a single edit after the merge, one paragraph of one section reworded: the cached update and, for
 *       comparison, the full location.</li>
 * </ol>
 * Uncounted warm-up rounds come first. The extra heap is the used heap that {@link MemoryMXBean} reports after
 * {@code System.gc()}, with the cache and its results alive, minus the same figure before the cache existed. The
 * texts and threads themselves are in both figures, so they do not count. The bytes that the tracker and the
 * update allocate on this thread, garbage included, are printed beside it. The last line printed is the headline:
 * the median time of re-anchoring after the merge and the extra heap.
 *
 * <p>Usage: {@code bench/run-reanchor.sh [JVM options]}; system properties {@code bench.sections},
 * {@code bench.threads}, {@code bench.touched}, {@code bench.warmups} (5), {@code bench.repetitions} (9).
 */
public final class ReanchorBenchmark {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final int sections = Integer.getInteger("bench.sections", 1_000);
    private final int threadCount = Integer.getInteger("bench.threads", 10_000);
    private final int touched = Integer.getInteger("bench.touched", 500);
    private final int warmUps = Integer.getInteger("bench.warmups", 5);
    private final int repetitions = Integer.getInteger("bench.repetitions", 9);

    private SyntheticCharter charter;

    public static void main(String[] args) throws Exception {
        new ReanchorBenchmark().run();
    }

    private void run() throws Exception {
        printLoad("start");
        charter = SyntheticCharter.create(sections, threadCount, touched, 42);
        printCharter();

        Timings follow = new Timings("follow moves + apply them");
        Timings cached = new Timings("ThreadLocations.update (cache)");
        Timings reanchor = new Timings("re-anchoring: both steps");
        Timings full = new Timings("full location, no cache");
        Timings oneEdit = new Timings("one section edited: update");
        Timings oneEditFull = new Timings("one section edited: full location");
        for (int round = 0; round < warmUps + repetitions; round++) {
            Round result = timeRound();
            if (round == 0) {
                System.out.printf(Locale.ROOT, "first round, in a fresh JVM (not counted): follow %s ms, update %s "
                        + "ms, full location %s ms%n", ms(result.followNanos()), ms(result.updateNanos()),
                        ms(result.fullNanos()));
            }
            if (round >= warmUps) {
                follow.add(result.followNanos());
                cached.add(result.updateNanos());
                reanchor.add(result.followNanos() + result.updateNanos());
                full.add(result.fullNanos());
                oneEdit.add(result.oneEditNanos());
                oneEditFull.add(result.oneEditFullNanos());
            }
        }

        System.out.println(check());
        System.out.println(follow.summary());
        System.out.println(cached.summary());
        System.out.println(reanchor.summary());
        System.out.println(full.summary());
        System.out.println(oneEdit.summary());
        System.out.println(oneEditFull.summary());
        HeapFigures heap = measureHeap();
        System.out.printf(Locale.ROOT, "extra heap after GC: cache before the merge %.1f MB, after the update %.1f "
                + "MB; allocated by follow and update %.1f MB%n", heap.beforeMerge() / MEGABYTE,
                heap.afterUpdate() / MEGABYTE, heap.allocated() / MEGABYTE);
        printLoad("end");
        boolean met = reanchor.median() < 1_000 && heap.afterUpdate() < 200 * MEGABYTE;
        System.out.printf(Locale.ROOT, "re-anchoring %d threads after a merge of %d sections: median %s ms (tracker "
                + "%s ms, cached update %s ms), extra heap %.1f MB; goal under 1 s and 200 MB %s%n", threadCount,
                charter.counts().sections, Timings.format(reanchor.median()), Timings.format(follow.median()),
                Timings.format(cached.median()), heap.afterUpdate() / MEGABYTE, met ? "met" : "missed");
    }

    private record Round(long followNanos, long updateNanos, long fullNanos, long oneEditNanos,
                         long oneEditFullNanos) {
    }

    private Round timeRound() {
        ThreadLocations locations = new ThreadLocations();
        locations.update(charter.threads(), texts(charter.oldTexts()));

        long start = System.nanoTime();
        List<CommentThread> merged = followMoves();
        long followed = System.nanoTime();
        List<LocatedThread> located = locations.update(merged, texts(charter.newTexts()));
        long updated = System.nanoTime();
        List<LocatedThread> fully = fullLocation(merged);
        long done = System.nanoTime();

        // A single edit after the merge: the cache has the merged state, and one section changes.
        List<LocatedThread> afterEdit = locations.update(merged, texts(charter.editedTexts()));
        long edited = System.nanoTime();
        List<LocatedThread> afterEditFully = ThreadLocator.locateAll(merged, texts(charter.editedTexts()));
        long editedFully = System.nanoTime();

        if (located.size() != fully.size() || afterEdit.size() != afterEditFully.size()) {
            throw new IllegalStateException("The cached and the full location differ in size");
        }
        return new Round(followed - start, updated - followed, done - updated, edited - done, editedFully - edited);
    }

    /** Locates every thread from scratch, as the editor would without the cache. */
    private List<LocatedThread> fullLocation(List<CommentThread> threads) {
        return ThreadLocator.locateAll(threads, texts(charter.newTexts()));
    }

    /** Returns the threads after the merge: each one that the tracker moves gets its new tracked anchor. */
    private List<CommentThread> followMoves() {
        List<ThreadMove> moves = AnchorTracker.follow(charter.threads(), charter.oldTexts(), charter.newTexts());
        return applyMoves(charter.threads(), moves);
    }

    static List<CommentThread> applyMoves(List<CommentThread> threads, List<ThreadMove> moves) {
        if (moves.isEmpty()) {
            return threads;
        }
        Map<String, ThreadMove> byThread = new HashMap<>();
        moves.forEach(move -> byThread.put(move.threadId(), move));
        List<CommentThread> moved = new ArrayList<>(threads.size());
        for (CommentThread thread : threads) {
            ThreadMove move = byThread.get(thread.id());
            moved.add(move == null ? thread : new CommentThread(thread.id(), move.anchor().sectionId(),
                    thread.anchor(), thread.comments(), thread.resolved(), thread.updated(), move.anchor(),
                    thread.history()));
        }
        return moved;
    }

    /** Checks that the cache gives the same result as a full location, and counts the states. */
    private String check() {
        List<CommentThread> merged = followMoves();
        ThreadLocations locations = new ThreadLocations();
        locations.update(charter.threads(), texts(charter.oldTexts()));
        List<LocatedThread> located = locations.update(merged, texts(charter.newTexts()));
        if (!located.equals(fullLocation(merged))) {
            throw new IllegalStateException("The cached location differs from the full location");
        }
        int moved = 0;
        for (int i = 0; i < merged.size(); i++) {
            moved += merged.get(i) == charter.threads().get(i) ? 0 : 1;
        }
        Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
        located.forEach(thread -> states.merge(thread.state(), 1, Integer::sum));
        return String.format(Locale.ROOT, "check: cached result equals full location; %d threads moved by the "
                + "tracker; after the merge %s", moved, states);
    }

    private record HeapFigures(long beforeMerge, long afterUpdate, long allocated) {
    }

    private HeapFigures measureHeap() throws InterruptedException {
        Function<String, Optional<String>> oldTexts = texts(charter.oldTexts());
        Function<String, Optional<String>> newTexts = texts(charter.newTexts());

        long baseline = usedHeapAfterGc();
        ThreadLocations locations = new ThreadLocations();
        locations.update(charter.threads(), oldTexts);
        long beforeMerge = usedHeapAfterGc() - baseline;

        long allocatedBefore = allocatedBytes();
        List<CommentThread> merged = followMoves();
        List<LocatedThread> located = locations.update(merged, newTexts);
        long allocated = allocatedBytes() - allocatedBefore;
        long afterUpdate = usedHeapAfterGc() - baseline;

        Reference.reachabilityFence(locations);
        Reference.reachabilityFence(located);
        return new HeapFigures(beforeMerge, afterUpdate, allocated);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Returns the bytes this thread has allocated so far, or 0 when the JVM does not count them. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static Function<String, Optional<String>> texts(Map<String, String> texts) {
        return id -> Optional.ofNullable(texts.get(id));
    }

    private void printCharter() {
        SyntheticCharter.MergeCounts counts = charter.counts();
        System.out.printf(Locale.ROOT, "Charter of %d sections, %d characters before the merge and %d after; %d "
                + "threads%n", sections, charter.bytes(charter.oldTexts()), charter.bytes(charter.newTexts()),
                charter.threads().size());
        System.out.printf(Locale.ROOT, "Merge: %d sections changed; %d paragraphs reworded, %d inserted, %d moved "
                + "within a section, %d moved to another section%n", counts.sections, counts.editedParagraphs,
                counts.insertedParagraphs, counts.movedWithinSection, counts.movedAcrossSections);
    }

    private static void printLoad(String when) {
        System.out.printf(Locale.ROOT, "load average at the %s: %.2f (%d processors)%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String ms(long nanos) {
        return Timings.format(nanos / 1e6);
    }
}
