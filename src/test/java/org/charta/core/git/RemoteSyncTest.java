package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.charta.testing.TestGit.CAROL;

/** Sync between two clones of one shared charter in a local bare repository. */
class RemoteSyncTest extends IsolatedGitTest {

    private Path remote;
    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        remote = TestGit.initBare(temp.resolve("charter.git"));
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
    }

    @Test
    void editReachesOtherClone() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        SyncResult sent = RemoteSync.sync(alice, ALICE, "Edit article 3");
        SyncResult received = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(sent.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(sent.sentCommits()).isEqualTo(1);
        assertThat(received.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(received.receivedCommits()).isEqualTo(1);
        assertThat(received.changedPaths()).containsExactly(ARTICLE_3);
        assertThat(read(bob, ARTICLE_3)).isEqualTo("## Article 3\n\nMembers meet twice a year.\n");
        assertThat(head(bob)).isEqualTo(head(alice));
    }

    @Test
    void syncWithoutChangesIsUpToDate() throws Exception {
        ObjectId before = head(bob);

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.sentCommits()).isZero();
        assertThat(result.receivedCommits()).isZero();
        assertThat(head(bob)).isEqualTo(before);
    }

    @Test
    void editsToDifferentSectionsMerge() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");

        SyncResult bobResult = RemoteSync.sync(bob, BOB, "Edit article 9");
        SyncResult aliceResult = RemoteSync.sync(alice, ALICE, "Edit");

        assertThat(bobResult.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobResult.receivedCommits()).isEqualTo(1);
        assertThat(bobResult.sentCommits()).isEqualTo(2);
        assertThat(bobResult.changedPaths()).containsExactly(ARTICLE_3);
        assertThat(aliceResult.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(aliceResult.changedPaths()).containsExactly(ARTICLE_9);
        RevCommit merge = commit(bob, head(bob));
        assertThat(merge.getParentCount()).isEqualTo(2);
        assertThat(merge.getFullMessage()).isEqualTo(SyncRun.MERGE_MESSAGE);
        assertThat(merge.getAuthorIdent().getEmailAddress()).isEqualTo(BOB.email());
        assertThat(read(alice, ARTICLE_9)).contains("five minutes");
        assertThat(read(bob, ARTICLE_3)).contains("twice a year");
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(bob));
    }

    @Test
    void plainPushWithoutFetchIsRejected() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        bob.record("Edit article 9", BOB);

        Iterable<PushResult> results = bob.git().push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main"))
                .call();

        List<RemoteRefUpdate.Status> statuses = new ArrayList<>();
        results.forEach(result -> result.getRemoteUpdates().forEach(update -> statuses.add(update.getStatus())));
        assertThat(statuses).containsExactly(RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD);
        assertThat(Pusher.pushMain(bob.git()).verdict()).isEqualTo(Pusher.Verdict.BEHIND);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(alice));
    }

    @Test
    void rejectedPushIsRetriedAfterMerge() throws Exception {
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        bob.record("Edit article 9", BOB);
        ObjectId bobEdit = head(bob);
        List<Integer> attempts = new ArrayList<>();
        // Alice pushes after Bob's fetch and before his push, so his first push is not a fast-forward.
        IntConsumer aliceSyncsFirst = attempt -> {
            attempts.add(attempt);
            if (attempt == 1) {
                editAndSync(alice, ALICE, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
            }
        };

        SyncResult result = new SyncRun(bob, BOB, aliceSyncsFirst).run("Edit");

        assertThat(attempts).containsExactly(1, 2);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.receivedCommits()).isEqualTo(1);
        assertThat(result.sentCommits()).isEqualTo(2);
        assertThat(result.changedPaths()).containsExactly(ARTICLE_3);
        ObjectId shared = SharedCharters.remoteMain(remote);
        assertThat(shared).isEqualTo(head(bob));
        RevCommit merge = commit(bob, shared);
        assertThat(merge.getParents()).extracting(RevCommit::getId).containsExactlyInAnyOrder(bobEdit, head(alice));
    }

    @Test
    void remoteThatKeepsMovingEndsRejected() throws Exception {
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        IntConsumer aliceSyncsEveryTime = attempt -> editAndSync(alice, ALICE, "sections/alice-" + attempt + ".md",
                "## Note " + attempt + "\n");

        SyncResult result = new SyncRun(bob, BOB, aliceSyncsEveryTime).run("Edit article 9");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.REJECTED);
        // Each push expects the remote value of its fetch, so the remote reports the move before any fast-forward check.
        assertThat(result.detail()).contains("REJECTED_REMOTE_CHANGED");
        assertThat(result.remoteMoved()).isTrue();
        assertThat(result.sentCommits()).isZero();
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(alice));
        assertThat(read(bob, ARTICLE_9)).contains("five minutes");
    }

    private static void editAndSync(CharterRepository clone, org.charta.core.Identity who, String path, String text) {
        try {
            write(clone, path, text);
            assertThat(RemoteSync.sync(clone, who, "Edit " + path).outcome()).isEqualTo(SyncOutcome.SYNCED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tagThatExistsElsewhereIsRejected() throws Exception {
        try (Git aliceGit = Git.wrap(alice.repository())) {
            aliceGit.tag().setName("v2.0").setMessage("Draft 2").setTagger(new PersonIdent(ALICE.name(), ALICE.email()))
                    .setSigned(false).call();
        }
        RemoteSync.pushTag(alice, "v2.0");
        ObjectId remoteTag = remoteRef("refs/tags/v2.0");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        bob.record("Edit article 9", BOB);
        bob.git().tag().setName("v2.0").setMessage("Draft 2, Bob's")
                .setTagger(new PersonIdent(CAROL.name(), CAROL.email()))
                .setSigned(false).call();

        assertThatThrownBy(() -> RemoteSync.pushTag(bob, "v2.0"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("v2.0")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.tagRejected");
        assertThat(remoteRef("refs/tags/v2.0")).isEqualTo(remoteTag);
    }

    @Test
    void tagIsNotMovedForward() throws Exception {
        alice.git().tag().setName("v3.0").setAnnotated(false).call();
        RemoteSync.pushTag(alice, "v3.0");
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 9");
        // A lightweight tag moved to a descendant would be a fast-forward, which a plain push accepts.
        alice.git().tag().setName("v3.0").setAnnotated(false).setForceUpdate(true).call();
        ObjectId remoteTag = remoteRef("refs/tags/v3.0");

        assertThatThrownBy(() -> RemoteSync.pushTag(alice, "v3.0"))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.tagRejected");
        assertThat(remoteRef("refs/tags/v3.0")).isEqualTo(remoteTag);
    }

    @Test
    void tagPushedTwiceIsAccepted() throws Exception {
        alice.git().tag().setName("v1.0").setMessage("Draft 1").setTagger(new PersonIdent(ALICE.name(), ALICE.email()))
                .setSigned(false).call();

        RemoteSync.pushTag(alice, "v1.0");
        RemoteSync.pushTag(alice, "v1.0");

        assertThat(remoteRef("refs/tags/v1.0")).isEqualTo(alice.repository().resolve("refs/tags/v1.0"));
    }

    @Test
    void conflictKeepsBothSidesAndNoMarkers() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        String bobText = "## Article 3\n\nMembers meet every month.\n";
        write(bob, ARTICLE_3, bobText);
        bob.record("Edit article 3", BOB);
        ObjectId bobHead = head(bob);

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(result.conflictingPaths()).containsExactly(ARTICLE_3);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(bobText);
        assertThat(SharedCharters.filesContaining(bob, "<<<<<<<")).isEmpty();
        assertThat(SharedCharters.filesContaining(bob, ">>>>>>>")).isEmpty();
        assertThat(head(bob)).isEqualTo(bobHead);
        assertThat(bob.repository().getRepositoryState()).isEqualTo(RepositoryState.SAFE);
        assertThat(bob.status().isClean()).isTrue();
        assertThat(result.keptRemoteRef()).startsWith("refs/charta/conflicts/");
        assertThat(bob.repository().resolve(result.keptRemoteRef())).isEqualTo(head(alice));
        assertThat(History.readAt(bob, result.keptRemoteRef(), ARTICLE_3)).contains(read(alice, ARTICLE_3));
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(alice));
        TestGit.runGit(bob.folder(), temp.resolve("home"), "fsck", "--strict", "--no-dangling");
    }

    @Test
    void unrelatedHistoriesStopWithoutChange() throws Exception {
        Path folder = temp.resolve("carol");
        CharterRepository carol = closeLater(CharterRepository.init(folder));
        write(carol, "charter.json", "{\"format\":1,\"title\":\"Carol's charter\",\"sections\":[]}\n");
        write(carol, "sections/00-preamble.md", "We, the members, adopt this charter.\n");
        carol.record("Start", CAROL);
        ObjectId carolHead = head(carol);
        Remotes.addOrigin(carol.repository(), remote.toString());

        assertThatThrownBy(() -> RemoteSync.sync(carol, CAROL, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(remote.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.unrelatedHistories");
        assertThat(head(carol)).isEqualTo(carolHead);
        assertThat(read(carol, "sections/00-preamble.md")).isEqualTo("We, the members, adopt this charter.\n");
        assertThat(carol.folder().resolve(ARTICLE_3)).doesNotExist();
        assertThat(carol.status().isClean()).isTrue();
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(alice));
    }

    @Test
    void unportablePathStopsBeforeMerge() throws Exception {
        Path otherFolder = temp.resolve("web-ui");
        try (Git other = Git.cloneRepository().setURI(remote.toString()).setDirectory(otherFolder.toFile())
                .setBranch("main").call()) {
            Files.writeString(otherFolder.resolve("sections/Article 12 – Fees ($ or €)?.md"), "## Fees\n");
            Files.writeString(otherFolder.resolve("sections/Q&A: \"who may vote?\".md"), "## Q&A\n");
            other.add().addFilepattern(".").call();
            other.commit().setMessage("Add from the web").setAuthor("Web", "web@example.org")
                    .setCommitter("Web", "web@example.org").setSign(false).call();
            other.push().call();
        }
        write(alice, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        alice.record("Edit article 9", ALICE);
        ObjectId aliceHead = head(alice);

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("sections/Article 12 – Fees ($ or €)?.md")
                .hasMessageContaining("sections/Q&A: \"who may vote?\".md")
                .hasMessageContaining("recorded locally")
                .hasMessageNotContaining("nothing was changed")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.unportablePaths");
        assertThat(head(alice)).isEqualTo(aliceHead);
        assertThat(alice.status().isClean()).isTrue();
        try (var files = Files.list(alice.folder().resolve("sections"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("preamble.md", "article-3.md", "article-9.md");
        }
    }

    @Test
    void manyUnportablePathsAreCounted() throws Exception {
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("web-ui"))) {
            for (int i = 1; i <= 7; i++) {
                other.write("sections/note " + i + "?.md", "## Note " + i + "\n");
            }
            other.commitAndPush("Add seven notes");
        }

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .hasMessageContaining("sections/note 1?.md")
                .hasMessageContaining("sections/note 5?.md")
                .hasMessageNotContaining("sections/note 6?.md")
                .hasMessageContaining("and 2 more");
    }

    @Test
    void mergeCommitIdentityIsNfc() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        org.charta.core.Identity decomposed = new org.charta.core.Identity("Jose\u0301 Nu\u0301n\u0303ez",
                "jose\u0301@example.org");

        RemoteSync.sync(bob, decomposed, "Re\u0301vision");

        RevCommit merge = commit(bob, head(bob));
        RevCommit recorded = merge.getParent(0);
        assertThat(merge.getParentCount()).isEqualTo(2);
        assertThat(merge.getAuthorIdent().getName()).isEqualTo("Jos\u00e9 N\u00fa\u00f1ez");
        assertThat(merge.getCommitterIdent().getEmailAddress()).isEqualTo("jos\u00e9@example.org");
        assertThat(commit(bob, recorded).getFullMessage()).isEqualTo("R\u00e9vision");
    }

    @Test
    void pathDifferingInCaseStopsSync() throws Exception {
        Path otherFolder = temp.resolve("other-tool");
        try (Git other = Git.cloneRepository().setURI(remote.toString()).setDirectory(otherFolder.toFile())
                .setBranch("main").call()) {
            Files.writeString(otherFolder.resolve("sections/Article-3.md"), "## Article 3, again\n");
            other.add().addFilepattern(".").call();
            other.commit().setMessage("Add a look-alike").setAuthor("Other", "other@example.org")
                    .setCommitter("Other", "other@example.org").setSign(false).call();
            other.push().call();
        }
        ObjectId aliceHead = head(alice);

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("sections/Article-3.md")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.unportablePaths");
        assertThat(head(alice)).isEqualTo(aliceHead);
        assertThat(alice.folder().resolve("sections/Article-3.md")).doesNotExist();
    }

    @Test
    void heldIndexLockStopsSyncAndKeepsEdit() throws Exception {
        Path lock = alice.folder().resolve(".git/index.lock");
        String edited = "## Article 3\n\nMembers meet twice a year.\n";
        write(alice, ARTICLE_3, edited);
        ObjectId before = head(alice);

        // An open descriptor on the lock stands for a Git program that is still running.
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                    .isInstanceOf(ChartaException.class)
                    .hasMessageContaining(lock.toString())
                    .extracting(e -> ((ChartaException) e).messageKey())
                    .isEqualTo("error.git.indexLocked");
        }
        assertThat(read(alice, ARTICLE_3)).isEqualTo(edited);
        assertThat(head(alice)).isEqualTo(before);
        assertThat(alice.status().indexLocked()).isTrue();
        assertThat(alice.status().uncommittedPaths()).containsExactly(ARTICLE_3);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(before);
    }

    @Test
    void syncWorksAfterStaleLockRemoved() throws Exception {
        Path lock = alice.folder().resolve(".git/index.lock");
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(GitLocks.STALE_AFTER).minusSeconds(60)));
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.indexLockedStale");
        GitLocks.removeStaleIndexLock(alice.repository());
        SyncResult result = RemoteSync.sync(alice, ALICE, "Edit");

        assertThat(lock).doesNotExist();
        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
    }

    @Test
    void concurrentCommentsInOneThreadMerge() throws Exception {
        String aliceComment = ".charta/comments/thread-7f3a/c-alice-01.json";
        String bobComment = ".charta/comments/thread-7f3a/c-bob-01.json";
        write(alice, aliceComment, "{\"author\":\"alice@example.org\",\"text\":\"Should 'shall' be 'may'?\"}\n");
        write(bob, bobComment, "{\"author\":\"bob@example.org\",\"text\":\"I agree.\"}\n");

        SyncResult aliceFirst = RemoteSync.sync(alice, ALICE, "Comment");
        SyncResult bobSecond = RemoteSync.sync(bob, BOB, "Comment");
        SyncResult aliceAgain = RemoteSync.sync(alice, ALICE, "Comment");

        assertThat(aliceFirst.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobSecond.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(aliceAgain.outcome()).isEqualTo(SyncOutcome.SYNCED);
        for (CharterRepository clone : List.of(alice, bob)) {
            assertThat(clone.folder().resolve(aliceComment)).isRegularFile();
            assertThat(clone.folder().resolve(bobComment)).isRegularFile();
        }
        assertThat(History.readAt(alice, "origin/main", aliceComment)).isPresent();
        assertThat(History.readAt(alice, "origin/main", bobComment)).isPresent();
    }

    @Test
    void unreachableRemoteIsOffline() throws Exception {
        alice.repository().getConfig().setString("remote", "origin", "url",
                org.charta.testing.GitDaemon.unreachableUrl("charter.git"));
        alice.repository().getConfig().save();
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        SyncResult result = RemoteSync.sync(alice, ALICE, "Edit article 3");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.OFFLINE);
        assertThat(alice.status().isClean()).isTrue();
        assertThat(alice.status().ahead()).isEqualTo(1);
        assertThat(History.readAt(alice, "HEAD", ARTICLE_3)).contains("## Article 3\n\nMembers meet twice a year.\n");
    }

    @Test
    void repositoryWithoutCommitsReceivesCharter() throws Exception {
        CharterRepository carol = closeLater(CharterRepository.init(temp.resolve("carol")));
        Remotes.addOrigin(carol.repository(), remote.toString());

        SyncResult result = RemoteSync.sync(carol, CAROL, "Start");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.receivedCommits()).isEqualTo(1);
        assertThat(result.changedPaths()).contains("charter.json", ARTICLE_3);
        assertThat(head(carol)).isEqualTo(head(alice));
        assertThat(carol.status().isClean()).isTrue();
    }

    @Test
    void noRemoteIsReported() throws Exception {
        CharterRepository carol = closeLater(CharterRepository.init(temp.resolve("carol")));
        write(carol, "charter.json", "{}\n");

        SyncResult result = RemoteSync.sync(carol, CAROL, "Start");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.NO_REMOTE);
        assertThat(carol.status().isClean()).isTrue();
    }

    private static RevCommit commit(CharterRepository repository, ObjectId id) throws Exception {
        try (RevWalk walk = new RevWalk(repository.repository())) {
            return walk.parseCommit(id);
        }
    }

    private ObjectId remoteRef(String name) throws Exception {
        try (var repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(remote.toFile())
                .setMustExist(true).build()) {
            return repository.resolve(name);
        }
    }

    @Test
    void syncOnOtherBranchIsRefused() throws Exception {
        bob.git().checkout().setCreateBranch(true).setName("feature").call();
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak on a feature branch.\n");
        ObjectId remoteBefore = SharedCharters.remoteMain(remote);

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.sync.notOnMain");
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(remoteBefore);
        assertThat(bob.status().uncommittedPaths()).containsExactly(ARTICLE_9);
    }

    @Test
    void syncOnMalformedAmendmentBranchIsRefused() throws Exception {
        bob.git().checkout().setCreateBranch(true).setName("amendments/Not_An_Id").call();
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak on a look-alike branch.\n");

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.sync.notOnMain");
        assertThat(bob.status().uncommittedPaths()).containsExactly(ARTICLE_9);
    }

    @Test
    void syncOnDetachedCommitIsRefused() throws Exception {
        bob.git().checkout().setName(head(bob).name()).call();
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak detached.\n");

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.sync.detachedHead");
        assertThat(bob.status().uncommittedPaths()).containsExactly(ARTICLE_9);
    }

    @Test
    void recordOnDetachedCommitIsRefused() throws Exception {
        ObjectId before = head(bob);
        bob.git().checkout().setName(before.name()).call();
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak detached.\n");

        assertThatThrownBy(() -> bob.record("Edit", BOB))
                .isInstanceOf(ChartaException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.record.detachedHead");
        assertThat(head(bob)).isEqualTo(before);
        assertThat(bob.status().uncommittedPaths()).containsExactly(ARTICLE_9);
    }
}
