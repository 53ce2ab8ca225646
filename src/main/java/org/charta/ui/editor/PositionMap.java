package org.charta.ui.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.Arrays;
import java.util.List;

/**
 * Maps caret offsets and line numbers of a section's text to a newer version of it, such as the text a sync
 * merged, so the caret stays in its paragraph and the view stays where the person was reading.
 *
 * <p>The lines of both versions are compared with java-diff-utils. A line outside every change keeps its
 * column and moves by the lines inserted or removed above it. Inside a changed stretch, an offset in the
 * unchanged start or end of the stretch keeps its distance from that start or end, and any other offset is
 * clamped to the changed part.
 */
final class PositionMap {

    private final List<String> oldLines;
    private final List<String> newLines;
    private final List<AbstractDelta<String>> deltas;

    private PositionMap(String oldText, String newText) {
        this.oldLines = lines(oldText);
        this.newLines = lines(newText);
        this.deltas = DiffUtils.diff(oldLines, newLines).getDeltas();
    }

    /** Compares two versions of a text. */
    static PositionMap between(String oldText, String newText) {
        return new PositionMap(oldText, newText);
    }

    /** Returns the line of the new text that shows what the zero-based line of the old text showed. */
    int line(int oldLine) {
        int shift = 0;
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            if (oldLine < source.getPosition()) {
                break;
            }
            if (oldLine >= source.getPosition() + source.size()) {
                shift += target.size() - source.size();
                continue;
            }
            int inside = Math.min(oldLine - source.getPosition(), Math.max(0, target.size() - 1));
            return clampLine(target.getPosition() + inside);
        }
        return clampLine(oldLine + shift);
    }

    /** Returns the offset in the new text that corresponds to an offset in the old text. */
    int offset(int oldOffset) {
        int oldLine = lineOf(oldLines, oldOffset);
        int column = oldOffset - startOf(oldLines, oldLine);
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            if (oldLine < source.getPosition()) {
                break;
            }
            if (oldLine < source.getPosition() + source.size()) {
                return offsetInChange(delta, oldOffset);
            }
        }
        int newLine = line(oldLine);
        return startOf(newLines, newLine) + Math.min(column, newLines.get(newLine).length());
    }

    /** Maps an offset inside a changed stretch through the stretch's unchanged start and end. */
    private int offsetInChange(AbstractDelta<String> delta, int oldOffset) {
        Chunk<String> source = delta.getSource();
        Chunk<String> target = delta.getTarget();
        String oldStretch = String.join("\n", source.getLines());
        String newStretch = String.join("\n", target.getLines());
        int oldStart = startOf(oldLines, source.getPosition());
        int newStart = target.size() == 0 ? startOf(newLines, clampLine(target.getPosition()))
                : startOf(newLines, target.getPosition());
        int inStretch = Math.min(oldOffset - oldStart, oldStretch.length());

        int prefix = commonPrefix(oldStretch, newStretch);
        int suffix = Math.min(commonSuffix(oldStretch, newStretch), Math.min(oldStretch.length(),
                newStretch.length()) - prefix);
        int mapped;
        if (inStretch <= prefix) {
            mapped = inStretch;
        } else if (oldStretch.length() - inStretch <= suffix) {
            mapped = newStretch.length() - (oldStretch.length() - inStretch);
        } else {
            mapped = Math.min(inStretch, newStretch.length() - suffix);
        }
        return newStart + mapped;
    }

    private int clampLine(int line) {
        return Math.max(0, Math.min(line, newLines.size() - 1));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static int lineOf(List<String> lines, int offset) {
        int start = 0;
        for (int line = 0; line < lines.size(); line++) {
            int end = start + lines.get(line).length();
            if (offset <= end) {
                return line;
            }
            start = end + 1;
        }
        return lines.size() - 1;
    }

    private static int startOf(List<String> lines, int line) {
        int start = 0;
        for (int index = 0; index < line; index++) {
            start += lines.get(index).length() + 1;
        }
        return start;
    }

    private static int commonPrefix(String first, String second) {
        int limit = Math.min(first.length(), second.length());
        int length = 0;
        while (length < limit && first.charAt(length) == second.charAt(length)) {
            length++;
        }
        return length;
    }

    private static int commonSuffix(String first, String second) {
        int limit = Math.min(first.length(), second.length());
        int length = 0;
        while (length < limit
                && first.charAt(first.length() - 1 - length) == second.charAt(second.length() - 1 - length)) {
            length++;
        }
        return length;
    }
}
