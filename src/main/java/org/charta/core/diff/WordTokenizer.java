package org.charta.core.diff;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens at Unicode word boundaries: words, runs of spaces, line breaks and punctuation.
 * The tokens joined in order give back the input exactly.
 */
public final class WordTokenizer {

    /** A word iterator per thread: creating one costs more than tokenizing a short paragraph with it. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.ROOT));

    private WordTokenizer() {
    }

    /**
     * Returns the tokens of the text as {@link BreakIterator#getWordInstance(Locale)} finds them for
     * {@link Locale#ROOT}, skipping every word boundary that would split a user-perceived character (see
     * {@link Graphemes}). An Arabic letter keeps its diacritics and an emoji sequence stays one token.
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        BitSet characterBoundaries = Graphemes.boundaries(text);
        BreakIterator words = WORDS.get();
        words.setText(text);

        int tokenStart = 0;
        for (int boundary = words.next(); boundary != BreakIterator.DONE; boundary = words.next()) {
            if (boundary < text.length() && !characterBoundaries.get(boundary)) {
                continue;
            }
            tokens.add(text.substring(tokenStart, boundary));
            tokenStart = boundary;
        }
        if (tokenStart < text.length()) {
            tokens.add(text.substring(tokenStart));
        }
        return tokens;
    }
}
