package org.charta.core.git;

import java.util.List;

/**
 * The state of a charter repository as the UI shows it, read from disk without contacting the remote.
 *
 * @param uncommittedPaths paths that differ between the work tree (or index) and {@code HEAD}: changed, new
 *                         (untracked included) and deleted files, sorted. A file whose only difference is its
 *                         line endings (CRLF against LF) is not listed.
 * @param ahead            commits on the checked-out branch that its shared version lacks, as of the last fetch:
 *                         {@code refs/remotes/origin/main} for {@code main}, {@code refs/remotes/origin/amendments/<id>}
 *                         for an amendment (or {@code origin/main} before its first sync); every commit when that ref
 *                         does not exist yet; 0 on a draft amendment, which a sync never sends
 * @param behind           commits on the shared version of the checked-out branch that {@code HEAD} lacks, as of the
 *                         last fetch
 * @param hasRemote        whether a remote {@code origin} with a URL is configured
 * @param remoteUrl        the URL of {@code origin}, or null when there is none
 * @param indexLocked      whether {@code .git/index.lock} exists, which blocks every commit
 * @param headCommit       the abbreviated id of {@code HEAD}, or null before the first commit
 * @param conflicts        the shared commits that conflicted during a sync and that {@code HEAD} does not contain
 *                         yet, in ref name order
 */
public record RepositoryStatus(List<String> uncommittedPaths, int ahead, int behind, boolean hasRemote,
                               String remoteUrl, boolean indexLocked, String headCommit, List<ConflictRef> conflicts) {

    public RepositoryStatus {
        uncommittedPaths = List.copyOf(uncommittedPaths);
        conflicts = List.copyOf(conflicts);
    }

    /** Returns whether there is nothing to record: no uncommitted path. */
    public boolean isClean() {
        return uncommittedPaths.isEmpty();
    }
}
