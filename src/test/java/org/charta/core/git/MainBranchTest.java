package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.charter.CharterSetup;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A repository adopted on a branch other than {@code main}, as {@code git init -b master} leaves it. */
class MainBranchTest extends IsolatedGitTest {

    @Test
    void masterRepositoryPublishesAsMain() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        CharterRepository adopted = closeLater(adoptOnBranch("master"));

        SyncResult result = RemoteSync.publish(adopted, remote.toString(), ALICE);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(SharedCharters.head(adopted));
        assertThat(adopted.repository().getFullBranch()).isEqualTo("refs/heads/main");
        assertThat(adopted.repository().exactRef("refs/heads/master")).isNull();
        assertThat(adopted.repository().getConfig().getString("branch", "main", "merge")).isEqualTo("refs/heads/main");
        assertThat(adopted.status().ahead()).isZero();
    }

    @Test
    void publishedMasterRepositorySyncs() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        CharterRepository adopted = closeLater(adoptOnBranch("master"));
        RemoteSync.publish(adopted, remote.toString(), ALICE);
        CharterRepository bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
        SharedCharters.write(bob, "notes/a.md", "# A\n\nChanged by Bob.\n");
        RemoteSync.sync(bob, BOB, "Edit");

        SyncResult result = RemoteSync.sync(adopted, ALICE, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(SharedCharters.read(adopted, "notes/a.md")).contains("Changed by Bob");
    }

    @Test
    void rejectedPublishLeavesConfigAndBranch() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        Path bare = TestGit.initBare(temp.resolve("remotes/charter.git"));
        Path hook = Files.createDirectories(bare.resolve("hooks")).resolve("pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'publishing is closed' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        CharterRepository adopted = closeLater(adoptOnBranch("master"));
        Path config = adopted.folder().resolve(".git/config");
        String configBefore = Files.readString(config);

        SyncResult result = RemoteSync.publish(adopted, daemon.url("charter.git"), ALICE);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.REJECTED);
        assertThat(Files.readString(config)).isEqualTo(configBefore);
        assertThat(adopted.repository().getFullBranch()).isEqualTo("refs/heads/master");
        assertThat(SharedCharters.remoteMain(bare)).isNull();
    }

    @Test
    void otherBranchWithoutMainIsRejected() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        CharterRepository adopted = closeLater(adoptOnBranch("draft"));
        String configBefore = Files.readString(adopted.folder().resolve(".git/config"));

        assertThatThrownBy(() -> RemoteSync.publish(adopted, remote.toString(), ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("draft")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.noMainBranch");
        assertThat(Files.readString(adopted.folder().resolve(".git/config"))).isEqualTo(configBefore);
        assertThat(SharedCharters.remoteMain(remote)).isNull();
    }

    /** Creates a Git repository on the branch with two Markdown files and adopts it as a charter. */
    private CharterRepository adoptOnBranch(String branch) throws Exception {
        Path folder = temp.resolve("adopted-" + branch);
        Git.init().setDirectory(folder.toFile()).setInitialBranch(branch).call().close();
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("notes/a.md"), "# A\n\nFirst note.\n");
        Files.writeString(folder.resolve("notes/b.md"), "# B\n\nSecond note.\n");
        CharterSetup.adopt(folder, "Notes", List.of("en"), ALICE);
        return CharterRepository.open(folder);
    }
}
