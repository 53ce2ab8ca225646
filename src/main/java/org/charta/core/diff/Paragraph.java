package org.charta.core.diff;

import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * One leaf block of a section, as a comparison uses it.
 *
 * @param number    the block's number from {@link MarkdownBlocks}: from 1 over non-heading blocks, 0 for a heading
 * @param text      the block's source from the start of its first line, so that list and quote markers belong to
 *                  it and it renders on its own as it does in the section
 * @param layoutKey the text with every run of whitespace collapsed to one space and trimmed: two paragraphs with
 *                  the same key differ in layout only
 */
record Paragraph(int number, String text, String layoutKey) {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Returns the leaf blocks of a text with LF line endings, in document order. */
    static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : MarkdownBlocks.blocks(text)) {
            int lineStart = text.lastIndexOf('\n', block.start() - 1) + 1;
            if (lineStart == 0 && text.startsWith(BYTE_ORDER_MARK)) {
                lineStart = BYTE_ORDER_MARK.length();
            }
            String source = text.substring(lineStart, block.end());
            paragraphs.add(new Paragraph(block.number(), source, layoutKey(source)));
        }
        return paragraphs;
    }

    /** Collapses every run of whitespace to one space and trims both ends. */
    static String layoutKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (Character.isWhitespace(character)) {
                pendingSpace = key.length() > 0;
            } else {
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                key.append(character);
            }
        }
        return key.toString();
    }
}
