package org.charta.core.diff;

import org.charta.core.ChartaException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Builds paragraph-by-paragraph comparisons: paragraphs aligned by a diff over their texts, word diffs inside
 * changed ones, moves recognised within and across sections, layout-only changes flagged.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** Compares one section's two texts (either may be null for an added or deleted section). */
    public static SectionComparison section(String sectionId, String oldTitle, String oldText, String newTitle,
                                            String newText) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Compares every section between two commits of a charter repository, with moves across sections. */
    public static CharterComparison between(Repository repository, ObjectId oldCommit, ObjectId newCommit)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }
}
