package org.charta.core.git;

/** How a fetch of the shared changes ended. */
public enum IncomingOutcome {
    /** The remote was reached and {@code origin/main} is up to date. */
    FETCHED,
    /** Nothing was fetched: the counts are as of the last fetch or sync. */
    LAST_FETCH,
    /** The charter has no remote {@code origin}. */
    NO_REMOTE,
    /** The remote could not be reached; the counts are as of the last fetch. */
    OFFLINE,
    /** The person cancelled the fetch; the counts are as of the last fetch. */
    CANCELLED,
    /** A sync of the same repository was running, and it fetches by itself; the counts are as of the last fetch. */
    SKIPPED
}
