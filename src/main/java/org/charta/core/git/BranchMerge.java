package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges one commit into a local branch with the prose-aware {@link CharterMerge} and writes a real merge commit
 * (first parent: the branch, second: the merged commit), whichever branch is checked out. Amendments use it to
 * merge an adopted amendment into the main text and to update an amendment with the main text.
 *
 * <p>Conflicts are kept in {@code .git/charta/merge.json} as a {@link PendingMerge} with the caller's purpose,
 * before any branch or file moves. A later call with the same purpose computes the merge again and applies the
 * choices made meanwhile ({@code charta resolve}, the conflict dialog); once every conflict has one, it writes the
 * merge commit. When the branch is checked out, the work tree follows through {@link WorkTreeUpdate}.
 */
public final class BranchMerge {

    private static final Logger LOG = LoggerFactory.getLogger(BranchMerge.class);

    private BranchMerge() {
    }

    /** The kind of outcome of a merge. */
    public enum Kind {
        /** The merge commit was written and the branch moved to it. */
        MERGED,
        /** The branch already contains the commit; nothing was written. */
        UP_TO_DATE,
        /** Conflicts wait for choices in the pending merge; nothing moved. */
        CONFLICT
    }

    /**
     * The outcome of {@link #merge}.
     *
     * @param kind      what happened
     * @param commit    the merge commit for {@link Kind#MERGED}, else null
     * @param before    the branch's tip before the merge
     * @param conflicts the conflicts of the merge, settled or not; empty for a clean merge
     */
    public record Result(Kind kind, ObjectId commit, ObjectId before, List<Conflict> conflicts) {

        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Merges {@code theirs} into the branch {@code targetRef}.
     *
     * @param purpose the pending merge's purpose, such as {@code merge:<id>}; conflicts are kept under it
     * @param message the first lines of the merge commit's message; the choices that settled conflicts follow
     * @param changes files to set in the merged tree (bytes, or null to delete), applied after the merge
     * @throws ChartaException {@code error.merge.syncPending} or {@code error.merge.amendmentPending} when a merge of
     *                         another purpose waits, {@code error.branch.notFound}, {@code error.branch.moved},
     *                         {@code error.branchMerge.unrelated}, an {@code error.branchMerge.charter.*} key when the
     *                         merged charter would be invalid, and the errors of {@link WorkTreeUpdate#run}
     */
    public static Result merge(CharterRepository charter, String targetRef, ObjectId theirs, String purpose,
                               String message, Map<String, byte[]> changes, Identity identity)
            throws ChartaException {
        PendingMerge.requireNoneOtherThan(charter, purpose);
        Repository repository = charter.repository();
        String where = charter.folder().toString();
        try {
            ObjectId ours = repository.resolve(targetRef);
            if (ours == null) {
                throw new ChartaException("error.branch.notFound", Repository.shortenRefName(targetRef), where);
            }
            if (Remotes.contains(repository, ours, theirs)) {
                clearIfPending(charter, purpose);
                LOG.info("{} already contains {}; nothing to merge for {}", targetRef, Remotes.shortId(theirs),
                        purpose);
                return new Result(Kind.UP_TO_DATE, null, ours, List.of());
            }
            return mergeCommits(charter, targetRef, ours, theirs, purpose, message, changes, identity);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", where, e.getMessage());
        }
    }

    private static Result mergeCommits(CharterRepository charter, String targetRef, ObjectId oursId,
                                       ObjectId theirsId, String purpose, String message,
                                       Map<String, byte[]> changes, Identity identity)
            throws ChartaException, IOException {
        Repository repository = charter.repository();
        RevCommit ours;
        RevCommit theirs;
        try (RevWalk walk = new RevWalk(repository)) {
            ours = walk.parseCommit(oursId);
            theirs = walk.parseCommit(theirsId);
        }
        RevCommit base = Remotes.mergeBase(repository, ours, theirs);
        if (base == null) {
            throw new ChartaException("error.branchMerge.unrelated", Repository.shortenRefName(targetRef),
                    Remotes.shortId(theirs));
        }

        CharterMergeResult merge = CharterMerge.merge(repository, base, ours, theirs);
        Map<String, Resolution> choices = keptChoices(charter, purpose, merge.conflicts());
        if (!merge.conflicts().stream().allMatch(conflict -> choices.containsKey(conflict.id()))) {
            new PendingMerge(ours.name(), ours.name(), ours.name(), theirs.name(), merge.conflicts(), choices,
                    purpose, targetRef).save(charter);
            LOG.info("Merge of {} into {} for {} stopped on {} conflicts ({} settled)", Remotes.shortId(theirs),
                    targetRef, purpose, merge.conflicts().size(), choices.size());
            return new Result(Kind.CONFLICT, null, ours, merge.conflicts());
        }

        ObjectId commit = writeMergeCommit(repository, merge, choices, ours, theirs, message, changes, identity);
        moveBranch(charter, targetRef, ours, commit);
        clearIfPending(charter, purpose);
        LOG.info("Merged {} into {} for {}: {} is now {}", Remotes.shortId(theirs), Remotes.shortId(ours), purpose,
                targetRef, Remotes.shortId(commit));
        return new Result(Kind.MERGED, commit, ours, merge.conflicts());
    }

    private static ObjectId writeMergeCommit(Repository repository, CharterMergeResult merge,
                                             Map<String, Resolution> choices, RevCommit ours, RevCommit theirs,
                                             String message, Map<String, byte[]> changes, Identity identity)
            throws ChartaException, IOException {
        try (ObjectInserter inserter = repository.newObjectInserter();
             ObjectReader reader = repository.newObjectReader()) {
            ObjectId tree = merge.writeTree(inserter, choices);
            if (!changes.isEmpty()) {
                tree = BranchCommits.applyChanges(inserter, reader, tree, changes);
            }
            inserter.flush();
            MergedTreeCheck.check(repository, tree, Remotes.shortId(theirs), MergedTreeCheck.Purpose.BRANCH_MERGE);

            String fullMessage = message;
            if (!merge.conflicts().isEmpty()) {
                fullMessage += "\n\n" + ChoiceRules.summary(merge.conflicts(), choices);
            }
            ObjectId commit = CommitText.writeMerge(inserter, tree, ours, theirs, fullMessage, identity);
            inserter.flush();
            return commit;
        }
    }

    /** Moves the branch to the merge commit: through the work tree when it is checked out, else the ref alone. */
    private static void moveBranch(CharterRepository charter, String targetRef, ObjectId from, ObjectId to)
            throws ChartaException, IOException {
        Repository repository = charter.repository();
        if (targetRef.equals(repository.getFullBranch())) {
            WorkTreeUpdate.run(charter, from, to);
            return;
        }
        RefUpdate update = repository.updateRef(targetRef);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        update.setRefLogMessage("charta: merge", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD) {
            throw new ChartaException("error.branch.moved", Repository.shortenRefName(targetRef),
                    charter.folder().toString());
        }
    }

    private static Map<String, Resolution> keptChoices(CharterRepository charter, String purpose,
                                                       List<Conflict> conflicts) throws ChartaException {
        Map<String, Resolution> kept = new LinkedHashMap<>();
        Optional<PendingMerge> pending = PendingMerge.load(charter);
        if (pending.isEmpty() || !pending.get().purpose().equals(purpose)) {
            return kept;
        }
        for (Conflict conflict : conflicts) {
            Resolution choice = pending.get().choices().get(conflict.id());
            if (choice != null) {
                kept.put(conflict.id(), choice);
            }
        }
        return kept;
    }

    private static void clearIfPending(CharterRepository charter, String purpose) throws ChartaException {
        Optional<PendingMerge> pending = PendingMerge.load(charter);
        if (pending.isPresent() && pending.get().purpose().equals(purpose)) {
            PendingMerge.clear(charter);
        }
    }
}
