package org.charta.core.amend;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.Objects;

/**
 * Walks back from a commit to the commit that wrote a file's current content. At a merge the walk follows a parent
 * that has the same content, as {@code git log} does by default, so a vote that a clean merge brought in is traced
 * to the commit of the member who cast it rather than to the person who merged.
 */
final class PathHistory {

    private PathHistory() {
    }

    /**
     * Returns the commit that gave {@code path} the content it has at {@code tip}: the oldest commit on a chain of
     * parents that all have that same content.
     */
    static RevCommit lastWriter(RevWalk walk, RevCommit tip, String path) throws IOException {
        ObjectId content = AmendmentTips.blob(walk.getObjectReader(), tip.getTree(), path);
        return oldestWith(walk, tip, commit -> Objects.equals(content,
                AmendmentTips.blob(walk.getObjectReader(), commit.getTree(), path)));
    }

    /**
     * Returns the oldest commit reached from {@code tip} through parents that all satisfy {@code test}; {@code tip}
     * itself when no parent does. At a merge the first parent that satisfies it is followed.
     */
    static RevCommit oldestWith(RevWalk walk, RevCommit tip, CommitTest test) throws IOException {
        RevCommit current = tip;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RevCommit parent : current.getParents()) {
                RevCommit parsed = walk.parseCommit(parent);
                if (test.test(parsed)) {
                    current = parsed;
                    moved = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Returns whether {@code commit} is {@code descendant} or one of its ancestors. */
    static boolean isAncestor(RevWalk walk, RevCommit commit, RevCommit descendant) throws IOException {
        return walk.isMergedInto(commit, descendant);
    }

    /** A condition on a commit that may read the repository. */
    @FunctionalInterface
    interface CommitTest {
        boolean test(RevCommit commit) throws IOException;
    }
}
