package org.charta.core.comment;

/**
 * Finds where a phrase now sits inside the edited paragraph that {@link AnchorResolver} matched for it: between the
 * end of the recorded prefix and the start of the recorded suffix, as far as both are still in the paragraph.
 */
final class PhraseSpan {

    /** Context pieces with fewer non-space characters than this occur by chance too often to mark a place. */
    static final int MIN_CONTEXT_CHARACTERS = 4;

    private PhraseSpan() {
    }

    /**
     * Narrows a text-changed location on a whole paragraph to the phrase's place in it. The longest end of the
     * recorded prefix and the longest start of the recorded suffix that occur in the paragraph, in that order and
     * with at least {@link #MIN_CONTEXT_CHARACTERS} non-space characters each, bound the place. When the anchor
     * quotes the whole paragraph, either piece is missing, or the place between them is blank, the location is
     * returned unchanged.
     */
    static AnchorLocation narrow(Anchor anchor, String sectionText, AnchorLocation paragraph) {
        String text = sectionText.substring(paragraph.start(), paragraph.end());
        if (anchor.quote().length() >= text.length()) {
            return paragraph;
        }
        String before = longestEndIn(anchor.prefix(), text);
        String after = longestStartIn(anchor.suffix(), text);
        if (before == null || after == null) {
            return paragraph;
        }

        int[] span = closestSpan(text, before, after);
        if (span == null || text.substring(span[0], span[1]).isBlank()) {
            return paragraph;
        }
        return new AnchorLocation(paragraph.state(), paragraph.paragraph(), paragraph.start() + span[0],
                paragraph.start() + span[1]);
    }

    /** Returns the longest end of {@code context} that occurs in the text and is long enough, or null. */
    private static String longestEndIn(String context, String text) {
        for (int start = 0; start < context.length(); start++) {
            String piece = context.substring(start);
            if (!isLongEnough(piece)) {
                return null;
            }
            if (text.contains(piece)) {
                return piece;
            }
        }
        return null;
    }

    /** Returns the longest start of {@code context} that occurs in the text and is long enough, or null. */
    private static String longestStartIn(String context, String text) {
        for (int end = context.length(); end > 0; end--) {
            String piece = context.substring(0, end);
            if (!isLongEnough(piece)) {
                return null;
            }
            if (text.contains(piece)) {
                return piece;
            }
        }
        return null;
    }

    private static boolean isLongEnough(String piece) {
        return piece.codePoints().filter(c -> !Character.isWhitespace(c)).count() >= MIN_CONTEXT_CHARACTERS;
    }

    /**
     * Returns the shortest stretch that starts right after an occurrence of {@code before} and ends right where a
     * later occurrence of {@code after} starts, as {start, end} offsets in the text, or null when there is none.
     */
    private static int[] closestSpan(String text, String before, String after) {
        int[] best = null;
        for (int at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1)) {
            int start = at + before.length();
            int end = text.indexOf(after, start);
            if (end >= 0 && (best == null || end - start < best[1] - best[0])) {
                best = new int[] {start, end};
            }
        }
        return best;
    }
}
