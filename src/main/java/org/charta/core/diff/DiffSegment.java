package org.charta.core.diff;

import java.util.Objects;

/**
 * One run of a difference between an old and a new text.
 *
 * @param kind whether the run is in both texts, only in the new one or only in the old one
 * @param text the characters of the run, never empty in the lists that {@link WordDiff} returns
 */
public record DiffSegment(Kind kind, String text) {

    /** Where a run of text sits: in both texts, only in the new text, or only in the old text. */
    public enum Kind {
        EQUAL,
        INSERTED,
        DELETED
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
