package org.charta.core.amend;

import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.RefSpec;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Combines the amendment branches of two clones the way a sync does, for tests that run before sync shares
 * amendment branches: fetch the other side's branch, fast-forward or merge it with {@link CharterMerge}, and, for
 * a shared remote, push the result.
 */
final class BranchMerges {

    private BranchMerges() {
    }

    /** Fetches {@code from}'s branch of the amendment into {@code into} and merges it into the local branch. */
    static void pull(CharterRepository into, Path from, String id, Identity merger) throws Exception {
        String branch = AmendmentRefs.localBranch(id);
        String fetched = "refs/remotes/peer/amendments/" + id;
        Git.wrap(into.repository()).fetch()
                .setRemote(from.toUri().toString())
                .setRefSpecs(new RefSpec("+" + branch + ":" + fetched))
                .call();
        merge(into.repository(), branch, into.repository().resolve(fetched), merger);
    }

    private static void merge(Repository repository, String branch, ObjectId theirsId, Identity merger)
            throws Exception {
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit ours = walk.parseCommit(repository.resolve(branch));
            RevCommit theirs = walk.parseCommit(theirsId);
            ObjectId result;
            if (walk.isMergedInto(ours, theirs)) {
                result = theirs;
            } else if (walk.isMergedInto(theirs, ours)) {
                return;
            } else {
                walk.reset();
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(ours));
                walk.markStart(walk.parseCommit(theirs));
                RevCommit base = walk.next();
                walk.reset();
                walk.setRevFilter(RevFilter.ALL);
                CharterMergeResult merged = CharterMerge.merge(repository, walk.parseCommit(base),
                        walk.parseCommit(ours), walk.parseCommit(theirs));
                assertThat(merged.conflicts()).as("conflicts of merging " + branch).isEmpty();
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(merged.writeTree(inserter, Map.of()));
                commit.setParentIds(ours, theirs);
                PersonIdent person = new PersonIdent(merger.name(), merger.email());
                commit.setAuthor(person);
                commit.setCommitter(person);
                commit.setMessage("Merge " + branch);
                result = inserter.insert(commit);
                inserter.flush();
            }
            RefUpdate update = repository.updateRef(branch);
            update.setNewObjectId(result);
            update.setExpectedOldObjectId(ours);
            assertThat(update.update()).isIn(RefUpdate.Result.FAST_FORWARD, RefUpdate.Result.FORCED);
        }
    }
}
