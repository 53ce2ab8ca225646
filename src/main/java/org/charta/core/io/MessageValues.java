package org.charta.core.io;

import org.charta.core.diff.Graphemes;

import java.util.BitSet;

/**
 * Shortens a value that a person typed before an error message repeats it, so that a pasted page of text does not
 * fill the terminal or the dialog. The value stays recognisable by its start.
 */
public final class MessageValues {

    /** Maximum number of characters (UTF-16 units) of a value that a message repeats, the ellipsis included. */
    public static final int MAX_LENGTH = 80;

    /** Characters past the cut that the grapheme scan looks at, so that a cluster at the cut is seen whole. */
    private static final int LOOKAHEAD = 32;

    private MessageValues() {
    }

    /**
     * Returns the value unchanged when it has at most {@link #MAX_LENGTH} characters, else its start, cut at a
     * boundary between user-perceived characters, followed by "…". Returns null for null.
     */
    public static String shorten(String value) {
        if (value == null || value.length() <= MAX_LENGTH) {
            return value;
        }
        String head = value.substring(0, Math.min(value.length(), MAX_LENGTH + LOOKAHEAD));
        BitSet boundaries = Graphemes.boundaries(head);
        int cut = Graphemes.floor(boundaries, MAX_LENGTH - 1);
        return head.substring(0, cut) + "…";
    }
}
