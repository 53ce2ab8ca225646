package org.charta.core.merge;

import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraph units for the first level of the prose merge. Each unit is one CommonMark leaf
 * block with the separator after it, from the start of the block's first line, so that list markers and quote
 * prefixes stay with their block. Text before the first block belongs to the first unit. Joining the units gives
 * back the text exactly.
 */
final class ParagraphUnits {

    private ParagraphUnits() {
    }

    static List<String> split(String text) {
        List<String> units = new ArrayList<>();
        if (text.isEmpty()) {
            return units;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (Block block : MarkdownBlocks.blocks(text)) {
            int lineStart = text.lastIndexOf('\n', block.start() - 1) + 1;
            if (lineStart > starts.get(starts.size() - 1)) {
                starts.add(lineStart);
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            units.add(text.substring(starts.get(i), end));
        }
        return units;
    }

    /**
     * Returns the number (from 1, as {@link MarkdownBlocks#paragraphs} counts) of the first paragraph that starts
     * at or after {@code offset}, or of the last paragraph when none does.
     */
    static int paragraphAt(String text, int offset) {
        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);
        int before = 0;
        for (Block paragraph : paragraphs) {
            if (paragraph.start() < offset) {
                before++;
            }
        }
        return Math.max(1, Math.min(before + 1, paragraphs.size()));
    }
}
