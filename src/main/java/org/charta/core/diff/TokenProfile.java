package org.charta.core.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of a paragraph as a multiset, used to rule out pairs of paragraphs before their word diff is computed.
 * A word diff can match at most the words the two texts have in common, so the shared non-whitespace characters
 * give an upper bound of {@link WordDiff#similarity}.
 */
final class TokenProfile {

    private final Map<String, Integer> counts = new HashMap<>();
    private final int nonWhitespaceLength;

    private TokenProfile(String text) {
        int length = 0;
        for (String token : WordTokenizer.tokens(text)) {
            int tokenLength = WordDiff.nonWhitespaceLength(token);
            if (tokenLength > 0) {
                counts.merge(token, 1, Integer::sum);
                length += tokenLength;
            }
        }
        this.nonWhitespaceLength = length;
    }

    static TokenProfile of(String text) {
        return new TokenProfile(text);
    }

    /**
     * Returns the greatest similarity a word diff of the two texts can reach: twice the non-whitespace characters
     * of their shared tokens over the non-whitespace characters of both.
     */
    double maxSimilarity(TokenProfile other) {
        int total = nonWhitespaceLength + other.nonWhitespaceLength;
        if (total == 0) {
            return 1.0;
        }
        TokenProfile smaller = counts.size() <= other.counts.size() ? this : other;
        TokenProfile larger = smaller == this ? other : this;
        int shared = 0;
        for (Map.Entry<String, Integer> entry : smaller.counts.entrySet()) {
            Integer otherCount = larger.counts.get(entry.getKey());
            if (otherCount != null) {
                shared += Math.min(entry.getValue(), otherCount) * WordDiff.nonWhitespaceLength(entry.getKey());
            }
        }
        return 2.0 * shared / total;
    }

    /** Returns the bound that the lengths alone set: equal characters cannot exceed the shorter text's. */
    double maxSimilarityByLength(TokenProfile other) {
        int total = nonWhitespaceLength + other.nonWhitespaceLength;
        return total == 0 ? 1.0 : 2.0 * Math.min(nonWhitespaceLength, other.nonWhitespaceLength) / total;
    }
}
