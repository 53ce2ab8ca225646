package org.charta.core.merge;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * JGit's histogram diff over word tokens, with edits that only whitespace separates joined into one. Without the
 * join, "once a year" replaced by "every month" diffs as two edits around a matched space, and a merge could take the
 * first from one side and the second from the other ("twice month"). A replaced phrase stays one change.
 */
final class PhraseDiff extends DiffAlgorithm {

    private final HistogramDiff histogram = new HistogramDiff();

    @Override
    public <S extends Sequence> EditList diff(SequenceComparator<? super S> comparator, S a, S b) {
        EditList edits = histogram.diff(comparator, a, b);
        return a instanceof TokenSequence tokens ? joinAcrossWhitespace(edits, tokens) : edits;
    }

    @Override
    public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> comparator, S a, S b) {
        return histogram.diffNonCommon(comparator, a, b);
    }

    private static EditList joinAcrossWhitespace(EditList edits, TokenSequence base) {
        EditList joined = new EditList();
        Edit pending = null;
        for (Edit edit : edits) {
            if (pending != null && base.join(pending.getEndA(), edit.getBeginA()).isBlank()) {
                pending = new Edit(pending.getBeginA(), edit.getEndA(), pending.getBeginB(), edit.getEndB());
            } else {
                if (pending != null) {
                    joined.add(pending);
                }
                pending = edit;
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }
}
