package org.charta.core.git;

import org.charta.core.merge.Conflict;

import java.util.List;

/**
 * The result of one sync with the shared remote.
 *
 * @param outcome          how the sync ended
 * @param sentCommits      commits the remote did not have before the push and accepted, on every branch pushed
 * @param receivedCommits  commits fetched from the remote that a local branch did not contain before the sync and
 *                         now does: the checked-out branch, {@code main} and the amendment branches, each commit
 *                         counted once
 * @param conflictingPaths files that changed on both sides in ways that conflict (for {@link SyncOutcome#CONFLICT}),
 *                         or files that could not be written (for {@link SyncOutcome#FAILED})
 * @param changedPaths     files that the received commits changed in the work tree, so that open editors can reload
 *                         them and comments can be anchored again
 * @param detail           one English sentence for the log, with commit ids
 * @param keptRemoteRef    the ref under {@code refs/charta/conflicts/} that keeps the conflicting remote tip, or null
 * @param remoteMoved      for {@link SyncOutcome#REJECTED}: whether the last push failed because a remote branch
 *                         or tag moved during the sync (another push landed first), so that syncing again is
 *                         likely to work; false for a refusal such as a server hook or missing rights
 * @param conflicts        for {@link SyncOutcome#CONFLICT}: every conflict of the merge, settled or not; the
 *                         choices made so far are in {@link PendingMerge#load}
 * @param serverReason     for {@link SyncOutcome#REJECTED}: the server's message when it rejected the push (a hook's
 *                         output, "permission denied"...), as it sent it; null when it sent none
 * @param shared           what happened to amendment branches, release tags and (while an amendment is checked out)
 *                         {@code main}; {@link SharedRefs#NONE} for a publish
 */
public record SyncResult(SyncOutcome outcome, int sentCommits, int receivedCommits, List<String> conflictingPaths,
                         List<String> changedPaths, String detail, String keptRemoteRef, boolean remoteMoved,
                         List<Conflict> conflicts, String serverReason, SharedRefs shared) {

    public SyncResult {
        conflictingPaths = List.copyOf(conflictingPaths);
        changedPaths = List.copyOf(changedPaths);
        conflicts = List.copyOf(conflicts);
        shared = shared == null ? SharedRefs.NONE : shared;
    }

    /** Creates a result that touched no amendment branch and no tag. */
    public SyncResult(SyncOutcome outcome, int sentCommits, int receivedCommits, List<String> conflictingPaths,
                      List<String> changedPaths, String detail, String keptRemoteRef, boolean remoteMoved,
                      List<Conflict> conflicts, String serverReason) {
        this(outcome, sentCommits, receivedCommits, conflictingPaths, changedPaths, detail, keptRemoteRef,
                remoteMoved, conflicts, serverReason, SharedRefs.NONE);
    }

    /** Creates a result without a server's reason for refusing a push. */
    public SyncResult(SyncOutcome outcome, int sentCommits, int receivedCommits, List<String> conflictingPaths,
                      List<String> changedPaths, String detail, String keptRemoteRef, boolean remoteMoved,
                      List<Conflict> conflicts) {
        this(outcome, sentCommits, receivedCommits, conflictingPaths, changedPaths, detail, keptRemoteRef,
                remoteMoved, conflicts, null);
    }

    /** Creates a result without conflicts. */
    public SyncResult(SyncOutcome outcome, int sentCommits, int receivedCommits, List<String> conflictingPaths,
                      List<String> changedPaths, String detail, String keptRemoteRef, boolean remoteMoved) {
        this(outcome, sentCommits, receivedCommits, conflictingPaths, changedPaths, detail, keptRemoteRef,
                remoteMoved, List.of());
    }

    /** Creates a result whose push, if any, was not rejected because the remote moved. */
    public SyncResult(SyncOutcome outcome, int sentCommits, int receivedCommits, List<String> conflictingPaths,
                      List<String> changedPaths, String detail, String keptRemoteRef) {
        this(outcome, sentCommits, receivedCommits, conflictingPaths, changedPaths, detail, keptRemoteRef, false);
    }

    /** Returns the same result with the report on amendment branches and tags. */
    SyncResult withShared(SharedRefs value) {
        return new SyncResult(outcome, sentCommits, receivedCommits, conflictingPaths, changedPaths, detail,
                keptRemoteRef, remoteMoved, conflicts, serverReason, value);
    }

    /** Returns a result without commits or paths, such as {@link SyncOutcome#NO_REMOTE}. */
    static SyncResult of(SyncOutcome outcome, String detail) {
        return new SyncResult(outcome, 0, 0, List.of(), List.of(), detail, null);
    }
}
