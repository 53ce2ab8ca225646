package org.charta.core.git;

import java.util.List;

/**
 * A shared commit that conflicted with local work during a sync. It is kept under {@code refs/charta/conflicts/}
 * until {@code HEAD} contains it, which is when the conflict counts as resolved.
 *
 * @param ref    the full name of the ref that keeps the commit, such as
 *               {@code refs/charta/conflicts/20261204-203605}
 * @param commit the full id of the kept shared commit
 * @param paths  the files with conflicts that still wait for a choice, sorted; empty when every conflict has one
 *               (the next sync completes the merge) or when no pending merge is about this commit
 */
public record ConflictRef(String ref, String commit, List<String> paths) {

    public ConflictRef {
        paths = List.copyOf(paths);
    }
}
