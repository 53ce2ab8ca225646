package org.charta.ui.amend;

import org.charta.core.amend.AmendmentStatus;

/** The choices of the list's status filter: every amendment, the open ones, or one status. */
public record StatusFilter(Kind kind, AmendmentStatus status) {

    /** Which amendments a status filter keeps. */
    public enum Kind {
        ALL,
        OPEN,
        ONE
    }

    public static final StatusFilter ALL = new StatusFilter(Kind.ALL, null);
    public static final StatusFilter OPEN = new StatusFilter(Kind.OPEN, null);

    public static StatusFilter of(AmendmentStatus status) {
        return new StatusFilter(Kind.ONE, status);
    }

    public boolean matches(AmendmentStatus value) {
        return switch (kind) {
            case ALL -> true;
            case OPEN -> value != null && value.isOpen();
            case ONE -> value == status;
        };
    }
}
