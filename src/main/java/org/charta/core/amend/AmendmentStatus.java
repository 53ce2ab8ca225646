package org.charta.core.amend;

/**
 * Where an amendment stands in its life: draft, then proposed, then voting, then adopted, rejected or withdrawn,
 * and merged once an adopted amendment is part of the main text.
 */
public enum AmendmentStatus {
    DRAFT,
    PROPOSED,
    VOTING,
    ADOPTED,
    REJECTED,
    WITHDRAWN,
    MERGED;

    /**
     * Orders the statuses along the life of an amendment. When two people changed the status of the same
     * amendment offline, the merge keeps the later one: a vote opened while the author proposed stays open.
     */
    public int stage() {
        return switch (this) {
            case DRAFT -> 0;
            case PROPOSED -> 1;
            case VOTING -> 2;
            case ADOPTED, REJECTED, WITHDRAWN -> 3;
            case MERGED -> 4;
        };
    }

    /** Open amendments can still change: draft, proposed and voting ones. */
    public boolean isOpen() {
        return this == DRAFT || this == PROPOSED || this == VOTING;
    }
}
