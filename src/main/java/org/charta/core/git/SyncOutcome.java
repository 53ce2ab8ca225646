package org.charta.core.git;

/** The outcome of a sync (or a publish) with the shared remote. */
public enum SyncOutcome {

    /** Local and shared text are the same again: commits were sent, received or both. */
    SYNCED,

    /** Nothing to send and nothing to receive. */
    UP_TO_DATE,

    /**
     * The shared changes conflict with local ones. The work tree and {@code HEAD} stay as they were, and the
     * remote tip is kept under {@code refs/charta/conflicts/}.
     */
    CONFLICT,

    /** The remote was unreachable. Local work is recorded and stays intact. */
    OFFLINE,

    /**
     * The remote rejected the push: a refusal such as a server hook, or a remote that moved on during each push
     * tried. {@link SyncResult#remoteMoved()} distinguishes the two.
     */
    REJECTED,

    /** No remote {@code origin} is configured. */
    NO_REMOTE,

    /** Some files could not be updated on disk. Nothing more was recorded. */
    FAILED
}
