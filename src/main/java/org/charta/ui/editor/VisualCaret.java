package org.charta.ui.editor;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Caret positions of one line in the order they are drawn on the screen, from the Unicode bidirectional
 * algorithm ({@link Bidi}) over the line's text.
 *
 * <p>A caret at offset {@code p} is drawn where JavaFX 21 draws it: at the leading edge of character
 * {@code p}, which is its left side in a left-to-right run and its right side in a right-to-left run. The caret
 * at the end of the line is drawn at the trailing edge of the last character. So at a boundary between two runs
 * two offsets are drawn at the same place, and one edge of the run has no offset drawn at it.
 *
 * <p>Left moves to the offset drawn nearest to the left of the current one, and Right to the nearest on the
 * right. An edge with no offset is skipped. When two offsets are drawn at the same place, the move goes to the
 * one logically nearer to the current offset, and to the lower offset when both are as near.
 * Offsets inside a grapheme cluster, such as between an Arabic letter and its vowel mark, are never chosen.
 */
final class VisualCaret {

    private final int[] boundaries;
    private final int[] slots;

    private VisualCaret(int[] boundaries, int[] slots) {
        this.boundaries = boundaries;
        this.slots = slots;
    }

    /** Lays out a line whose paragraph direction is right to left when {@code rightToLeft} is set. */
    static VisualCaret of(String line, boolean rightToLeft) {
        int length = line.length();
        int[] visualIndex = visualIndices(line, rightToLeft);
        byte[] levels = levels(line, rightToLeft);

        int[] boundaries = graphemeBoundaries(line);
        int[] slots = new int[boundaries.length];
        for (int index = 0; index < boundaries.length; index++) {
            int offset = boundaries[index];
            if (length == 0) {
                slots[index] = 0;
            } else if (offset < length) {
                boolean leftToRight = levels[offset] % 2 == 0;
                slots[index] = leftToRight ? visualIndex[offset] : visualIndex[offset] + 1;
            } else {
                boolean leftToRight = levels[length - 1] % 2 == 0;
                slots[index] = leftToRight ? visualIndex[length - 1] + 1 : visualIndex[length - 1];
            }
        }
        return new VisualCaret(boundaries, slots);
    }

    /**
     * Returns the place, counted in characters from the left end of the line, where the caret at
     * {@code offset} is drawn.
     */
    int slot(int offset) {
        for (int index = 0; index < boundaries.length; index++) {
            if (boundaries[index] >= offset) {
                return slots[index];
            }
        }
        return slots[slots.length - 1];
    }

    /** Returns the offset one step to the left of {@code offset} on the screen, or nothing at the left end. */
    OptionalInt left(int offset) {
        return step(offset, -1);
    }

    /** Returns the offset one step to the right of {@code offset} on the screen, or nothing at the right end. */
    OptionalInt right(int offset) {
        return step(offset, 1);
    }

    private OptionalInt step(int offset, int direction) {
        int from = slot(offset);
        int bestNearness = Integer.MIN_VALUE;
        int best = -1;
        for (int index = 0; index < boundaries.length; index++) {
            int candidate = boundaries[index];
            int distance = (slots[index] - from) * direction;
            if (candidate == offset || distance <= 0) {
                continue;
            }
            int nearness = -distance;
            if (best < 0 || nearness > bestNearness || nearness == bestNearness && closer(candidate, best, offset)) {
                bestNearness = nearness;
                best = candidate;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static boolean closer(int candidate, int best, int offset) {
        int candidateDistance = Math.abs(candidate - offset);
        int bestDistance = Math.abs(best - offset);
        return candidateDistance < bestDistance || candidateDistance == bestDistance && candidate < best;
    }

    /** Returns the visual index, counted from the left, of each character of the line. */
    private static int[] visualIndices(String line, boolean rightToLeft) {
        int length = line.length();
        int[] visualIndex = new int[length];
        if (length == 0) {
            return visualIndex;
        }
        Integer[] logical = new Integer[length];
        for (int index = 0; index < length; index++) {
            logical[index] = index;
        }
        Bidi.reorderVisually(levels(line, rightToLeft), 0, logical, 0, length);
        for (int visual = 0; visual < length; visual++) {
            visualIndex[logical[visual]] = visual;
        }
        return visualIndex;
    }

    /** Returns each character's embedding level, odd for right to left, as the bidirectional algorithm resolves it. */
    private static byte[] levels(String line, boolean rightToLeft) {
        int flags = rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT;
        Bidi bidi = new Bidi(line, flags);
        byte[] levels = new byte[line.length()];
        for (int index = 0; index < levels.length; index++) {
            levels[index] = (byte) bidi.getLevelAt(index);
        }
        return levels;
    }

    private static int[] graphemeBoundaries(String line) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(line);
        List<Integer> offsets = new ArrayList<>();
        for (int boundary = characters.first(); boundary != BreakIterator.DONE; boundary = characters.next()) {
            offsets.add(boundary);
        }
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

}
