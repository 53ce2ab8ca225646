package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PublishAndCloneTest extends IsolatedGitTest {

    @Test
    void roundTripOverGitDaemon() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");

        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        CharterRepository bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
        SharedCharters.write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        SyncResult sent = RemoteSync.sync(alice, ALICE, "Edit article 3");
        SyncResult received = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(sent.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(sent.sentCommits()).isEqualTo(1);
        assertThat(received.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(received.receivedCommits()).isEqualTo(1);
        assertThat(received.changedPaths()).containsExactly(ARTICLE_3);
        assertThat(SharedCharters.read(bob, ARTICLE_3)).contains("twice a year");
        assertThat(bob.status().isClean()).isTrue();
        assertThat(bob.status().ahead()).isZero();
    }

    @Test
    void stoppedDaemonMeansOffline() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = GitDaemon.start(temp.resolve("remotes"));
        String url = daemon.url("charter.git");
        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        daemon.close();
        SharedCharters.write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        SyncResult result = RemoteSync.sync(alice, ALICE, "Edit article 3");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.OFFLINE);
        assertThat(result.detail()).contains(url);
        assertThat(alice.status().isClean()).isTrue();
        assertThat(alice.status().ahead()).isEqualTo(1);
        assertThat(SharedCharters.read(alice, ARTICLE_3)).contains("twice a year");
    }

    @Test
    void publishToUnreachableRemoteChangesNothing() throws Exception {
        String url = GitDaemon.unreachableUrl("charter.git");
        Path folder = temp.resolve("alice");
        Files.writeString(temp.resolve("doc.md"), "## Preamble\n\nText.\n");
        org.charta.core.charter.CharterSetup.importDocument(temp.resolve("doc.md"), folder, "Charter", List.of("en"),
                ALICE);
        CharterRepository alice = closeLater(CharterRepository.open(folder));
        String configBefore = Files.readString(folder.resolve(".git/config"));

        assertThatThrownBy(() -> RemoteSync.publish(alice, url, ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(url)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.remoteUnreachable");
        assertThat(Files.readString(folder.resolve(".git/config"))).isEqualTo(configBefore);
    }

    @Test
    void publishSetsUpOriginAndTracking() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));

        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(),
                ALICE));

        RepositoryStatus status = alice.status();
        assertThat(status.hasRemote()).isTrue();
        assertThat(status.remoteUrl()).isEqualTo(remote.toString());
        assertThat(status.ahead()).isZero();
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(SharedCharters.head(alice));
        assertThat(alice.repository().getConfig().getString("branch", "main", "remote")).isEqualTo("origin");
        assertThat(alice.repository().getConfig().getString("branch", "main", "merge")).isEqualTo("refs/heads/main");
    }

    @Test
    void publishToNonEmptyRemoteChangesNothing() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("first"), remote.toString(), ALICE));
        Path second = temp.resolve("second");
        Files.createDirectories(second);
        Files.writeString(temp.resolve("doc.md"), "## Other\n\nAnother charter.\n");
        org.charta.core.charter.CharterSetup.importDocument(temp.resolve("doc.md"), second, "Other", List.of("en"),
                BOB);
        CharterRepository other = closeLater(CharterRepository.open(second));
        String configBefore = Files.readString(second.resolve(".git/config"));
        var headBefore = SharedCharters.head(other);

        assertThatThrownBy(() -> RemoteSync.publish(other, remote.toString(), BOB))
                .isInstanceOf(ChartaException.class)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.remoteNotEmpty");
        assertThat(Files.readString(second.resolve(".git/config"))).isEqualTo(configBefore);
        assertThat(SharedCharters.head(other)).isEqualTo(headBefore);
        assertThat(other.status().hasRemote()).isFalse();
    }

    @Test
    void republishToSameRemoteIsUpToDate() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(),
                ALICE));
        var headBefore = SharedCharters.head(alice);

        SyncResult result = RemoteSync.publish(alice, remote.toString(), ALICE);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(SharedCharters.head(alice)).isEqualTo(headBefore);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(headBefore);
    }

    @Test
    void republishWithNewWorkSendsIt() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(),
                ALICE));
        SharedCharters.write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        SyncResult result = RemoteSync.publish(alice, remote.toString(), ALICE);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.sentCommits()).isEqualTo(1);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(SharedCharters.head(alice));
    }

    @Test
    void publishWithLeftoverOriginCompletes() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        Path folder = temp.resolve("alice");
        Files.writeString(temp.resolve("doc.md"), "## Preamble\n\nText.\n");
        org.charta.core.charter.CharterSetup.importDocument(temp.resolve("doc.md"), folder, "Charter", List.of("en"),
                ALICE);
        CharterRepository alice = closeLater(CharterRepository.open(folder));
        // An earlier publish that failed after adding origin left it behind.
        Remotes.addOrigin(alice.repository(), remote.toString());

        SyncResult result = RemoteSync.publish(alice, remote.toString(), ALICE);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(SharedCharters.head(alice));
        assertThat(alice.repository().getConfig().getString("branch", "main", "remote")).isEqualTo("origin");
    }

    @Test
    void publishToOtherOriginIsRejected() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        Path elsewhere = TestGit.initBare(temp.resolve("elsewhere.git"));
        CharterRepository alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(),
                ALICE));

        assertThatThrownBy(() -> RemoteSync.publish(alice, elsewhere.toString(), ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(elsewhere.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.originMismatch");
        assertThat(SharedCharters.remoteMain(elsewhere)).isNull();
    }

    @Test
    void cloneIntoNonEmptyFolderWritesNothing() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        Path target = temp.resolve("busy");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(target.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.folder.notEmpty");
        assertThat(names(target)).containsExactly("notes.txt");
    }

    @Test
    void cloneIntoEmptyFolderWorks() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        Path target = Files.createDirectories(temp.resolve("empty"));

        CharterRepository bob = closeLater(RemoteSync.cloneCharter("file://" + remote, target, null));

        assertThat(bob.folder().resolve("charter.json")).isRegularFile();
        assertThat(bob.status().isClean()).isTrue();
        assertThat(bob.status().remoteUrl()).isEqualTo("file://" + remote);
    }

    @Test
    void cloneOfUnreachableRemoteLeavesNoFolder() throws Exception {
        String url = GitDaemon.unreachableUrl("charter.git");
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(url, target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(url)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.remoteUnreachable");
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneOfNonCharterIsRemoved() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("plain.git"));
        Path work = temp.resolve("plain");
        try (Git git = Git.cloneRepository().setURI(remote.toString()).setDirectory(work.toFile()).call()) {
            Files.writeString(work.resolve("README.md"), "# Not a charter\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Readme").setAuthor("O", "o@example.org").setCommitter("O", "o@example.org")
                    .setSign(false).call();
            git.push().setRefSpecs(new RefSpec("HEAD:refs/heads/main")).call();
        }
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .isInstanceOf(ChartaException.class)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.notACharter");
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneWithUnportableNameLeavesNothing() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), TestGit.ALICE));
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            other.write("sections/Q&A: \"who may vote?\".md", "## Q&A\n").commitAndPush("Add a Q&A");
        }
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("who may vote?");
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneOfEmptyRemoteFailsCleanly() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("empty.git"));
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .isInstanceOf(ChartaException.class);
        assertThat(target).doesNotExist();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }
}
