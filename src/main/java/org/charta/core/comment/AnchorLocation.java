package org.charta.core.comment;

import java.util.Objects;

/**
 * The position of a thread's anchor in the current section text.
 *
 * @param state     how the anchor was found
 * @param paragraph paragraph number from 1, or 0 when orphaned
 * @param start     offset of the first anchored character, or -1 when orphaned
 * @param end       offset just after the last anchored character, or -1 when orphaned
 */
public record AnchorLocation(AnchorState state, int paragraph, int start, int end) {

    public AnchorLocation {
        Objects.requireNonNull(state, "state");
    }

    public static AnchorLocation orphaned() {
        return new AnchorLocation(AnchorState.ORPHANED, 0, -1, -1);
    }
}
