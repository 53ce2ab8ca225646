package org.charta.core.amend;

/** A member's vote; {@code BLOCK} exists only under the consensus rule. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN,
    BLOCK
}
