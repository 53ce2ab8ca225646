package org.charta.core.translation;

/** State of one paragraph of a translation against the current source text. */
public enum ParagraphState {
    /** The source paragraph it was aligned with is unchanged (or only moved) since. */
    CURRENT,
    /** The source paragraph it was aligned with has changed since; the row carries the word diff. */
    OUTDATED,
    /** The source paragraph it was aligned with has been deleted since. */
    SOURCE_REMOVED,
    /** No alignment reaches this translation paragraph: it is new or was never aligned. */
    UNALIGNED,
    /** A current source paragraph that no translation paragraph is aligned with. */
    MISSING
}
