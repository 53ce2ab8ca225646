package org.charta.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.List;

/**
 * Word-level differences between two texts, as shown to readers of an amendment or a changed comment anchor.
 *
 * <p>Both texts are compared with their line endings normalised (CRLF and a lone CR become LF), so a file
 * saved with Windows line endings shows no change. Concatenating the {@code EQUAL} and {@code DELETED}
 * segments gives the old text with normalised line endings, and {@code EQUAL} plus {@code INSERTED} gives
 * the new one; for LF-only texts, as Charta writes them, these are the inputs exactly.
 *
 * <p>NOTE: the comparison is by code points, so the same accented word in NFC and in NFD shows as changed.
 * Charta writes NFC; a file in NFD can only come from another editor.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /**
     * Computes the word-level difference of the two texts with java-diff-utils over their
     * {@link WordTokenizer} tokens. Adjacent segments of the same kind are merged and, inside one change,
     * the deleted run comes before the inserted one.
     */
    public static List<DiffSegment> diff(String oldText, String newText) {
        SegmentBuilder builder = new SegmentBuilder();
        appendWordDiff(builder, normalizeLineEndings(oldText), normalizeLineEndings(newText));
        return builder.build();
    }

    /**
     * Computes the difference paragraph by paragraph: the CommonMark blocks of both texts are aligned first,
     * then words are compared inside each pair of changed blocks. A block that has no similar counterpart
     * shows as deleted or inserted whole. Returns one list for the whole text, with the same reconstruction
     * guarantees as {@link #diff(String, String)}.
     */
    public static List<DiffSegment> diffByParagraph(String oldText, String newText) {
        return new ParagraphDiff(normalizeLineEndings(oldText), normalizeLineEndings(newText)).segments();
    }

    /**
     * Returns how alike two texts are, from 0 (nothing in common) to 1 (equal): twice the number of
     * non-whitespace characters in the {@code EQUAL} segments of their word diff, divided by the number of
     * non-whitespace characters of both texts. Whitespace is left out because it matches between any two
     * texts. Two texts without any non-whitespace character count as equal.
     */
    public static double similarity(String oldText, String newText) {
        return similarity(diff(oldText, newText));
    }

    /**
     * Returns {@link #similarity(String, String)} of the two texts that a word diff compared, from its segments
     * alone: the {@code EQUAL} and {@code DELETED} segments make up the old text, {@code EQUAL} and
     * {@code INSERTED} the new one.
     */
    static double similarity(List<DiffSegment> segments) {
        int equal = 0;
        int changed = 0;
        for (DiffSegment segment : segments) {
            int length = nonWhitespaceLength(segment.text());
            if (segment.kind() == DiffSegment.Kind.EQUAL) {
                equal += length;
            } else {
                changed += length;
            }
        }
        int total = 2 * equal + changed;
        return total == 0 ? 1.0 : 2.0 * equal / total;
    }

    /** Counts the code points of the text that are not whitespace. */
    public static int nonWhitespaceLength(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            // A surrogate pair is one code point, and neither of its halves is whitespace: count the high half only.
            if (!Character.isWhitespace(character) && !Character.isLowSurrogate(character)) {
                count++;
            }
        }
        return count;
    }

    /** Computes {@link #diff(String, String)} of two texts whose line endings are already LF. */
    static List<DiffSegment> diffNormalized(String oldText, String newText) {
        SegmentBuilder builder = new SegmentBuilder();
        appendWordDiff(builder, oldText, newText);
        return builder.build();
    }

    static String normalizeLineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Appends the word diff of two texts whose line endings are already normalised. The equal start and end of the
     * two texts are cut off first, at a safe cut, so that only the part in between is tokenized and diffed: in an
     * edited paragraph that is usually a few words.
     */
    static void appendWordDiff(SegmentBuilder builder, String oldText, String newText) {
        if (oldText.equals(newText)) {
            builder.add(DiffSegment.Kind.EQUAL, oldText);
            return;
        }
        int prefix = equalPrefix(oldText, newText);
        int suffix = equalSuffix(oldText, newText, prefix);
        builder.add(DiffSegment.Kind.EQUAL, oldText.substring(0, prefix));
        appendTokenDiff(builder, oldText.substring(prefix, oldText.length() - suffix),
                newText.substring(prefix, newText.length() - suffix));
        builder.add(DiffSegment.Kind.EQUAL, oldText.substring(oldText.length() - suffix));
    }

    /**
     * Returns the length of the longest equal start of both texts that ends at a safe cut in both, or 0. A safe
     * cut lies after a space or a line break and before a letter or a digit. There every word boundary rule and
     * every grapheme cluster rule breaks, and none looks across it. The tokens of the start are then the same
     * whether it is tokenized alone or with the rest.
     */
    private static int equalPrefix(String oldText, String newText) {
        int limit = Math.min(oldText.length(), newText.length());
        int equal = 0;
        while (equal < limit && oldText.charAt(equal) == newText.charAt(equal)) {
            equal++;
        }
        for (int cut = equal; cut > 0; cut--) {
            if (isSafeCut(oldText, cut) && isSafeCut(newText, cut)) {
                return cut;
            }
        }
        return 0;
    }

    /** Returns the length of the longest equal end of both texts that starts at a safe cut and after the prefix. */
    private static int equalSuffix(String oldText, String newText, int prefix) {
        int limit = Math.min(oldText.length(), newText.length()) - prefix;
        int equal = 0;
        while (equal < limit
                && oldText.charAt(oldText.length() - 1 - equal) == newText.charAt(newText.length() - 1 - equal)) {
            equal++;
        }
        for (int length = equal; length > 0; length--) {
            if (isSafeCut(oldText, oldText.length() - length) && isSafeCut(newText, newText.length() - length)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean isSafeCut(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return false;
        }
        char before = text.charAt(offset - 1);
        return (before == ' ' || before == '\n') && Character.isLetterOrDigit(text.charAt(offset));
    }

    /** Appends the word diff of two texts with java-diff-utils over their {@link WordTokenizer} tokens. */
    private static void appendTokenDiff(SegmentBuilder builder, String oldText, String newText) {
        List<String> oldTokens = WordTokenizer.tokens(oldText);
        List<String> newTokens = WordTokenizer.tokens(newText);

        int oldPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            Chunk<String> source = delta.getSource();
            builder.add(DiffSegment.Kind.EQUAL, join(oldTokens.subList(oldPosition, source.getPosition())));
            builder.add(DiffSegment.Kind.DELETED, join(source.getLines()));
            builder.add(DiffSegment.Kind.INSERTED, join(delta.getTarget().getLines()));
            oldPosition = source.getPosition() + source.size();
        }
        builder.add(DiffSegment.Kind.EQUAL, join(oldTokens.subList(oldPosition, oldTokens.size())));
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens);
    }
}
