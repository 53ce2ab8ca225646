package org.charta.core.merge;

/** One of the two sides of a merge. */
enum Side {
    OURS,
    THEIRS
}
