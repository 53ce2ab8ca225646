package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows threads across one change of the charter's text (an edit recorded, a merge, a sync): where the
 * paragraph diff ({@link org.charta.core.diff.Comparisons}, the same move detection the diff views use) pairs a
 * thread's old paragraph with a paragraph elsewhere, and the tracked anchor would not find it there, the thread
 * moves with it.
 *
 * <p>A thread whose paragraph the diff shows as deleted never moves: it stays orphaned, or where
 * {@link AnchorResolver} finds its exact quote with context. Similarity alone never moves a thread.
 */
public final class AnchorTracker {

    private static final Logger LOG = LoggerFactory.getLogger(AnchorTracker.class);

    private AnchorTracker() {
    }

    /**
     * Computes the moves of threads between two versions of the charter. Only sections whose text changed are
     * compared, and only threads whose tracked anchor is found in the old text of its section can move.
     *
     * <p>A thread whose tracked anchor sits exactly at its recorded offset in the new text, but not in the old
     * one, was anchored on the new text (a thread started after the edits it is recorded with, or one that came
     * in with a merge). It is left where it is.
     *
     * @param threads  the threads, as read after the change
     * @param oldTexts section texts before the change, by section id, in the old version's order
     * @param newTexts section texts after the change, by section id, in the new version's order
     * @return one move per thread that must follow its paragraph; threads that stay findable are not listed
     */
    public static List<ThreadMove> follow(List<CommentThread> threads, Map<String, String> oldTexts,
                                          Map<String, String> newTexts) {
        List<CommentThread> candidates = threads.stream()
                .filter(thread -> !thread.trackedAnchor().isAmendment())
                .filter(thread -> changed(thread.trackedAnchor().sectionId(), oldTexts, newTexts))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }

