package org.charta.core.merge;

import org.charta.core.io.TextNormalizer;

import java.util.List;

/**
 * A run of paragraph units that both sides changed and whose word-level merge still conflicts. All texts are exact
 * slices, separators after the last paragraph included, so that the merged file stays byte for byte what the
 * inputs give.
 *
 * @param base         the region in the common ancestor
 * @param mine         the region in the local version
 * @param theirs       the region in the shared version
 * @param mineResult   the region merged word by word, each conflicting run taken from the local side
 * @param theirsResult the region merged word by word, each conflicting run taken from the shared side
 * @param mineOffset   the offset of the region in the local text
 * @param runs         the conflicting word runs, in order
 */
record TextRegion(String base, String mine, String theirs, String mineResult, String theirsResult, int mineOffset,
                  List<WordRun> runs) {

    TextRegion {
        runs = List.copyOf(runs);
    }

    /** Returns the text that a resolution puts in place of the region. */
    String resolve(Resolution resolution) {
        return switch (resolution.choice()) {
            case MINE -> mineResult;
            case THEIRS -> theirsResult;
            case BOTH -> both();
            case EDITED -> edited(resolution.text());
        };
    }

    /**
     * Returns both results as separate paragraphs, the local one first, separated by one blank line. When one
     * side deleted the region, only the other side's text remains.
     */
    String both() {
        String mineText = stripTrailingLineBreaks(mineResult);
        if (mineText.isBlank()) {
            return theirsResult;
        }
        if (stripTrailingLineBreaks(theirsResult).isBlank()) {
            return mineResult;
        }
        return mineText + "\n\n" + theirsResult;
    }

    /**
     * Returns the person's text, in NFC with LF endings, followed by the separator that ends the region, so the next
     * paragraph stays a paragraph of its own. A blank text deletes the region.
     */
    String edited(String text) {
        String body = stripTrailingLineBreaks(TextNormalizer.normalize(text));
        if (body.isBlank()) {
            return "";
        }
        return body + separator();
    }

    private String separator() {
        String source = stripTrailingLineBreaks(theirsResult).isEmpty() ? mineResult : theirsResult;
        return source.substring(stripTrailingLineBreaks(source).length());
    }

    static String stripTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
