package org.charta.core.comment;

import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Locates threads in the current text: each tracked anchor through {@link AnchorResolver}, then the state from a
 * comparison with the reference quote. Checks that anchored, text-changed and orphaned threads add up to the
 * number of threads.
 *
 * <p>A thread is {@link AnchorState#ANCHORED} only when the resolver finds the tracked quote exactly and the text
 * there equals the reference quote. It is {@link AnchorState#TEXT_CHANGED} when the resolver finds the place but
 * the text there differs: the resolver matched an edited paragraph, or a move event tracks a quote other than the
 * reference one. Otherwise it is {@link AnchorState#ORPHANED}.
 *
 * <p>When the resolver matches an edited paragraph for a thread on a phrase, the location is narrowed to the
 * phrase's place in it where the recorded context still marks it (see {@link PhraseSpan}), so the word diff shows
 * the change of the phrase and not the rest of the paragraph as inserted.
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
        Map<String, Optional<String>> texts = new HashMap<>();
        Map<String, List<Block>> paragraphs = new HashMap<>();
        List<LocatedThread> located = new ArrayList<>(threads.size());
        for (CommentThread thread : threads) {
            String sectionId = thread.sectionId();
            Optional<String> text = texts.computeIfAbsent(sectionId, id -> orEmpty(sectionText.apply(id)));
            if (text.isEmpty()) {
                located.add(new LocatedThread(thread, AnchorLocation.orphaned(), null));
                continue;
            }
            List<Block> sectionParagraphs = paragraphs.computeIfAbsent(sectionId,
                    id -> MarkdownBlocks.paragraphs(text.get()));
            located.add(locate(thread, text.get(), sectionParagraphs));
        }
        checkEveryThreadCounted(threads.size(), located);
        return List.copyOf(located);
    }

    /** Locates one thread in the current text of its section. */
    public static LocatedThread locate(CommentThread thread, String sectionText) {
        return locate(thread, sectionText, MarkdownBlocks.paragraphs(sectionText));
    }

    private static LocatedThread locate(CommentThread thread, String sectionText, List<Block> paragraphs) {
        AnchorLocation found = AnchorResolver.locate(thread.trackedAnchor(), sectionText, paragraphs);
        if (found.state() == AnchorState.ORPHANED) {
            return new LocatedThread(thread, AnchorLocation.orphaned(), null);
        }

        if (found.state() == AnchorState.TEXT_CHANGED) {
            found = PhraseSpan.narrow(thread.trackedAnchor(), sectionText, found);
        }
        String current = sectionText.substring(found.start(), found.end());
        boolean unchanged = found.state() == AnchorState.ANCHORED && current.equals(thread.anchor().quote());
        AnchorState state = unchanged ? AnchorState.ANCHORED : AnchorState.TEXT_CHANGED;
        return new LocatedThread(thread, new AnchorLocation(state, found.paragraph(), found.start(), found.end()),
                current);
    }

    private static Optional<String> orEmpty(Optional<String> text) {
        return text == null ? Optional.empty() : text;
    }

    private static void checkEveryThreadCounted(int threadCount, List<LocatedThread> located) {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        for (AnchorState state : AnchorState.values()) {
            counts.put(state, 0);
        }
        located.forEach(thread -> counts.merge(thread.state(), 1, Integer::sum));
        int total = counts.get(AnchorState.ANCHORED) + counts.get(AnchorState.TEXT_CHANGED)
                + counts.get(AnchorState.ORPHANED);
        if (total != threadCount) {
            throw new IllegalStateException("Anchored, text-changed and orphaned threads " + counts
                    + " do not add up to the " + threadCount + " threads");
        }
    }
}
