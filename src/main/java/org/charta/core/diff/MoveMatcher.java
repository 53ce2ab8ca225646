package org.charta.core.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds moved paragraphs among the rows that stayed deleted or inserted after alignment, within one section or
 * across sections. A deleted and an inserted paragraph are one move when their {@link WordDiff#similarity} is at
 * least {@link #THRESHOLD}. Paragraphs that are equal up to layout are linked first, in reading order; the
 * remaining ones are linked most similar first.
 */
final class MoveMatcher {

    /** Minimum similarity of a deleted and an inserted paragraph to be shown as one moved paragraph. */
    static final double THRESHOLD = 0.9;

    /**
     * Maximum number of word diffs computed to find similar (not equal) moves in one comparison. Pairs that the
     * token bound of {@link TokenProfile} rules out do not count. Past the limit, the remaining paragraphs are
     * shown as deleted and inserted.
     */
    private static final int MAX_COMPARISONS = 20_000;

    /** One end of a possible move: a deleted or inserted row and the section it is in. */
    private record End(String sectionId, Row row, int order) {
    }

    /** A possible move, with the word diff from the text that left to the text that arrived. */
    private record Candidate(End away, End here, double similarity, List<DiffSegment> segments) {
    }

    private MoveMatcher() {
    }

    /** Links every move found among the sections' deleted and inserted rows. */
    static void match(List<SectionAlignment> sections) {
        List<End> deleted = new ArrayList<>();
        List<End> inserted = new ArrayList<>();
        for (SectionAlignment section : sections) {
            for (Row row : section.rows()) {
                if (row.kind == ParagraphChange.Kind.DELETED) {
                    deleted.add(new End(section.sectionId(), row, deleted.size()));
                } else if (row.kind == ParagraphChange.Kind.INSERTED) {
                    inserted.add(new End(section.sectionId(), row, inserted.size()));
                }
            }
        }
        if (deleted.isEmpty() || inserted.isEmpty()) {
            return;
        }
        linkEqualLayouts(deleted, inserted);
        linkSimilar(unlinked(deleted), unlinked(inserted));
    }

    private static void linkEqualLayouts(List<End> deleted, List<End> inserted) {
        Map<String, Deque<End>> insertedByKey = new HashMap<>();
        for (End end : inserted) {
            insertedByKey.computeIfAbsent(end.row().newParagraph.layoutKey(), key -> new ArrayDeque<>()).add(end);
        }
        for (End away : deleted) {
            Deque<End> candidates = insertedByKey.get(away.row().oldParagraph.layoutKey());
            if (candidates != null && !candidates.isEmpty()) {
                End here = candidates.poll();
                link(away, here, WordDiff.diffNormalized(away.row().oldParagraph.text(),
                        here.row().newParagraph.text()));
            }
        }
    }

    private static void linkSimilar(List<End> deleted, List<End> inserted) {
        if (deleted.isEmpty() || inserted.isEmpty()) {
            return;
        }
        List<TokenProfile> awayProfiles = deleted.stream().map(end -> profile(end.row().oldParagraph)).toList();
        List<TokenProfile> hereProfiles = inserted.stream().map(end -> profile(end.row().newParagraph)).toList();
        List<Candidate> candidates = new ArrayList<>();
        int comparisons = 0;
        for (int i = 0; i < deleted.size() && comparisons < MAX_COMPARISONS; i++) {
            for (int j = 0; j < inserted.size() && comparisons < MAX_COMPARISONS; j++) {
                TokenProfile away = awayProfiles.get(i);
                TokenProfile here = hereProfiles.get(j);
                if (away.maxSimilarityByLength(here) < THRESHOLD || away.maxSimilarity(here) < THRESHOLD) {
                    continue;
                }
                comparisons++;
                Candidate candidate = compare(deleted.get(i), inserted.get(j));
                if (candidate.similarity() >= THRESHOLD) {
                    candidates.add(candidate);
                }
            }
        }

        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(candidate -> !candidate.away().sectionId().equals(candidate.here().sectionId()))
                .thenComparingInt(candidate -> candidate.away().order())
                .thenComparingInt(candidate -> candidate.here().order()));
        for (Candidate candidate : candidates) {
            if (candidate.away().row().partner == null && candidate.here().row().partner == null) {
                link(candidate.away(), candidate.here(), candidate.segments());
            }
        }
    }

    private static Candidate compare(End away, End here) {
        List<DiffSegment> segments = WordDiff.diffNormalized(away.row().oldParagraph.text(),
                here.row().newParagraph.text());
        return new Candidate(away, here, WordDiff.similarity(segments), segments);
    }

    private static TokenProfile profile(Paragraph paragraph) {
        return TokenProfile.of(paragraph.text());
    }

    private static List<End> unlinked(List<End> ends) {
        return ends.stream().filter(end -> end.row().partner == null).toList();
    }

    private static void link(End away, End here, List<DiffSegment> segments) {
        away.row().partner = here.row();
        away.row().partnerSection = here.sectionId();
        here.row().partner = away.row();
        here.row().partnerSection = away.sectionId();
        here.row().moveSegments = segments;
    }
}
