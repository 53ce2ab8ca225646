package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merge step of a sync: JGit's line-based recursive merge of the shared {@code main} into the local one.
 *
 * <p>The merge is first computed in memory, and only a clean result is written to the work tree, by a journaled
 * {@link WorkTreeUpdate}, so a conflict does not touch the work tree. Before the first local commit, JGit's merge
 * checks out the shared commit; should it write a conflict, the work tree is reset at once. Conflict markers never
 * stay on disk. A prose-aware merge will replace this class; {@link RemoteSync} only calls {@link #merge}.
 */
public final class LineMerge {

    private static final Logger LOG = LoggerFactory.getLogger(LineMerge.class);

    /** The message of every merge commit a sync makes. */
    public static final String MERGE_MESSAGE = "Merge shared changes";

    /** The side of each conflict region that a resolution keeps. */
    public enum Side {
        OURS,
        THEIRS
    }

    /** The outcome of a merge into the work tree. */
    public enum Status {
        /** {@code HEAD} already contained the other commit. */
        UP_TO_DATE,
        /** {@code HEAD} moved forward to the other commit. */
        FAST_FORWARD,
        /** A merge commit with both parents was recorded. */
        MERGED,
        /** Both sides changed the same lines; nothing on disk changed. */
        CONFLICT,
        /** Some files could not be written or were changed meanwhile; {@code HEAD} did not move. */
        FAILED
    }

    /**
     * The result of {@link #merge}.
     *
     * @param status  how it ended
     * @param head    {@code HEAD} after the merge
     * @param paths   the conflicting paths for {@link Status#CONFLICT}, the files that could not be updated for
     *                {@link Status#FAILED}, else empty
     */
    public record Result(Status status, ObjectId head, List<String> paths) {

        public Result {
            paths = List.copyOf(paths);
        }
    }

    /**
     * A merge computed in memory.
     *
     * @param conflicts the paths that conflict, sorted; empty when the merge is clean
     * @param tree      the tree that the merge produces, or null when it conflicts
     */
    record Preview(List<String> conflicts, ObjectId tree) {

        Preview {
            conflicts = List.copyOf(conflicts);
        }
    }

    private LineMerge() {
    }

    /**
     * Merges {@code theirs} into {@code HEAD} of a work tree with nothing left to record: a fast-forward when
     * possible, else a merge commit with both parents by {@code identity}. On a conflict the work tree, the index
     * and {@code HEAD} stay exactly as they were.
     */
    public static Result merge(CharterRepository charter, RevCommit theirs, Identity identity)
            throws ChartaException {
        Repository repository = charter.repository();
        try {
            ObjectId head = Remotes.head(repository);
            Preview preview = preview(repository, head, theirs);
            if (!preview.conflicts().isEmpty()) {
                return new Result(Status.CONFLICT, head, preview.conflicts());
            }
            markLineEndingOnlyFilesUnchanged(charter);
            return mergeIntoWorkTree(charter, head, theirs, preview.tree(), identity);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /**
     * Merges three versions of a text line by line with JGit's merge algorithm. The sequences of the result are
     * base (index 0), ours (1) and theirs (2); each conflict has one chunk per side.
     */
    public static MergeResult<RawText> mergeText(String base, String ours, String theirs) {
        return new MergeAlgorithm().merge(RawTextComparator.DEFAULT, text(base), text(ours), text(theirs));
    }

    /** Returns the merged text with every conflict region replaced by the chosen side's lines. */
    public static String resolve(MergeResult<RawText> result, Side side) {
        MergeChunk.ConflictState kept = side == Side.OURS
                ? MergeChunk.ConflictState.FIRST_CONFLICTING_RANGE
                : MergeChunk.ConflictState.NEXT_CONFLICTING_RANGE;
        StringBuilder text = new StringBuilder();
        for (MergeChunk chunk : result) {
            MergeChunk.ConflictState state = chunk.getConflictState();
            if (state == MergeChunk.ConflictState.NO_CONFLICT || state == kept) {
                RawText sequence = result.getSequences().get(chunk.getSequenceIndex());
                for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
                    text.append(sequence.getString(line)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static RawText text(String value) {
        return new RawText(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Merges {@code theirs} into {@code head} in memory, without touching the work tree or the index, as
     * {@link #merge} will.
     *
     * @param head {@code HEAD}, or null before the first commit (the result is then the tree of {@code theirs})
     */
    static Preview preview(Repository repository, ObjectId head, RevCommit theirs) throws IOException {
        if (head == null) {
            return new Preview(List.of(), theirs.getTree());
        }
        ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
        if (merger.merge(head, theirs)) {
            return new Preview(List.of(), merger.getResultTreeId());
        }
        Set<String> paths = new TreeSet<>(merger.getUnmergedPaths());
        if (merger.getFailingPaths() != null) {
            paths.addAll(merger.getFailingPaths().keySet());
        }
        return new Preview(new ArrayList<>(paths), null);
    }

    /**
     * Marks files whose only difference from the index is line endings as unchanged, so that the merge does not
     * count them as local changes and refuse to update them.
     */
    private static void markLineEndingOnlyFilesUnchanged(CharterRepository charter) throws ChartaException {
        try {
            Set<String> modified = charter.git().status().call().getModified();
            Set<String> paths = LineEndings.onlyLineEndingsDiffer(charter.repository(), modified);
            if (!paths.isEmpty()) {
                LOG.info("Marking {} files with only line-ending differences as unchanged before merging: {}",
                        paths.size(), paths);
                LineEndings.markUnchanged(charter.repository(), paths);
            }
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, charter.repository());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /**
     * Moves the work tree to {@code theirs} (a fast-forward) or to a new merge commit of the clean in-memory merge,
     * through a journaled {@link WorkTreeUpdate}, so a crash or a file that cannot be written never leaves
     * {@code HEAD} and the files out of step. Before the first commit, JGit's merge checks out {@code theirs}.
     */
    private static Result mergeIntoWorkTree(CharterRepository charter, ObjectId head, RevCommit theirs,
                                            ObjectId mergedTree, Identity identity)
            throws ChartaException, IOException {
        if (head == null) {
            return jgitMerge(charter, null, theirs, identity);
        }
        Repository repository = charter.repository();
        if (isAncestor(repository, theirs, head)) {
            return new Result(Status.UP_TO_DATE, head, List.of());
        }
        boolean fastForward = isAncestor(repository, head, theirs);
        ObjectId target = fastForward ? theirs : writeMergeCommit(repository, head, theirs, mergedTree, identity);
        try {
            WorkTreeUpdate.run(charter, head, target);
        } catch (WorkTreeUpdate.PathsNotUpdatedException e) {
            LOG.warn("Update of the work tree to {} failed on {}", Remotes.shortId(target), e.paths());
            return new Result(Status.FAILED, head, e.paths());
        }
        return new Result(fastForward ? Status.FAST_FORWARD : Status.MERGED, target, List.of());
    }

    private static boolean isAncestor(Repository repository, ObjectId ancestor, ObjectId descendant)
            throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        }
    }

    /** Writes the merge commit of {@code head} and {@code theirs} with the merged tree, without moving any ref. */
    private static ObjectId writeMergeCommit(Repository repository, ObjectId head, RevCommit theirs, ObjectId tree,
                                             Identity identity) throws IOException {
        PersonIdent person = CommitText.person(identity);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(head, theirs);
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(CommitText.message(MERGE_MESSAGE));
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private static Result jgitMerge(CharterRepository charter, ObjectId head, RevCommit theirs,
                                    Identity identity) throws ChartaException, IOException {
        Repository repository = charter.repository();
        org.eclipse.jgit.api.MergeResult result;
        try {
            result = charter.git().merge()
                    .include(theirs)
                    .setStrategy(MergeStrategy.RECURSIVE)
                    .setFastForward(FastForwardMode.FF)
                    .setCommit(false)
                    .setMessage(MERGE_MESSAGE)
                    .call();
        } catch (CheckoutConflictException e) {
            LOG.warn("Fast-forward to {} blocked by changed files {}", Remotes.shortId(theirs),
                    e.getConflictingPaths());
            return new Result(Status.FAILED, head, e.getConflictingPaths());
        } catch (JGitInternalException e) {
            return failedWrite(charter, head, theirs, e);
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository);
        }

        MergeStatus status = result.getMergeStatus();
        switch (status) {
            case ALREADY_UP_TO_DATE:
                return new Result(Status.UP_TO_DATE, head, List.of());
            case FAST_FORWARD:
                return new Result(Status.FAST_FORWARD, Remotes.head(repository), List.of());
            case MERGED_NOT_COMMITTED:
                return new Result(Status.MERGED, commitMerge(charter, identity), List.of());
            case CONFLICTING:
                return undoConflict(charter, head, result);
            case FAILED:
                return failed(result, head);
            default:
                throw new ChartaException("error.git.failed", charter.folder().toString(),
                        "merge of " + Remotes.shortId(theirs) + " ended " + status);
        }
    }

    private static ObjectId commitMerge(CharterRepository charter, Identity identity) throws ChartaException {
        try {
            PersonIdent person = CommitText.person(identity);
            return charter.git().commit()
                    .setMessage(MERGE_MESSAGE)
                    .setAuthor(person)
                    .setCommitter(person)
                    .setSign(false)
                    .call()
                    .getId();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, charter.repository());
        }
    }

    private static Result failed(org.eclipse.jgit.api.MergeResult result, ObjectId head) {
        List<String> paths = result.getFailingPaths() == null
                ? List.of() : new ArrayList<>(new TreeSet<>(result.getFailingPaths().keySet()));
        LOG.warn("Merge failed on {}", result.getFailingPaths());
        return new Result(Status.FAILED, head, paths);
    }

    /**
     * Puts the work tree back after JGit wrote a conflict the in-memory merge did not foresee. The work tree had
     * nothing left to record before the merge, so a hard reset loses nothing.
     *
     * <p>NOTE: an edit saved by another program between the recording and this reset would be lost; callers must
     * not write to the work tree while a sync runs.
     */
    private static Result undoConflict(CharterRepository charter, ObjectId head,
                                       org.eclipse.jgit.api.MergeResult result) throws ChartaException {
        List<String> paths = new ArrayList<>(new TreeSet<>(result.getConflicts().keySet()));
        LOG.warn("Merge wrote conflicts in {}; resetting the work tree to {}", paths, Remotes.shortId(head));
        resetHard(charter, head);
        return new Result(Status.CONFLICT, head, paths);
    }

    /**
     * Handles a merge that could not write a file. {@code HEAD} and the index have not moved; the files written
     * before the failure are put back as they are in {@code HEAD}, and files the merge added are deleted again,
     * so the work tree matches {@code HEAD} and nothing of the incoming commits can be recorded as a local change.
     * The files that cannot be put back are the ones that could not be written.
     */
    private static Result failedWrite(CharterRepository charter, ObjectId head, RevCommit theirs,
                                      JGitInternalException error) throws IOException {
        LOG.warn("Merge of {} could not write the work tree", Remotes.shortId(theirs), error);
        Repository repository = charter.repository();
        List<String> touched = Remotes.changedPaths(repository, head, theirs);
        Set<String> inHead = head == null ? Set.of() : Set.copyOf(Remotes.writtenPaths(repository, null, head));
        List<String> failing = new ArrayList<>();
        for (String path : touched) {
            boolean restored = inHead.contains(path)
                    ? restoreFromHead(charter, head, path)
                    : deleteIfWrittenFrom(repository, theirs, path);
            if (!restored) {
                failing.add(path);
            }
        }
        if (failing.isEmpty()) {
            failing.addAll(touched);
        }
        return new Result(Status.FAILED, Remotes.head(repository), failing);
    }

    private static boolean restoreFromHead(CharterRepository charter, ObjectId head, String path) {
        try {
            charter.git().checkout().setStartPoint(head.name()).addPath(path).call();
            return true;
        } catch (GitAPIException | JGitInternalException e) {
            LOG.warn("Could not restore {} after the failed merge", path, e);
            return false;
        }
    }

    /** Deletes a file the failed merge added, but only if it still has exactly the incoming content. */
    private static boolean deleteIfWrittenFrom(Repository repository, RevCommit theirs, String path)
            throws IOException {
        Path file = repository.getWorkTree().toPath().resolve(path);
        if (!Files.isRegularFile(file)) {
            return true;
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, theirs.getTree())) {
            byte[] incoming = walk == null ? null : repository.open(walk.getObjectId(0)).getBytes();
            if (incoming != null && java.util.Arrays.equals(incoming, Files.readAllBytes(file))) {
                Files.delete(file);
                return true;
            }
        }
        LOG.warn("Left {} in place after the failed merge: it differs from the incoming version", path);
        return false;
    }

    private static void resetHard(CharterRepository charter, ObjectId head) throws ChartaException {
        try {
            charter.git().reset().setMode(ResetType.HARD).setRef(head.name()).call();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, charter.repository());
        }
    }
}
