package org.charta.core.amend;

import org.charta.core.diff.DiffSegment;

import java.util.List;

/**
 * One row of the amendments list: the record as the newest known tip has it and what the list shows beside it.
 *
 * @param record          the record file at the tip, or the main text's when that one is further along (merged)
 * @param tip             the tip commit, 40 hex digits: the local branch, else {@code origin}'s; for a merged
 *                        amendment whose branch is gone, the second parent of its merge commit on the main text, or
 *                        the main text's tip when that commit is not found
 * @param local           whether a local branch exists
 * @param shared          whether {@code origin} has the branch (as of the last fetch)
 * @param behind          whether the main text has commits that the amendment does not contain
 * @param outdated        whether the main text changed, since the amendment's merge base, a paragraph that the
 *                        amendment also changes. One update, a merge of the main text into it, clears it.
 * @param changedSections ids of the sections whose text differs between the merge base and the tip, in the tip's
 *                        manifest order, then the sections the amendment deletes
 * @param preview         a short word diff of the first changed paragraph, at most about 160 characters
 * @param votes           number of vote files on the branch (valid or not; the tally tells)
 * @param comments        number of comment threads started on the branch: those at the tip that the merge base
 *                        does not have, whether on the amendment as a whole or on a paragraph
 */
public record AmendmentSummary(AmendmentRecord record, String tip, boolean local, boolean shared, boolean behind,
                               boolean outdated, List<String> changedSections, List<DiffSegment> preview, int votes,
                               int comments) {

    public String id() {
        return record.id();
    }

    public AmendmentStatus status() {
        return record.status();
    }
}
