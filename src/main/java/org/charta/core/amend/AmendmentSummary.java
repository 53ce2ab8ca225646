package org.charta.core.amend;

import org.charta.core.diff.DiffSegment;

import java.util.List;

/**
 * One row of the amendments list: the record as the newest known tip has it and what the list shows beside it.
 *
 * @param record          the record file at the tip
 * @param tip             the tip commit, 40 hex digits: the local branch, else {@code origin}'s, else the main
 *                        text for a merged amendment whose branch is gone
 * @param local           whether a local branch exists
 * @param shared          whether {@code origin} has the branch (as of the last fetch)
 * @param behind          whether the main text has commits that the amendment does not contain
 * @param outdated        whether the main text changed, since the amendment's merge base, a paragraph that the
 *                        amendment also changes; one update (a merge of the main text into it) brings it up to date
 * @param changedSections ids of the sections whose text differs between the merge base and the tip
 * @param preview         a short word diff of the first changed paragraph, at most about 160 characters
 * @param votes           number of vote files on the branch (valid or not; the tally tells)
 * @param comments        number of comment threads on the amendment and on the paragraphs of its diff
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
