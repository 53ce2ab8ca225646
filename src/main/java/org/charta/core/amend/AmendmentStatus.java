package org.charta.core.amend;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

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

    /** The status as record files store it: the name in lowercase, such as {@code voting}. */
    @JsonValue
    public String fileValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a status from a record file in any case, since a person may have written {@code "Adopted"} by hand.
     *
     * @throws IllegalArgumentException for a value that names no status
     */
    @JsonCreator
    public static AmendmentStatus fromFileValue(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** Open amendments can still change: draft, proposed and voting ones. */
    public boolean isOpen() {
        return this == DRAFT || this == PROPOSED || this == VOTING;
    }
}
