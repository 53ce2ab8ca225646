package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.AmendmentFixture.fileAt;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sync of amendment branches between two clones through a real {@code git daemon} on 127.0.0.1. */
class AmendmentSyncTest extends IsolatedGitTest {

    private static final String ID = "right-to-speak-k3f9";
    private static final String BRANCH = AmendmentRefs.localBranch(ID);
    private static final String TWICE = "## Article 3\n\nMembers meet twice a year.\n";

    private Path bare;
    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        bare = TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
    }

    @Test
    void proposedAmendmentReachesOtherClone() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        AmendmentFixture.write(alice, ID, ARTICLE_3, TWICE, ALICE);

        SyncResult sent = RemoteSync.sync(alice, ALICE, "Sync");
        SyncResult received = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(sent.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(sent.shared().amendmentsSent()).containsExactly(ID);
        assertThat(sent.sentCommits()).isEqualTo(2);
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(alice, BRANCH));
        assertThat(received.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(received.shared().amendmentsReceived()).containsExactly(ID);
        assertThat(received.receivedCommits()).isEqualTo(2);
        assertThat(tip(bob, BRANCH)).isEqualTo(tip(alice, BRANCH));
        assertThat(bob.repository().getFullBranch()).isEqualTo(Remotes.MAIN_REF);
        assertThat(read(bob, ARTICLE_3)).contains("once a year");
    }

    @Test
    void draftNeverLeavesMachine() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.DRAFT, ALICE);
        AmendmentFixture.write(alice, ID, ARTICLE_3, TWICE, ALICE);
        alice.git().checkout().setName(BRANCH).call();
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak in any language.\n");

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(result.sentCommits()).isZero();
        assertThat(fileAt(alice.repository(), BRANCH, ARTICLE_9)).contains("any language");
        assertThat(remoteTip(BRANCH)).isNull();
        assertThat(alice.status().ahead()).isZero();
    }

    @Test
    void lowercaseDraftStatusStaysLocal() throws Exception {
        ObjectId main = alice.repository().resolve(Remotes.MAIN_REF);
        BranchCommits.createBranch(alice, BRANCH, main);
        AmendmentFixture.write(alice, ID, AmendmentRefs.recordPath(ID),
                "{\"id\":\"" + ID + "\",\"title\":\"Speech\",\"status\":\"draft\",\"futureField\":1}\n", ALICE);

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(remoteTip(BRANCH)).isNull();
    }

    @Test
    void withdrawnDraftNeverLeavesMachine() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.DRAFT, ALICE);
        AmendmentFixture.setStatus(alice, ID, AmendmentStatus.WITHDRAWN, ALICE);

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(remoteTip(BRANCH)).isNull();
        assertThat(alice.status().ahead()).isZero();
    }

    @Test
    void withdrawingSharedAmendmentSendsIt() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        AmendmentFixture.setStatus(alice, ID, AmendmentStatus.WITHDRAWN, ALICE);

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.shared().amendmentsSent()).containsExactly(ID);
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(alice, BRANCH));
    }

    @Test
    void proposingDraftSendsItNextSync() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.DRAFT, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        AmendmentFixture.setStatus(alice, ID, AmendmentStatus.PROPOSED, ALICE);

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.shared().amendmentsSent()).containsExactly(ID);
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(alice, BRANCH));
    }

    @Test
    void votesFromBothClonesArriveEverywhere() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.VOTING, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        String aliceVote = AmendmentRefs.votesFolder(ID) + "alice-example-org.json";
        String bobVote = AmendmentRefs.votesFolder(ID) + "bob-example-org.json";
        AmendmentFixture.vote(alice, ID, ALICE, "for");
        AmendmentFixture.vote(bob, ID, BOB, "against");

        SyncResult aliceSent = RemoteSync.sync(alice, ALICE, "Sync");
        SyncResult bobMerged = RemoteSync.sync(bob, BOB, "Sync");
        SyncResult aliceReceived = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(aliceSent.shared().amendmentsSent()).containsExactly(ID);
        assertThat(bobMerged.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobMerged.shared().amendmentsUpdated()).containsExactly(ID);
        assertThat(bobMerged.shared().amendmentsSent()).containsExactly(ID);
        assertThat(bobMerged.shared().amendmentsNeedingAttention()).isEmpty();
        assertThat(aliceReceived.shared().amendmentsUpdated()).containsExactly(ID);
        assertThat(parse(bob.repository(), tip(bob, BRANCH)).getParentCount()).isEqualTo(2);
        assertThat(tip(alice, BRANCH)).isEqualTo(tip(bob, BRANCH));
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(bob, BRANCH));
        try (Repository remote = AmendmentFixture.openBare(bare)) {
            for (Repository repository : new Repository[] {alice.repository(), bob.repository(), remote}) {
                assertThat(fileAt(repository, BRANCH, aliceVote)).as("alice's vote").contains("\"for\"");
                assertThat(fileAt(repository, BRANCH, bobVote)).as("bob's vote").contains("\"against\"");
            }
        }
    }

    @Test
    void conflictingAmendmentIsReportedAndLeftAlone() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        AmendmentFixture.write(alice, ID, ARTICLE_3, TWICE, ALICE);
        ObjectId bobEdit = AmendmentFixture.write(bob, ID, ARTICLE_3,
                "## Article 3\n\nMembers meet three times a year.\n", BOB);
        RemoteSync.sync(alice, ALICE, "Sync");
        ObjectId aliceTip = remoteTip(BRANCH);

        SyncResult result = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.shared().amendmentsNeedingAttention()).containsExactly(ID);
        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(tip(bob, BRANCH)).isEqualTo(bobEdit);
        assertThat(remoteTip(BRANCH)).isEqualTo(aliceTip);
        assertThat(PendingMerge.load(bob)).isEmpty();
    }

    @Test
    void checkedOutConflictingAmendmentSyncsWithChoice() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        AmendmentFixture.write(alice, ID, ARTICLE_3, TWICE, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        bob.git().checkout().setName(BRANCH).call();
        write(bob, ARTICLE_3, "## Article 3\n\nMembers meet three times a year.\n");

        SyncResult conflict = RemoteSync.sync(bob, BOB, "Sync");
        for (Conflict each : conflict.conflicts()) {
            PendingMerge.choose(bob, each.id(), Resolution.of(Choice.THEIRS));
        }
        SyncResult settled = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(conflict.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(conflict.conflictingPaths()).containsExactly(ARTICLE_3);
        assertThat(settled.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(TWICE);
        assertThat(bob.repository().getFullBranch()).isEqualTo(BRANCH);
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(bob, BRANCH));
        assertThat(parse(bob.repository(), tip(bob, BRANCH)).getParentCount()).isEqualTo(2);
    }

    @Test
    void syncOnAmendmentKeepsTypedWork() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        AmendmentFixture.vote(alice, ID, ALICE, "for");
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Sync");
        bob.git().checkout().setName(BRANCH).call();
        write(bob, ARTICLE_3, TWICE);

        SyncResult result = RemoteSync.sync(bob, BOB, "Sync");

        String aliceVote = AmendmentRefs.votesFolder(ID) + "alice-example-org.json";
        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.changedPaths()).containsExactly(aliceVote);
        assertThat(result.shared().amendmentsSent()).containsExactly(ID);
        assertThat(bob.repository().getFullBranch()).isEqualTo(BRANCH);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(TWICE);
        assertThat(Files.exists(bob.folder().resolve(aliceVote))).isTrue();
        assertThat(read(bob, ARTICLE_9)).doesNotContain("five minutes");
        assertThat(tip(bob, Remotes.MAIN_REF)).isEqualTo(tip(alice, Remotes.MAIN_REF));
        assertThat(fileAt(bob.repository(), Remotes.MAIN_REF, ARTICLE_9)).contains("five minutes");
        assertThat(fileAt(bob.repository(), Remotes.MAIN_REF, ARTICLE_3)).contains("once a year");
        assertThat(bob.status().isClean()).isTrue();
        try (Repository remote = AmendmentFixture.openBare(bare)) {
            assertThat(fileAt(remote, BRANCH, ARTICLE_3)).isEqualTo(TWICE);
            assertThat(fileAt(remote, BRANCH, aliceVote)).contains("\"for\"");
        }
    }

    @Test
    void localMainMergesWhileAmendmentCheckedOut() throws Exception {
        AmendmentFixture.create(bob, ID, AmendmentStatus.DRAFT, BOB);
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Sync");
        write(bob, ARTICLE_3, TWICE);
        bob.record("Edit article 3", BOB);
        bob.git().checkout().setName(BRANCH).call();

        SyncResult result = RemoteSync.sync(bob, BOB, "Sync");

        RevCommit main = parse(bob.repository(), tip(bob, Remotes.MAIN_REF));
        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.shared().mainNeedsAttention()).isFalse();
        assertThat(main.getParentCount()).isEqualTo(2);
        assertThat(remoteTip(Remotes.MAIN_REF)).isEqualTo(main.getId());
        assertThat(fileAt(bob.repository(), Remotes.MAIN_REF, ARTICLE_9)).contains("five minutes");
        assertThat(read(bob, ARTICLE_3)).contains("once a year");
    }

    @Test
    void conflictingMainWaitsWhileAmendmentCheckedOut() throws Exception {
        AmendmentFixture.create(bob, ID, AmendmentStatus.DRAFT, BOB);
        write(alice, ARTICLE_3, TWICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        write(bob, ARTICLE_3, "## Article 3\n\nMembers meet three times a year.\n");
        ObjectId bobMain = bob.record("Edit article 3", BOB).orElseThrow();
        bob.git().checkout().setName(BRANCH).call();

        SyncResult result = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.shared().mainNeedsAttention()).isTrue();
        assertThat(tip(bob, Remotes.MAIN_REF)).isEqualTo(bobMain);
        assertThat(remoteTip(Remotes.MAIN_REF)).isEqualTo(tip(alice, Remotes.MAIN_REF));
    }

    @Test
    void rejectedAmendmentIsReported() throws Exception {
        Path hook = Files.createDirectories(bare.resolve("hooks")).resolve("update");
        Files.writeString(hook, "#!/bin/sh\ncase \"$1\" in refs/heads/amendments/*) echo 'amendments are closed' >&2;"
                + " exit 1;; esac\nexit 0\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.REJECTED);
        assertThat(result.remoteMoved()).isFalse();
        assertThat(result.shared().amendmentsRejected()).containsExactly(ID);
        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(result.serverReason()).contains("amendments are closed");
        assertThat(remoteTip(Remotes.MAIN_REF)).isEqualTo(tip(alice, Remotes.MAIN_REF));
        assertThat(remoteTip(BRANCH)).isNull();
    }

    @Test
    void amendmentMovedDuringPushIsMergedAgain() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.VOTING, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        AmendmentFixture.vote(bob, ID, BOB, "for");

        SyncResult result = new SyncRun(bob, BOB, attempt -> {
            if (attempt == 1) {
                voteAndSync();
            }
        }).run("Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.shared().amendmentsSent()).containsExactly(ID);
        assertThat(remoteTip(BRANCH)).isEqualTo(tip(bob, BRANCH));
        assertThat(fileAt(bob.repository(), BRANCH, AmendmentRefs.votesFolder(ID) + "alice-example-org.json"))
                .isNotNull();
    }

    private void voteAndSync() {
        try {
            AmendmentFixture.vote(alice, ID, ALICE, "for");
            assertThat(RemoteSync.sync(alice, ALICE, "Sync").outcome()).isEqualTo(SyncOutcome.SYNCED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void incomingCountsWaitingAmendments() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");

        Incoming incoming = IncomingChanges.fetch(bob, org.charta.core.transport.RemoteAccess.anonymous());

        assertThat(incoming.amendments()).isEqualTo(1);
        assertThat(incoming.commits()).isZero();
        assertThat(bob.repository().exactRef(BRANCH)).isNull();
    }

    @Test
    void incomingFollowsCheckedOutAmendment() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        RemoteSync.sync(bob, BOB, "Sync");
        bob.git().checkout().setName(BRANCH).call();
        AmendmentFixture.write(alice, ID, ARTICLE_3, TWICE, ALICE);
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Sync");

        Incoming incoming = IncomingChanges.fetch(bob, org.charta.core.transport.RemoteAccess.anonymous());

        assertThat(incoming.commits()).isEqualTo(1);
        assertThat(incoming.sectionIds()).containsExactly("article-3");
        assertThat(bob.status().behind()).isEqualTo(1);
        assertThat(read(bob, ARTICLE_3)).contains("once a year");
    }

    @Test
    void statusCountsAmendmentCommitsToSend() throws Exception {
        AmendmentFixture.create(alice, ID, AmendmentStatus.PROPOSED, ALICE);
        RemoteSync.sync(alice, ALICE, "Sync");
        alice.git().checkout().setName(BRANCH).call();
        write(alice, ARTICLE_3, TWICE);
        alice.record("Edit article 3", ALICE);

        RepositoryStatus status = alice.status();

        assertThat(status.ahead()).isEqualTo(1);
        assertThat(status.behind()).isZero();
    }

    @Test
    void unreadableRecordStaysLocal() throws Exception {
        ObjectId main = alice.repository().resolve(Remotes.MAIN_REF);
        BranchCommits.createBranch(alice, BRANCH, main);
        AmendmentFixture.write(alice, ID, AmendmentRefs.recordPath(ID), "{\"status\": \"proposed\", ", ALICE);
        String other = "speech-a1b2";
        BranchCommits.createBranch(alice, AmendmentRefs.localBranch(other), main);
        AmendmentFixture.write(alice, other, ARTICLE_3, TWICE, ALICE);

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.shared().amendmentsSent()).isEmpty();
        assertThat(remoteTip(BRANCH)).isNull();
        assertThat(remoteTip(AmendmentRefs.localBranch(other))).isNull();
    }

    private static ObjectId tip(CharterRepository repository, String ref) throws Exception {
        return repository.repository().resolve(ref);
    }

    private ObjectId remoteTip(String ref) throws Exception {
        try (Repository remote = AmendmentFixture.openBare(bare)) {
            return remote.resolve(ref);
        }
    }

    private static RevCommit parse(Repository repository, ObjectId id) throws Exception {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }
}
