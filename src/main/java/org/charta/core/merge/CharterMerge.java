package org.charta.core.merge;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;

/**
 * The prose-aware three-way merge of two charter commits, computed in memory without touching the work tree.
 */
public final class CharterMerge {

    private CharterMerge() {
    }

    /**
     * Merges {@code theirs} into {@code ours}.
     *
     * @param base the merge base, or null when the two share no history (every path then merges as added on both
     *             sides)
     */
    public static CharterMergeResult merge(Repository repository, RevCommit base, RevCommit ours, RevCommit theirs)
            throws IOException {
        return TreeMerge.merge(repository, base, ours, theirs);
    }
}
