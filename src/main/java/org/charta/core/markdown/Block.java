package org.charta.core.markdown;

/**
 * A leaf block of a section as the CommonMark parser found it.
 *
 * @param kind        what the block is
 * @param number      paragraph number shown in the gutter, counted from 1 over non-heading blocks; 0 for headings
 * @param start       offset of the block's first character in the section text
 * @param end         offset just after the block's last character (line breaks after it are not included)
 * @param startLine   zero-based line of {@code start}
 * @param endLine     zero-based line of the block's last character
 * @param text        the section text from {@code start} to {@code end}, container prefixes of later lines included
 */
public record Block(BlockKind kind, int number, int start, int end, int startLine, int endLine, String text) {

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
