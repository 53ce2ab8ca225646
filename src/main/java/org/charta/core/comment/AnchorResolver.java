package org.charta.core.comment;

import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a thread's anchor again in the current text of its section, after any edit, merge or checkout.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>The quote still sits at the recorded offset and, when it is short, some of its recorded context
 *       still surrounds it there: {@link AnchorState#ANCHORED}.</li>
 *   <li>The quote occurs elsewhere: the occurrence whose surrounding text matches the recorded context best,
 *       ties going to the one nearest the recorded offset: {@code ANCHORED}. A short quote must also match
 *       some context, so that a common word is not taken from another paragraph.</li>
 *   <li>A paragraph is similar enough to the quote (see {@link #SIMILARITY_THRESHOLD}) and the recorded
 *       context still places it at the original position: {@link AnchorState#TEXT_CHANGED}, located on the
 *       whole paragraph. The context is the unchanged text before or after the paragraph or, for a phrase
 *       anchor, context words inside it. Among nearly equally similar paragraphs, the one with the strongest
 *       context wins, then the most similar, then the one nearest the recorded paragraph number.</li>
 *   <li>Otherwise {@link AnchorState#ORPHANED}.</li>
 * </ol>
 * Similarity alone never moves a thread: a paragraph with no sign of being at the original position is not
 * taken even when it is the only similar one, because it may be a look-alike. So a paragraph that was both
 * moved and edited leaves its thread orphaned, shown with its original quote.
 */
public final class AnchorResolver {

    /**
     * Minimum similarity between the quote and a paragraph for step 3. The similarity is twice the number
     * of non-whitespace characters that the word diff finds equal, divided by the non-whitespace characters
     * of the quote and of the paragraph stretch from the first to the last equal word. So 0.6 means that
     * about three fifths of the quote's characters, spaces left out, are still there in the same order.
     */
    public static final double SIMILARITY_THRESHOLD = 0.6;

    /** Paragraphs whose similarity is within this distance of the best one count as nearly equally similar. */
    static final double NEAR_TIE = 0.1;

    /** Quotes at least this long are distinctive enough to be found again without context. */
    static final int DISTINCTIVE_QUOTE_LENGTH = 32;

    /**
     * Non-whitespace characters of matching context that a short quote found elsewhere needs. Spaces do not count:
     * a quote followed by the same one word elsewhere is not evidence enough.
     */
    static final int MIN_CONTEXT_MATCH = 8;

    /** Length of the piece of context compared with a paragraph's neighbourhood in step 3. */
    private static final int CONTEXT_KEY_LENGTH = 16;

    /** Context pieces shorter than this, after trimming whitespace, say too little to count as evidence. */
    private static final int MIN_CONTEXT_KEY_LENGTH = 4;

    private static final double EPSILON = 1e-9;

    private AnchorResolver() {
    }

    /** Locates one anchor in the current text of its section. */
    public static AnchorLocation locate(Anchor anchor, String sectionText) {
        return locate(anchor, sectionText, MarkdownBlocks.paragraphs(sectionText));
    }

    /**
     * Locates every thread's tracked anchor, reading each section's text once. The state tells only how the
     * anchor was found. {@link ThreadLocator} also compares the text found with the thread's reference quote.
     *
     * @param sectionText returns the current text of a section, or empty (never null) when the section no
     *                    longer exists; its threads are then orphaned
     * @return the location of each thread, by thread id, in the order of {@code threads}
     * @throws IllegalArgumentException when two threads have the same id
     * @throws IllegalStateException    when anchored, text-changed and orphaned threads do not add up to the
     *                                  number of threads
     */
    public static Map<String, AnchorLocation> locateAll(Collection<CommentThread> threads,
                                                        Function<String, Optional<String>> sectionText) {
        Map<String, Optional<String>> texts = new HashMap<>();
        Map<String, List<Block>> paragraphs = new HashMap<>();
        Map<String, AnchorLocation> locations = new LinkedHashMap<>();
        for (CommentThread thread : threads) {
            if (locations.containsKey(thread.id())) {
                throw new IllegalArgumentException("Thread id " + thread.id() + " appears twice");
            }
            Optional<String> text = texts.computeIfAbsent(thread.sectionId(), sectionText);
            AnchorLocation location = AnchorLocation.orphaned();
            if (text.isPresent()) {
                List<Block> sectionParagraphs = paragraphs.computeIfAbsent(thread.sectionId(),
                        id -> MarkdownBlocks.paragraphs(text.get()));
                location = locate(thread.trackedAnchor(), text.get(), sectionParagraphs);
            }
            locations.put(thread.id(), location);
        }
        checkEveryThreadCounted(threads.size(), locations.values());
        return Collections.unmodifiableMap(locations);
    }

    private static void checkEveryThreadCounted(int threadCount, Collection<AnchorLocation> locations) {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        for (AnchorState state : AnchorState.values()) {
            counts.put(state, 0);
        }
        locations.forEach(location -> counts.merge(location.state(), 1, Integer::sum));
        int total = counts.get(AnchorState.ANCHORED) + counts.get(AnchorState.TEXT_CHANGED)
                + counts.get(AnchorState.ORPHANED);
        if (total != threadCount) {
            throw new IllegalStateException("Anchored, text-changed and orphaned threads " + counts
                    + " do not add up to the " + threadCount + " threads");
        }
    }

    static AnchorLocation locate(Anchor anchor, String text, List<Block> paragraphs) {
        if (anchor.quote().isEmpty()) {
            return AnchorLocation.orphaned();
        }
        return atRecordedPosition(anchor, text, paragraphs)
                .or(() -> exactQuoteElsewhere(anchor, text, paragraphs))
                .or(() -> similarParagraph(anchor, text, paragraphs))
                .orElseGet(AnchorLocation::orphaned);
    }

    private static Optional<AnchorLocation> atRecordedPosition(Anchor anchor, String text, List<Block> paragraphs) {
        if (anchor.start() < 0 || !text.startsWith(anchor.quote(), anchor.start())) {
            return Optional.empty();
        }
        return paragraphAt(paragraphs, anchor.start())
                .filter(paragraph -> qualifies(anchor, text, paragraph, anchor.start(), anchor.end()))
                .map(paragraph -> anchored(paragraph, anchor.start(), anchor.end()));
    }

    /**
     * Returns whether an occurrence of the quote is evidence enough: it fills its whole block, the quote is
     * distinctive, or a short quote still has some of its recorded context around it.
     */
    private static boolean qualifies(Anchor anchor, String text, Block paragraph, int start, int end) {
        boolean wholeBlock = paragraph.start() == start && paragraph.end() == end;
        return wholeBlock || anchor.quote().length() >= DISTINCTIVE_QUOTE_LENGTH
                || contextScore(anchor, text, start, end) >= requiredContext(anchor);
    }

    private static int requiredContext(Anchor anchor) {
        return Math.min(MIN_CONTEXT_MATCH,
                WordDiff.nonWhitespaceLength(anchor.prefix()) + WordDiff.nonWhitespaceLength(anchor.suffix()));
    }

    private static Optional<AnchorLocation> exactQuoteElsewhere(Anchor anchor, String text, List<Block> paragraphs) {
        String quote = anchor.quote();
        AnchorLocation best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;

        for (int start = text.indexOf(quote); start >= 0; start = text.indexOf(quote, start + 1)) {
            int end = start + quote.length();
            Optional<Block> paragraph = paragraphAt(paragraphs, start);
            if (paragraph.isEmpty()) {
                continue;
            }
            int score = contextScore(anchor, text, start, end);
            int distance = Math.abs(start - anchor.start());
            if (qualifies(anchor, text, paragraph.get(), start, end) && (score > bestScore || score == bestScore && distance < bestDistance)) {
                best = anchored(paragraph.get(), start, end);
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Counts the non-whitespace characters of the recorded prefix and suffix that still surround an occurrence. */
    private static int contextScore(Anchor anchor, String text, int start, int end) {
        String prefix = anchor.prefix();
        String suffix = anchor.suffix();
        String before = text.substring(Math.max(0, start - prefix.length()), start);
        String after = text.substring(end, Math.min(text.length(), end + suffix.length()));
        String matchedBefore = prefix.substring(prefix.length() - commonSuffixLength(prefix, before));
        String matchedAfter = suffix.substring(0, commonPrefixLength(suffix, after));
        return WordDiff.nonWhitespaceLength(matchedBefore) + WordDiff.nonWhitespaceLength(matchedAfter);
    }

    private static Optional<AnchorLocation> similarParagraph(Anchor anchor, String text, List<Block> paragraphs) {
        List<Candidate> candidates = new ArrayList<>();
        for (Block paragraph : paragraphs) {
            int evidence = ParagraphEvidence.score(anchor, text, paragraph);
            if (!ParagraphEvidence.isContext(evidence)) {
                continue;
            }
            double similarity = similarity(anchor.quote(), paragraph.text());
            if (similarity >= SIMILARITY_THRESHOLD) {
                candidates.add(new Candidate(paragraph, similarity, evidence));
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }

        double bestSimilarity = candidates.stream().mapToDouble(Candidate::similarity).max().orElseThrow();
        Comparator<Candidate> preference = Comparator.comparingInt(Candidate::evidence)
                .thenComparingDouble(Candidate::similarity)
                .thenComparing(Comparator.comparingInt((Candidate candidate) -> distance(anchor, candidate))
                        .reversed());
        return candidates.stream()
                .filter(candidate -> candidate.similarity() >= bestSimilarity - NEAR_TIE - EPSILON)
                .max(preference)
                .map(candidate -> new AnchorLocation(AnchorState.TEXT_CHANGED, candidate.paragraph().number(),
                        candidate.paragraph().start(), candidate.paragraph().end()));
    }

    /**
     * Compares a quote with a paragraph: twice the equal non-whitespace characters of their word diff over
     * the non-whitespace characters of the quote plus those of the paragraph stretch between the first and
     * the last equal word. A phrase found nearly intact inside a long paragraph therefore scores high, and
     * words scattered across the paragraph score low.
     */
    static double similarity(String quote, String paragraph) {
        int equal = 0;
        int firstEqual = -1;
        int lastEqualEnd = -1;
        int position = 0;
        for (DiffSegment segment : WordDiff.diff(quote, paragraph)) {
            if (segment.kind() == DiffSegment.Kind.DELETED) {
                continue;
            }
            int length = segment.text().length();
            int characters = WordDiff.nonWhitespaceLength(segment.text());
            if (segment.kind() == DiffSegment.Kind.EQUAL && characters > 0) {
                equal += characters;
                firstEqual = firstEqual < 0 ? position : firstEqual;
                lastEqualEnd = position + length;
            }
            position += length;
        }
        if (equal == 0) {
            return 0;
        }
        String stretch = paragraph.substring(firstEqual, lastEqualEnd);
        return 2.0 * equal / (WordDiff.nonWhitespaceLength(quote) + WordDiff.nonWhitespaceLength(stretch));
    }

    private static int distance(Anchor anchor, Candidate candidate) {
        return Math.abs(candidate.paragraph().number() - anchor.paragraph());
    }

    private static Optional<Block> paragraphAt(List<Block> paragraphs, int offset) {
        return paragraphs.stream()
                .filter(paragraph -> paragraph.start() <= offset && offset < paragraph.end())
                .findFirst();
    }

    private static AnchorLocation anchored(Block paragraph, int start, int end) {
        return new AnchorLocation(AnchorState.ANCHORED, paragraph.number(), start, end);
    }

    private static int commonSuffixLength(String first, String second) {
        int length = 0;
        while (length < first.length() && length < second.length()
                && first.charAt(first.length() - 1 - length) == second.charAt(second.length() - 1 - length)) {
            length++;
        }
        return length;
    }

    private static int commonPrefixLength(String first, String second) {
        int length = 0;
        while (length < first.length() && length < second.length()
                && first.charAt(length) == second.charAt(length)) {
            length++;
        }
        return length;
    }

    private record Candidate(Block paragraph, double similarity, int evidence) {
    }

    /**
     * Scores how strongly the recorded context places a paragraph where the anchor was made. The unchanged
     * text before and after the paragraph weighs most; for a phrase anchor, context words found inside the
     * paragraph count too. Paragraph number and offset hints only break ties, because after a deletion the
     * next paragraph takes both over.
     */
    static final class ParagraphEvidence {

        private static final int BOTH_NEIGHBOURS = 8;
        private static final int ONE_NEIGHBOUR = 4;
        private static final int INSIDE = 2;
        private static final int HINT = 1;

        /** A line break followed by a line of whitespace only: the end of a paragraph. */
        private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

        private ParagraphEvidence() {
        }

        static int score(Anchor anchor, String text, Block paragraph) {
            String prefixKey = prefixKey(anchor);
            String suffixKey = suffixKey(anchor);
            boolean before = precededByPrefix(anchor, prefixKey, text, paragraph);
            boolean after = followedBySuffix(anchor, suffixKey, text, paragraph);

            // After a deletion, the old next paragraph moves up and is preceded by the recorded prefix. It starts
            // like the recorded suffix, so that match alone does not count. The same applies the other way round.
            boolean mayBeNext = isKey(suffixKey) && paragraph.text().startsWith(suffixKey);
            boolean mayBePrevious = isKey(prefixKey) && paragraph.text().endsWith(prefixKey);

            int score = 0;
            if (before && after) {
                score += BOTH_NEIGHBOURS;
            } else if (before && !mayBeNext || after && !mayBePrevious) {
                score += ONE_NEIGHBOUR;
            }
            if (containsContext(prefixKey(ownPrefix(anchor)), suffixKey(ownSuffix(anchor)), paragraph.text())) {
                score += INSIDE;
            }
            if (paragraph.number() == anchor.paragraph() || paragraph.contains(anchor.start())) {
                score += HINT;
            }
            return score;
        }

        /** Tells whether the score contains evidence from the recorded context, not only from position hints. */
        static boolean isContext(int score) {
            return score > HINT;
        }

        private static String prefixKey(Anchor anchor) {
            return prefixKey(anchor.prefix());
        }

        private static String prefixKey(String prefix) {
            String stripped = prefix.strip();
            return stripped.substring(Math.max(0, stripped.length() - CONTEXT_KEY_LENGTH)).strip();
        }

        private static String suffixKey(Anchor anchor) {
            return suffixKey(anchor.suffix());
        }

        private static String suffixKey(String suffix) {
            String stripped = suffix.strip();
            return stripped.substring(0, Math.min(stripped.length(), CONTEXT_KEY_LENGTH)).strip();
        }

        /**
         * Returns the part of the prefix in the quote's own paragraph: after its last blank line. The context of a
         * whole-paragraph anchor lies in the neighbouring paragraphs, so finding it inside a candidate is no evidence.
         */
        private static String ownPrefix(Anchor anchor) {
            Matcher blankLine = BLANK_LINE.matcher(anchor.prefix());
            int start = 0;
            while (blankLine.find()) {
                start = blankLine.end();
            }
            return anchor.prefix().substring(start);
        }

        /** Returns the part of the suffix in the quote's own paragraph: before its first blank line. */
        private static String ownSuffix(Anchor anchor) {
            Matcher blankLine = BLANK_LINE.matcher(anchor.suffix());
            return blankLine.find() ? anchor.suffix().substring(0, blankLine.start()) : anchor.suffix();
        }

        private static boolean isKey(String key) {
            return key.length() >= MIN_CONTEXT_KEY_LENGTH;
        }

        /** Compares the text before the paragraph; an empty prefix matches only at the start of the section. */
        private static boolean precededByPrefix(Anchor anchor, String key, String text, Block paragraph) {
            // Offsets instead of substrings: this runs for every paragraph of a section, and copying the text
            // before each one made locating a thread in a long section quadratic.
            int beforeEnd = paragraph.start();
            while (beforeEnd > 0 && Character.isWhitespace(text.charAt(beforeEnd - 1))) {
                beforeEnd--;
            }
            if (anchor.prefix().isBlank()) {
                return beforeEnd == 0 && anchor.start() <= anchor.prefix().length();
            }
            return isKey(key) && beforeEnd >= key.length() && text.startsWith(key, beforeEnd - key.length());
        }

        /** Compares the text after the paragraph; an empty suffix matches only at the end of the section. */
        private static boolean followedBySuffix(Anchor anchor, String key, String text, Block paragraph) {
            int afterStart = paragraph.end();
            while (afterStart < text.length() && Character.isWhitespace(text.charAt(afterStart))) {
                afterStart++;
            }
            if (anchor.suffix().isBlank()) {
                return afterStart == text.length() && anchor.suffix().length() < Anchors.CONTEXT_LENGTH;
            }
            return isKey(key) && text.startsWith(key, afterStart);
        }

        /** Looks for the context of a phrase anchor strictly inside the paragraph, on the side of the quote. */
        private static boolean containsContext(String prefixKey, String suffixKey, String paragraphText) {
            int prefixAt = isKey(prefixKey) ? paragraphText.indexOf(prefixKey) : -1;
            int suffixAt = isKey(suffixKey) ? paragraphText.lastIndexOf(suffixKey) : -1;
            return prefixAt >= 0 && prefixAt + prefixKey.length() < paragraphText.length() || suffixAt > 0;
        }
    }
}
