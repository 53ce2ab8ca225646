package org.charta.core.diff;

import java.text.BreakIterator;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the offsets between user-perceived characters (extended grapheme clusters), so that no tokenizer,
 * selection or context window cuts a letter from its combining marks, a surrogate pair or an emoji sequence.
 *
 * <p>An offset is a boundary only when both {@link BreakIterator#getCharacterInstance(Locale)} and the
 * regular-expression cluster {@code \X} agree. The JDK 17 character instance alone splits emoji sequences
 * joined by U+200D, skin-tone modifiers and flag pairs, while {@code \X} follows Unicode's extended grapheme
 * cluster rules there.
 */
public final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    /** A character iterator per thread: creating one costs more than scanning a short paragraph with it. */
    private static final ThreadLocal<BreakIterator> CHARACTERS =
            ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(Locale.ROOT));

    private Graphemes() {
    }

    /** Returns the set of offsets, 0 and {@code text.length()} included, at which the text may be split. */
    public static BitSet boundaries(String text) {
        BitSet clusterBoundaries = new BitSet(text.length() + 1);
        clusterBoundaries.set(0);
        Matcher matcher = CLUSTER.matcher(text);
        while (matcher.find()) {
            clusterBoundaries.set(matcher.end());
        }

        BitSet characterBoundaries = new BitSet(text.length() + 1);
        BreakIterator characters = CHARACTERS.get();
        characters.setText(text);
        for (int offset = characters.first(); offset != BreakIterator.DONE; offset = characters.next()) {
            characterBoundaries.set(offset);
        }

        clusterBoundaries.and(characterBoundaries);
        return clusterBoundaries;
    }

    /** Moves the offset back to the nearest boundary at or before it. */
    public static int floor(BitSet boundaries, int offset) {
        int boundary = boundaries.previousSetBit(offset);
        return Math.max(boundary, 0);
    }

    /** Moves the offset forward to the nearest boundary at or after it. */
    public static int ceiling(BitSet boundaries, int offset, int textLength) {
        int boundary = boundaries.nextSetBit(offset);
        return boundary < 0 ? textLength : boundary;
    }
}
