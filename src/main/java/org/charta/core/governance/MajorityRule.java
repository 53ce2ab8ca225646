package org.charta.core.governance;

/**
 * How a vote is decided: more for than against, at least two thirds of the for and against votes, or consensus,
 * where a single block stops adoption.
 */
public enum MajorityRule {
    SIMPLE,
    TWO_THIRDS,
    CONSENSUS
}
