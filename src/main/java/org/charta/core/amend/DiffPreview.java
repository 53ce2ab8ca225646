package org.charta.core.amend;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.Graphemes;
import org.charta.core.diff.WordDiff;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * The short word diff that a row of the amendments list shows: the first changed paragraph of a section, cut to
 * about {@link #MAX_LENGTH} UTF-16 characters around the first change, with runs of whitespace shown as one space.
 */
final class DiffPreview {

    /** The preview's target length in characters; a cut adds an ellipsis at either end. */
    static final int MAX_LENGTH = 160;

    /** Unchanged characters kept before the first change. */
    static final int LEADING_CONTEXT = 40;

    private static final String ELLIPSIS = "…";

    private DiffPreview() {
    }

    /**
     * Returns the word diff of the first paragraph that differs between the two texts (either may be null for an
     * added or deleted section), cut to about {@link #MAX_LENGTH} characters; empty when the paragraphs are equal.
     */
    static List<DiffSegment> of(String oldText, String newText) {
        return ofBlocks(blocks(oldText), blocks(newText));
    }

    /** Returns the preview for texts already split into block texts. */
    static List<DiffSegment> ofBlocks(List<String> oldBlocks, List<String> newBlocks) {
        // Blocks that differ in whitespace or line wrapping only count as equal, as the diff hides them by default.
        List<AbstractDelta<String>> deltas = DiffUtils.diff(layoutFree(oldBlocks), layoutFree(newBlocks)).getDeltas();
        if (deltas.isEmpty()) {
            return List.of();
        }
        // A run of neighbouring changed paragraphs is one delta; the preview shows its first paragraph only.
        AbstractDelta<String> first = deltas.get(0);
        List<String> oldLines = first.getSource().getLines();
        List<String> newLines = first.getTarget().getLines();
        String before = oldLines.isEmpty() ? "" : oldLines.get(0);
        String after = newLines.isEmpty() ? "" : newLines.get(0);
        return cut(WordDiff.diff(before, after));
    }

    private static List<String> layoutFree(List<String> blocks) {
        return blocks.stream().map(block -> block.replaceAll("\\s+", " ").strip()).toList();
    }

    /** Keeps {@link #LEADING_CONTEXT} characters before the first change, then up to the length limit. */
    static List<DiffSegment> cut(List<DiffSegment> segments) {
        List<DiffSegment> kept = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < segments.size() && length < MAX_LENGTH; i++) {
            DiffSegment segment = segments.get(i);
            String text = segment.text().replaceAll("\\s+", " ");
            if (i == 0 && segment.kind() == DiffSegment.Kind.EQUAL) {
                text = tail(text, LEADING_CONTEXT);
            }
            if (length + text.length() > MAX_LENGTH) {
                text = head(text, MAX_LENGTH - length);
            }
            if (!text.isEmpty()) {
                kept.add(new DiffSegment(segment.kind(), text));
                length += text.length();
            }
        }
        return kept;
    }

    /** Keeps the last {@code max} characters or so, cut at a grapheme boundary so no letter loses its marks. */
    private static String tail(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int start = Graphemes.ceiling(Graphemes.boundaries(text), text.length() - max, text.length());
        return ELLIPSIS + text.substring(start);
    }

    private static String head(String text, int max) {
        if (max <= 0) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Graphemes.floor(Graphemes.boundaries(text), max);
        return text.substring(0, end) + ELLIPSIS;
    }

    private static List<String> blocks(String text) {
        if (text == null) {
            return List.of();
        }
        return MarkdownBlocks.blocks(text).stream().map(Block::text).toList();
    }
}
