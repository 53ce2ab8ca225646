package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark probe: the steps of {@link SyncRun} for a clean merge and an accepted first push, called one by one
 * with a timer around each, so the sync benchmark can show where a sync spends its time. It lives in this package
 * to reach the package-private steps.
 *
 * <p>NOTE: this copies the order of the calls in {@link SyncRun} as of its prose-merge version; when that order
 * changes, the step times here describe the old sync until this class follows.
 */
public final class SyncSteps {

    private SyncSteps() {
    }

    /** Runs the steps on {@code charter} and returns the nanoseconds of each, in order. */
    public static Map<String, Long> run(CharterRepository charter, Identity identity)
            throws ChartaException, IOException, GitAPIException {
        Repository repository = charter.repository();
        Map<String, Long> steps = new LinkedHashMap<>();
        long start = System.nanoTime();

        ObjectId head = Remotes.head(repository);
        charter.record("Record pending edits", identity);
        start = lap(steps, "record (status scan)", start);

        charter.git().fetch().setRemote(Remotes.ORIGIN)
                .setRefSpecs(new RefSpec("+" + Remotes.MAIN_REF + ":" + Remotes.TRACKING_REF))
                .setTimeout(Remotes.TIMEOUT_SECONDS).call();
        start = lap(steps, "fetch (JGit)", start);

        RevCommit theirs;
        RevCommit ours;
        try (RevWalk walk = new RevWalk(repository)) {
            theirs = walk.parseCommit(repository.resolve(Remotes.TRACKING_REF));
            ours = walk.parseCommit(head);
        }
        RevCommit base = Remotes.mergeBase(repository, head, theirs);
        start = lap(steps, "merge base", start);

        List<String> incoming = Remotes.writtenPaths(repository, base, theirs);
        List<String> all = Remotes.writtenPaths(repository, null, theirs);
        PortablePaths.caseCollisions(all);
        incoming.forEach(PortablePaths::problem);
        Remotes.countCommits(repository, theirs, head);
        start = lap(steps, "incoming paths and count", start);

        CharterMergeResult merge = CharterMerge.merge(repository, base, ours, theirs);
        ObjectId merged;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tree = merge.writeTree(inserter, Map.of());
            inserter.flush();
            start = lap(steps, "prose merge + writeTree", start);

            MergedTreeCheck.check(repository, tree, "merged", MergedTreeCheck.Purpose.SYNC);
            start = lap(steps, "check merged charter", start);

            merged = CommitText.writeMerge(inserter, tree, ours, theirs, SyncRun.MERGE_MESSAGE, identity);
            inserter.flush();
        }
        WorkTreeUpdate.run(charter, head, merged);
        PendingMerge.clear(charter);
        Remotes.changedPaths(repository, head, merged);
        start = lap(steps, "work tree update", start);

        Remotes.countCommits(repository, merged, theirs);
        try (RevWalk walk = new RevWalk(repository)) {
            MergedTreeCheck.check(repository, walk.parseCommit(merged).getTree(), "head",
                    MergedTreeCheck.Purpose.SYNC);
        }
        start = lap(steps, "count and check before push", start);

        Pusher.Outcome push = Pusher.pushMain(charter.git());
        if (push.verdict() != Pusher.Verdict.ACCEPTED) {
            throw new IllegalStateException("Push not accepted: " + push.describe());
        }
        start = lap(steps, "push (JGit)", start);

        ConflictRefs.deleteMerged(repository);
        lap(steps, "conflict refs cleanup", start);
        return steps;
    }

    private static long lap(Map<String, Long> steps, String name, long start) {
        long now = System.nanoTime();
        steps.put(name, now - start);
        return now;
    }
}
