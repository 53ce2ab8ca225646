package org.charta.core.amend;

import org.charta.core.merge.Conflict;

import java.util.List;

/**
 * The outcome of merging an adopted amendment into the main text, or of updating an amendment with the main text.
 *
 * @param outcome         what happened
 * @param commit          the new merge commit, 40 hex digits, or null when nothing was written
 * @param conflicts       the conflicts waiting for a choice when {@code outcome} is {@link Outcome#CONFLICT};
 *                        they are kept in {@code .git/charta/merge.json} like a sync's
 * @param nowOutdated     ids of the open amendments that change paragraphs this merge changed, now outdated
 */
public record AmendmentMerge(Outcome outcome, String commit, List<Conflict> conflicts, List<String> nowOutdated) {

    /** Whether the merge was written, had nothing to do, or waits for conflict choices. */
    public enum Outcome {
        MERGED,
        UP_TO_DATE,
        CONFLICT
    }
}
