package org.charta.core.amend;

/** The reason a vote file is shown but not counted. */
public enum InvalidVote {
    /** The voter's e-mail address is not a member's. */
    NOT_A_MEMBER,
    /** Another file already carries this member's vote; only the file named for the member counts. */
    DUPLICATE,
    /** The file was written after the vote closed. */
    AFTER_CLOSING,
    /** The vote was cast, or its commit written, after the end of the voting period. */
    AFTER_PERIOD,
    /** The commit that wrote the file has another author than the voter the file names. */
    AUTHOR_MISMATCH,
    /** A block under a rule other than consensus. */
    BLOCK_NOT_ALLOWED,
    /** The file is not a vote Charta can read. */
    UNREADABLE
}
