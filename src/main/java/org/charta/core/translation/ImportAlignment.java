package org.charta.core.translation;

import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the paragraphs of an imported translation with the source paragraphs. Lists of equal length pair by
 * position. Lists of different length, where a translation merged, split or left out a paragraph, are aligned
 * by paragraph length with dynamic programming, in the manner of Gale and Church's length-based sentence
 * alignment ("A Program for Aligning Sentences in Bilingual Corpora", 1993). A translated paragraph is about as
 * long as its source times the ratio of the two texts' lengths. So each one-to-one pair costs the normalised
 * difference from that expectation, and each paragraph left unpaired costs a fixed penalty. Cognates, as in
 * Simard, Foster and Isabelle's "Using Cognates to Align Sentences in Bilingual Corpora", lower a pair's cost,
 * which matters for short paragraphs whose lengths tell little. Here two words are cognates when they share their
 * first four letters, diacritics and case ignored. A heading never pairs with a paragraph that is not a heading.
 *
 * <p>As in Gale and Church, a step may also join two source paragraphs to one translation paragraph (a merge) or
 * one source paragraph to two translation paragraphs (a split), at the cost of the joined texts' lengths plus a
 * fixed extra cost, so that the lengths must fit clearly better than a pair and an unpaired paragraph. A merge
 * is recorded as two pairs with the same translation paragraph, a split as two pairs with the same source
 * paragraph. Headings never take part in a merge or a split.
 */
final class ImportAlignment {

    /** Cost of leaving one paragraph unpaired; a pair whose lengths differ by more costs more than a skip. */
    private static final double SKIP_COST = 3.0;

    /**
     * Extra cost of a merge or a split over a pair: it must fit the lengths clearly better than a pair plus an
     * unpaired paragraph, so a paragraph is joined to its neighbour only when the lengths show it.
     */
    private static final double GROUP_COST = 1.0;

    /** How much each shared cognate lowers the cost of a pair. */
    private static final double COGNATE_BONUS = 1.0;

    private static final int COGNATE_PREFIX = 4;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private ImportAlignment() {
    }

    /** Returns the pairs as 1-based positions, in order. */
    static List<TranslationEvent.Pair> pairs(List<String> source, List<String> translation) {
        if (source.size() == translation.size()) {
            List<TranslationEvent.Pair> pairs = new ArrayList<>();
            for (int i = 1; i <= source.size(); i++) {
                pairs.add(new TranslationEvent.Pair(i, i));
            }
            return pairs;
        }
        return byLength(source, translation);
    }

    private static List<TranslationEvent.Pair> byLength(List<String> source, List<String> translation) {
        int sourceCount = source.size();
        int translationCount = translation.size();
        double ratio = (double) totalLength(translation) / Math.max(1, totalLength(source));

        // cost[i][j]: the cheapest alignment of the first i source and first j translation paragraphs.
        double[][] cost = new double[sourceCount + 1][translationCount + 1];
        Step[][] step = new Step[sourceCount + 1][translationCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            for (int j = 0; j <= translationCount; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                cost[i][j] = Double.POSITIVE_INFINITY;
                for (Step candidate : Step.values()) {
                    if (i < candidate.sources || j < candidate.translations) {
                        continue;
                    }
                    double total = cost[i - candidate.sources][j - candidate.translations]
                            + stepCost(candidate, source.subList(i - candidate.sources, i),
                            translation.subList(j - candidate.translations, j), ratio);
                    if (total < cost[i][j]) {
                        cost[i][j] = total;
                        step[i][j] = candidate;
                    }
                }
            }
        }

        List<TranslationEvent.Pair> reversed = new ArrayList<>();
        int i = sourceCount;
        int j = translationCount;
        while (i > 0 || j > 0) {
            Step taken = step[i][j];
            // Pairs are added last first, so that reversing the list puts them in order.
            for (int t = 0; t < taken.translations; t++) {
                for (int s = 0; s < taken.sources; s++) {
                    reversed.add(new TranslationEvent.Pair(j - t, i - s));
                }
            }
            i -= taken.sources;
            j -= taken.translations;
        }
        List<TranslationEvent.Pair> pairs = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            pairs.add(reversed.get(k));
        }
        return pairs;
    }

    /** Returns the cost of one step of the alignment: a pair, a merge, a split or a paragraph left unpaired. */
    private static double stepCost(Step step, List<String> sources, List<String> translations, double ratio) {
        if (step.sources == 0 || step.translations == 0) {
            return SKIP_COST;
        }
        if (step.sources == 1 && step.translations == 1) {
            return pairCost(sources.get(0), translations.get(0), ratio);
        }
        if (sources.stream().anyMatch(ImportAlignment::isHeading)
                || translations.stream().anyMatch(ImportAlignment::isHeading)) {
            return Double.POSITIVE_INFINITY;
        }
        return pairCost(String.join(" ", sources), String.join(" ", translations), ratio) + GROUP_COST;
    }

    /** Returns how unlikely it is that one paragraph translates the other, from their lengths. */
    private static double pairCost(String source, String translation, double ratio) {
        if (isHeading(source) != isHeading(translation)) {
            return Double.POSITIVE_INFINITY;
        }
        double expected = source.length() * ratio;
        double spread = Math.sqrt((expected + translation.length()) / 2 + 1);
        java.util.Set<String> shared = cognates(source);
        shared.retainAll(cognates(translation));
        return Math.abs(translation.length() - expected) / spread - COGNATE_BONUS * shared.size();
    }

    /** Returns the four-letter prefixes of a paragraph's words of four or more letters, without diacritics. */
    private static java.util.Set<String> cognates(String paragraph) {
        String plain = MARKS.matcher(java.text.Normalizer.normalize(paragraph, java.text.Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        java.util.regex.Matcher words = WORD.matcher(plain);
        while (words.find()) {
            if (words.group().length() >= COGNATE_PREFIX) {
                prefixes.add(words.group().substring(0, COGNATE_PREFIX));
            }
        }
        return prefixes;
    }

    /**
     * Returns whether a paragraph is a heading as the CommonMark parser reads it (ATX or setext). The cost function
     * checks the same paragraphs many times, so the answers of recent paragraphs are kept.
     */
    private static boolean isHeading(String paragraph) {
        return HEADINGS.computeIfAbsent(paragraph, text -> {
            List<Block> blocks = MarkdownBlocks.blocks(text);
            return blocks.size() == 1 && blocks.get(0).isHeading();
        });
    }

    private static final int HEADING_CACHE_SIZE = 4096;

    private static final Map<String, Boolean> HEADINGS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > HEADING_CACHE_SIZE;
                }
            });

    /** One step of the alignment: how many source and translation paragraphs it consumes. */
    private enum Step {
        PAIR(1, 1), SOURCE_ONLY(1, 0), TRANSLATION_ONLY(0, 1), MERGE(2, 1), SPLIT(1, 2);

        private final int sources;
        private final int translations;

        Step(int sources, int translations) {
            this.sources = sources;
            this.translations = translations;
        }
    }

    private static int totalLength(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
