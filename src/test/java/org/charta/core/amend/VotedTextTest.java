package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.comment.Stance;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VotedTextTest extends AmendmentTestBase {

    @Test
    void textEditedDuringVoteBlocksClosing() throws Exception {
        String id = votingAmendment();
        edit(MEMBERSHIP_PATH, "Every adult", "Every grown-up", ALICE);
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        String before = commitAt(AmendmentRefs.localBranch(id)).name();

        assertThatThrownBy(() -> Votes.close(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.vote.textChanged");
        assertThat(commitAt(AmendmentRefs.localBranch(id)).name()).isEqualTo(before);
    }

    @Test
    void votesAndCommentsDuringVoteAllowClosing() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Deliberation.startThread(repository, id, "Members asked for it.", Stance.FOR, CAROL);

        assertThat(Votes.close(repository, id, CAROL).result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void textEditedAfterClosingBlocksMerge() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        edit(MEMBERSHIP_PATH, "Every adult", "Every grown-up", ALICE);
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.merge(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.textChangedAfterVote");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
    }

    @Test
    void mainTextMergedInAfterClosingAllowsMerge() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);
        edit(PREAMBLE_PATH, "meet to draft", "meet to write", CAROL);

        Amendments.update(repository, id, CAROL);

        assertThat(Amendments.merge(repository, id, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
    }

    @Test
    void editHiddenInMergeBlocksClosing() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Amendments.switchTo(repository, null, CAROL);
        editMain(PREAMBLE_PATH, "meet to draft", "meet to write", CAROL);
        String sneaky = mergeMainWithEdit(id, PREAMBLE_PATH, "many languages", "one language");

        assertThatThrownBy(() -> Votes.close(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.vote.textChanged");
        assertThat(commitAt(AmendmentRefs.localBranch(id)).name()).isEqualTo(sneaky);
    }

    @Test
    void editHiddenInMergeBlocksMerge() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);
        editMain(PREAMBLE_PATH, "meet to draft", "meet to write", CAROL);
        mergeMainWithEdit(id, PREAMBLE_PATH, "many languages", "one language");
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.merge(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.textChangedAfterVote");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
    }

    @Test
    void cleanMergeOfMainAllowsClosing() throws Exception {
        String id = votingAmendment();
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Amendments.switchTo(repository, null, CAROL);
        editMain(PREAMBLE_PATH, "meet to draft", "meet to write", CAROL);
        mergeMainWithEdit(id, PREAMBLE_PATH, "many languages", "many languages");

        assertThat(Votes.close(repository, id, CAROL).result()).isEqualTo(VoteResult.ADOPTED);
    }

    /**
     * Writes a merge commit onto the amendment's branch (parents: its tip, then the main text) whose tree is the
     * prose-aware merge with one more replacement in {@code path}, as a tool other than Charta could write it.
     */
    private String mergeMainWithEdit(String id, String path, String from, String to) throws Exception {
        Repository git = repository.repository();
        String branch = AmendmentRefs.localBranch(id);
        try (RevWalk walk = new RevWalk(git); ObjectInserter inserter = git.newObjectInserter()) {
            RevCommit ours = walk.parseCommit(git.resolve(branch));
            RevCommit theirs = walk.parseCommit(git.resolve(AmendmentBranches.MAIN_REF));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(ours);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            CharterMergeResult merged = CharterMerge.merge(git, walk.parseCommit(base), ours, theirs);
            assertThat(merged.conflicts()).isEmpty();
            ObjectId tree = merged.writeTree(inserter, Map.of());

            inserter.flush();
            DirCache index;
            try (ObjectReader reader = git.newObjectReader()) {
                index = DirCache.read(reader, tree);
            }
            DirCacheEditor editor = index.editor();
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, readTree(git, tree, path).replace(from, to)
                    .getBytes(StandardCharsets.UTF_8));
            editor.add(new DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                }
            });
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentIds(ours, theirs);
            PersonIdent person = new PersonIdent(ALICE.name(), ALICE.email());
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage("Merge the main text");
            ObjectId merge = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = git.updateRef(branch);
            update.setNewObjectId(merge);
            update.setExpectedOldObjectId(ours);
            assertThat(update.update()).isEqualTo(RefUpdate.Result.FAST_FORWARD);
            return merge.name();
        }
    }

    private static String readTree(Repository git, ObjectId tree, String path) throws Exception {
        try (TreeWalk walk = TreeWalk.forPath(git, path, tree)) {
            return new String(git.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Creates an amendment that changes one paragraph, proposes it and opens its vote. */
    private String votingAmendment() throws Exception {
        makeCarolCoordinator();
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        Amendments.propose(repository, record.id(), ALICE);
        Votes.open(repository, record.id(), CAROL);
        return record.id();
    }
}
