package org.charta.core.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the old and new paragraphs of one run of changed paragraphs, in order, so that each pair is shown as one
 * edited paragraph with a word diff. The pairs maximise the total similarity, counting only pairs at or above
 * {@link #THRESHOLD}: the weighted longest common subsequence, by dynamic programming over the run.
 */
final class RunPairing {

    /** Minimum {@link WordDiff#similarity} for an old and a new paragraph to be shown as one edited paragraph. */
    static final double THRESHOLD = ParagraphDiff.PAIR_THRESHOLD;

    /**
     * Above this many old-by-new pairs in one run, no pairing is tried and the run's paragraphs are left to the
     * move search and otherwise shown as deleted and inserted. 250,000 pairs is a run of 500 by 500 paragraphs.
     */
    private static final long MAX_PAIRS = 250_000;

    /** One old paragraph shown as edited into one new paragraph. */
    record Pair(int oldIndex, int newIndex, List<DiffSegment> segments) {
    }

    private final List<Paragraph> oldRun;
    private final List<Paragraph> newRun;
    private final Map<Long, List<DiffSegment>> diffs = new HashMap<>();

    private RunPairing(List<Paragraph> oldRun, List<Paragraph> newRun) {
        this.oldRun = oldRun;
        this.newRun = newRun;
    }

    /** Returns the pairs in ascending order of both indexes. */
    static List<Pair> pairs(List<Paragraph> oldRun, List<Paragraph> newRun) {
        int rows = oldRun.size();
        int columns = newRun.size();
        if (rows == 0 || columns == 0 || (long) rows * columns > MAX_PAIRS) {
            return List.of();
        }
        return new RunPairing(oldRun, newRun).pairs();
    }

    private List<Pair> pairs() {
        double[][] similarity = similarities();
        int rows = oldRun.size();
        int columns = newRun.size();
        double[][] best = new double[rows + 1][columns + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= columns; j++) {
                double pairScore = similarity[i - 1][j - 1];
                double paired = pairScore > 0 ? best[i - 1][j - 1] + pairScore : 0;
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        return backtrack(best, similarity);
    }

    /**
     * Computes the similarity of every pair that can reach the threshold, and 0 for the others. A run of one old
     * and one new paragraph, the usual edit, needs one word diff and no profile.
     */
    private double[][] similarities() {
        int rows = oldRun.size();
        int columns = newRun.size();
        double[][] similarity = new double[rows][columns];
        if (rows == 1 && columns == 1) {
            similarity[0][0] = compare(0, 0);
            return similarity;
        }
        List<TokenProfile> oldProfiles = oldRun.stream().map(paragraph -> TokenProfile.of(paragraph.text())).toList();
        List<TokenProfile> newProfiles = newRun.stream().map(paragraph -> TokenProfile.of(paragraph.text())).toList();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                TokenProfile oldProfile = oldProfiles.get(i);
                TokenProfile newProfile = newProfiles.get(j);
                if (oldProfile.maxSimilarityByLength(newProfile) >= THRESHOLD
                        && oldProfile.maxSimilarity(newProfile) >= THRESHOLD) {
                    similarity[i][j] = compare(i, j);
                }
            }
        }
        return similarity;
    }

    /** Returns the similarity of the pair if it reaches the threshold, else 0; keeps its word diff. */
    private double compare(int i, int j) {
        List<DiffSegment> segments = WordDiff.diffNormalized(oldRun.get(i).text(), newRun.get(j).text());
        double value = WordDiff.similarity(segments);
        if (value < THRESHOLD) {
            return 0;
        }
        diffs.put(key(i, j), segments);
        return value;
    }

    private List<Pair> backtrack(double[][] best, double[][] similarity) {
        List<Pair> pairs = new ArrayList<>();
        int i = similarity.length;
        int j = similarity[0].length;
        while (i > 0 && j > 0) {
            double pairScore = similarity[i - 1][j - 1];
            if (pairScore > 0 && best[i][j] == best[i - 1][j - 1] + pairScore) {
                pairs.add(new Pair(i - 1, j - 1, diffs.get(key(i - 1, j - 1))));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }
}
