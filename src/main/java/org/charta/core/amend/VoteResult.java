package org.charta.core.amend;

/** The outcome of a vote: still open, adopted, rejected, or rejected because too few members voted. */
public enum VoteResult {
    OPEN,
    ADOPTED,
    REJECTED,
    NO_QUORUM
}
