package org.charta.core.governance;

/** What a member may do: drafters edit and propose, reviewers comment, coordinators run votes, merge and tag. */
public enum Role {
    DRAFTER,
    REVIEWER,
    COORDINATOR
}
