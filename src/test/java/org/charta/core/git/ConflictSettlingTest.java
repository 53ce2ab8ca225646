package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.remoteMain;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.charta.testing.TestGit.CAROL;

/** Syncs that merge prose, stop on true conflicts, and complete once a person chose for each conflict. */
class ConflictSettlingTest extends IsolatedGitTest {

    private static final String PARAGRAPH = "## Article 3\n\nMembers meet once a year. The council sets the date. "
            + "Any member may attend.\n";

    private Path remote;
    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        remote = TestGit.initBare(temp.resolve("charter.git"));
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        write(alice, ARTICLE_3, PARAGRAPH);
        RemoteSync.sync(alice, ALICE, "Longer article 3");
        bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
    }

    @Test
    void differentSentencesOfOneParagraphMerge() throws Exception {
        write(alice, ARTICLE_3, PARAGRAPH.replace("once a year", "twice a year"));
        write(bob, ARTICLE_3, PARAGRAPH.replace("Any member", "Every member"));

        SyncResult first = RemoteSync.sync(alice, ALICE, "Twice");
        SyncResult second = RemoteSync.sync(bob, BOB, "Every");
        RemoteSync.sync(alice, ALICE, "Again");

        assertThat(first.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(second.outcome()).isEqualTo(SyncOutcome.SYNCED);
        String merged = "## Article 3\n\nMembers meet twice a year. The council sets the date. Every member may "
                + "attend.\n";
        assertThat(read(bob, ARTICLE_3)).isEqualTo(merged);
        assertThat(read(alice, ARTICLE_3)).isEqualTo(merged);
        assertThat(PendingMerge.load(bob)).isEmpty();
    }

    @Test
    void sameWordsStopWithoutTouchingText() throws Exception {
        String bobs = PARAGRAPH.replace("once a year", "every spring");
        conflictOnSameWords(bobs);

        SyncResult result = RemoteSync.sync(bob, BOB, "Spring");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(result.conflicts()).hasSize(1);
        Conflict conflict = result.conflicts().get(0);
        assertThat(conflict.path()).isEqualTo(ARTICLE_3);
        assertThat(conflict.paragraph()).isEqualTo(1);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(bobs);
        assertThat(PendingMerge.load(bob).orElseThrow().unsettled()).containsExactly(conflict);
    }

    @Test
    void chosenConflictCompletesWithBothParents() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        Conflict conflict = RemoteSync.sync(bob, BOB, "Spring").conflicts().get(0);
        ObjectId shared = remoteMain(remote);

        PendingMerge.choose(bob, conflict.id(), Resolution.of(Choice.THEIRS));
        SyncResult result = RemoteSync.sync(bob, BOB, "Settle");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(PARAGRAPH.replace("once a year", "every autumn"));
        RevCommit merge = bob.repository().parseCommit(head(bob));
        assertThat(merge.getParentCount()).isEqualTo(2);
        assertThat(merge.getParent(1).getId()).isEqualTo(shared);
        assertThat(merge.getFullMessage()).contains(ARTICLE_3 + " ¶1: kept the shared version");
        assertThat(remoteMain(remote)).isEqualTo(head(bob));
        assertThat(PendingMerge.load(bob)).isEmpty();
        assertThat(bob.status().conflicts()).isEmpty();
    }

    @Test
    void editedResolutionKeepsTypedText() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        Conflict conflict = RemoteSync.sync(bob, BOB, "Spring").conflicts().get(0);
        String typed = "Members meet in spring and autumn. The council sets the date. Any member may attend.\n";

        PendingMerge.choose(bob, conflict.id(), Resolution.edited(typed));
        RemoteSync.sync(bob, BOB, "Settle");

        assertThat(read(bob, ARTICLE_3)).isEqualTo("## Article 3\n\n" + typed);
    }

    @Test
    void abortRestoresStateBeforeSync() throws Exception {
        String bobs = PARAGRAPH.replace("once a year", "every spring");
        conflictOnSameWords(bobs);
        ObjectId before = head(bob);
        List<String> pendingBefore = bob.status().uncommittedPaths();

        RemoteSync.sync(bob, BOB, "Spring");
        boolean restored = PendingMerge.abort(bob);

        assertThat(restored).isTrue();
        assertThat(head(bob)).isEqualTo(before);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(bobs);
        assertThat(bob.status().uncommittedPaths()).isEqualTo(pendingBefore).containsExactly(ARTICLE_3);
        assertThat(PendingMerge.load(bob)).isEmpty();
    }

    @Test
    void choiceSurvivesRemoteMovingElsewhere() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        Conflict conflict = RemoteSync.sync(bob, BOB, "Spring").conflicts().get(0);
        PendingMerge.choose(bob, conflict.id(), Resolution.of(Choice.MINE));
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Five minutes");

        SyncResult result = RemoteSync.sync(bob, BOB, "Settle");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(PARAGRAPH.replace("once a year", "every spring"));
        assertThat(read(bob, ARTICLE_9)).contains("five minutes");
    }

    @Test
    void choiceNotOfferedIsRefused() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        RemoteSync.sync(bob, BOB, "Spring");

        assertThatThrownBy(() -> PendingMerge.choose(bob, "0000000000000000", Resolution.of(Choice.MINE)))
                .isInstanceOf(ChartaException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.merge.unknownConflict");
        assertThat(PendingMerge.load(bob).orElseThrow().choices()).isEmpty();
    }

    @Test
    void deletedSectionEditedElsewhereAsksOnce() throws Exception {
        org.charta.core.charter.Charter aliceCharter = org.charta.core.charter.Charter.open(alice.folder());
        aliceCharter.deleteSection("article-9");
        RemoteSync.sync(alice, ALICE, "Delete article 9");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak twice.\n");

        SyncResult result = RemoteSync.sync(bob, BOB, "Twice");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(result.conflicts()).extracting(Conflict::path).containsExactly(ARTICLE_9);
        PendingMerge.choose(bob, result.conflicts().get(0).id(), Resolution.of(Choice.MINE));
        assertThat(RemoteSync.sync(bob, BOB, "Keep it").outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_9)).contains("speak twice");
        assertThat(Files.readString(bob.folder().resolve("charter.json"))).contains("article-9");
    }

    @Test
    void thirdCloneReceivesSettledMerge() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        Conflict conflict = RemoteSync.sync(bob, BOB, "Spring").conflicts().get(0);
        PendingMerge.choose(bob, conflict.id(), Resolution.of(Choice.BOTH));
        RemoteSync.sync(bob, BOB, "Settle");
        CharterRepository carol = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("carol"),
                null));

        assertThat(RemoteSync.sync(carol, CAROL, "Nothing").outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(read(carol, ARTICLE_3)).contains("every spring").contains("every autumn");
    }

    @Test
    void conflictInRootCommitFileAbortsExactly() throws Exception {
        // Case 2: the preamble comes from the repository's first commit, which has no parent.
        String preamble = SharedCharters.PREAMBLE;
        write(alice, preamble, "## Preamble\n\nWe, the founders, adopt this charter.\n");
        RemoteSync.sync(alice, ALICE, "Founding members");
        write(bob, preamble, "## Preamble\n\nWe, the citizens, adopt this charter.\n");
        bob.record("Members of the world", BOB);
        ObjectId bobsCommit = head(bob);

        SyncResult result = RemoteSync.sync(bob, BOB, "Nothing pending");
        boolean restored = PendingMerge.abort(bob);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(result.conflicts()).extracting(Conflict::path).containsExactly(preamble);
        assertThat(restored).isTrue();
        assertThat(head(bob)).isEqualTo(bobsCommit);
        assertThat(bob.status().isClean()).isTrue();
        assertThat(read(bob, preamble)).contains("the citizens,");
    }

    @Test
    void abortUndoesEarlierMerge() throws Exception {
        String original9 = read(bob, ARTICLE_9);
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Five minutes");
        String bobs = PARAGRAPH.replace("once a year", "every spring");
        write(bob, ARTICLE_3, bobs);
        ObjectId before = head(bob);
        // Bob's first merge succeeds, then Alice pushes the same words before Bob's push lands.
        java.util.function.IntConsumer aliceConflictsFirst = attempt -> {
            if (attempt == 1) {
                try {
                    write(alice, ARTICLE_3, PARAGRAPH.replace("once a year", "every autumn"));
                    RemoteSync.sync(alice, ALICE, "Autumn");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        SyncResult result = new SyncRun(bob, BOB, aliceConflictsFirst).run("Spring");
        boolean restored = PendingMerge.abort(bob);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(restored).isTrue();
        assertThat(head(bob)).isEqualTo(before);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(bobs);
        assertThat(read(bob, ARTICLE_9)).isEqualTo(original9);
        assertThat(bob.status().uncommittedPaths()).containsExactly(ARTICLE_3);
    }

    @Test
    void pendingMergeAlreadyInHeadIsDropped() throws Exception {
        conflictOnSameWords(PARAGRAPH.replace("once a year", "every spring"));
        RemoteSync.sync(bob, BOB, "Spring");
        // As if a sync had moved HEAD to the merge and been killed before deleting its state.
        bob.git().merge().include(remoteMain(remote)).setStrategy(org.eclipse.jgit.merge.MergeStrategy.OURS)
                .setMessage("Merge").call();

        assertThat(PendingMerge.load(bob)).isEmpty();
        assertThat(bob.folder().resolve(".git/charta/merge.json")).doesNotExist();
    }

    /** Alice changes the same words as Bob is about to and syncs first. */
    private void conflictOnSameWords(String bobs) throws Exception {
        write(alice, ARTICLE_3, PARAGRAPH.replace("once a year", "every autumn"));
        RemoteSync.sync(alice, ALICE, "Autumn");
        write(bob, ARTICLE_3, bobs);
    }
}
