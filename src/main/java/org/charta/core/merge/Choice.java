package org.charta.core.merge;

/** What a person keeps for one conflict. */
public enum Choice {

    /** The local version of the region, with the other side's non-conflicting changes merged in. */
    MINE,

    /** The shared version of the region, with the local side's non-conflicting changes merged in. */
    THEIRS,

    /** Both versions, the local one first; only where {@link Conflict#bothAllowed()}. */
    BOTH,

    /** A text the person wrote; only where {@link Conflict#editAllowed()}. */
    EDITED
}