        Lineage lineage = Lineage.of(Comparisons.between(changedOnly(oldTexts, newTexts),
                changedOnly(newTexts, oldTexts)));
        Version before = new Version(oldTexts);
        Version after = new Version(newTexts);
        List<ThreadMove> moves = new ArrayList<>();
        for (CommentThread thread : candidates) {
            follow(thread, before, after, lineage).ifPresent(moves::add);
        }
        return List.copyOf(moves);
    }

    private static Optional<ThreadMove> follow(CommentThread thread, Version oldVersion, Version newVersion,
                                               Lineage lineage) {
        Anchor tracked = thread.trackedAnchor();
        AnchorLocation before = oldVersion.locate(tracked);
        if (before.state() == AnchorState.ORPHANED) {
            return Optional.empty();
        }
        AnchorLocation after = newVersion.locate(tracked);
        if (atRecordedOffset(tracked, after) && !atRecordedOffset(tracked, before)) {
            return Optional.empty();
        }

        Optional<Place> place = lineage.of(tracked.sectionId(), before.paragraph());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        boolean foundThere = after.state() != AnchorState.ORPHANED
                && place.get().sectionId().equals(tracked.sectionId()) && place.get().number() == after.paragraph();
        if (foundThere) {
            return Optional.empty();
        }
        Block oldParagraph = oldVersion.paragraphs(tracked.sectionId()).get(before.paragraph() - 1);
        return anchorIn(place.get(), newVersion, tracked.quote(), before.start() - oldParagraph.start())
                .map(anchor -> new ThreadMove(thread.id(), anchor));
    }

    private static boolean changed(String sectionId, Map<String, String> oldTexts, Map<String, String> newTexts) {
        return oldTexts.containsKey(sectionId) && !Objects.equals(oldTexts.get(sectionId), newTexts.get(sectionId));
    }

    /**
     * Keeps the sections whose text differs in the other version, in their order. A paragraph that moves leaves a
     * changed section and arrives in a changed one, so the sections left out cannot take part in a move.
     */
    private static Map<String, String> changedOnly(Map<String, String> texts, Map<String, String> otherTexts) {
        Map<String, String> changed = new LinkedHashMap<>();
        texts.forEach((id, text) -> {
            if (!text.equals(otherTexts.get(id))) {
                changed.put(id, text);
            }
        });
        return changed;
    }

    private static boolean atRecordedOffset(Anchor anchor, AnchorLocation location) {
        return location.state() == AnchorState.ANCHORED && location.start() == anchor.start();
    }

    /**
     * Anchors the thread in the paragraph its old one became: on the tracked quote's occurrence there nearest to
     * where it sat in the old paragraph, else on the whole paragraph.
     */
    private static Optional<Anchor> anchorIn(Place place, Version version, String quote, int offsetInParagraph) {
        String text = version.text(place.sectionId());
        List<Block> paragraphs = version.paragraphs(place.sectionId());
        if (place.number() < 1 || place.number() > paragraphs.size()) {
            LOG.warn("The diff names paragraph {} of section {}, which has {} paragraphs; no thread follows it",
                    place.number(), place.sectionId(), paragraphs.size());
            return Optional.empty();
        }
        Block paragraph = paragraphs.get(place.number() - 1);
        try {
            int start = nearestOccurrence(text, quote, paragraph, paragraph.start() + offsetInParagraph);
            if (start >= 0) {
                return Optional.of(Anchors.forRange(place.sectionId(), text, start, start + quote.length()));
            }
            return Optional.of(Anchors.forParagraph(place.sectionId(), text, place.number()));
        } catch (ChartaException e) {
            LOG.warn("Could not anchor a thread in paragraph {} of section {}", place.number(), place.sectionId(), e);
            return Optional.empty();
        }
    }

    /** Returns the start of the quote's occurrence inside the paragraph nearest to {@code preferred}, or -1. */
    private static int nearestOccurrence(String text, String quote, Block paragraph, int preferred) {
        int best = -1;
        for (int start = text.indexOf(quote, paragraph.start());
             start >= 0 && start + quote.length() <= paragraph.end();
             start = text.indexOf(quote, start + 1)) {
            if (best < 0 || Math.abs(start - preferred) < Math.abs(best - preferred)) {
                best = start;
            }
        }
        return best;
    }

    /** The section texts of one version, each parsed into paragraphs once, when a thread first needs it. */
    private static final class Version {

        private final Map<String, String> texts;
        private final Map<String, List<Block>> paragraphs = new HashMap<>();

        Version(Map<String, String> texts) {
            this.texts = texts;
        }

        String text(String sectionId) {
            return texts.get(sectionId);
        }

        List<Block> paragraphs(String sectionId) {
            return paragraphs.computeIfAbsent(sectionId, id -> MarkdownBlocks.paragraphs(texts.get(id)));
        }

        /** Locates an anchor in its section, or returns an orphaned location when this version lacks it. */
        AnchorLocation locate(Anchor anchor) {
            String text = texts.get(anchor.sectionId());
            if (text == null) {
                return AnchorLocation.orphaned();
            }
            return AnchorResolver.locate(anchor, text, paragraphs(anchor.sectionId()));
        }
    }

    /** A paragraph of the new version: its section and its number, as {@link MarkdownBlocks#paragraphs} counts. */
    private record Place(String sectionId, int number) {
    }

    /**
     * The new place of each old paragraph of the compared sections, from the diff's rows. The diff numbers
     * paragraphs with {@link MarkdownBlocks}, headings apart, exactly as anchors do, so the numbers are used as
     * they are.
     */
    private static final class Lineage {

        /** New places by section id, then by old paragraph number. A deleted paragraph maps to null. */
        private final Map<String, Map<Integer, Place>> places = new HashMap<>();

        static Lineage of(CharterComparison comparison) {
            Lineage lineage = new Lineage();
            for (SectionComparison section : comparison.sections()) {
                Map<Integer, Place> sectionPlaces = new HashMap<>();
                for (ParagraphChange row : section.paragraphs()) {
                    if (row.oldNumber() != null && !row.heading()) {
                        sectionPlaces.put(row.oldNumber(), placeOf(section.sectionId(), row));
                    }
                }
                lineage.places.put(section.sectionId(), sectionPlaces);
            }
            return lineage;
        }

        private static Place placeOf(String sectionId, ParagraphChange row) {
            return switch (row.kind()) {
                case UNCHANGED, CHANGED -> new Place(sectionId, row.newNumber());
                case MOVED_AWAY -> new Place(row.otherSection(), row.otherNumber());
                default -> null;
            };
        }

        /** Returns where an old paragraph went, or empty when it was deleted or the diff does not list it. */
        Optional<Place> of(String sectionId, int oldNumber) {
            return Optional.ofNullable(places.getOrDefault(sectionId, Map.of()).get(oldNumber));
        }
    }
}
