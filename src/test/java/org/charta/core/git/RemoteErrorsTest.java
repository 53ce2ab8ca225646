package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.testing.TestGit.ALICE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Remotes that respond but cannot serve a charter: a missing repository, an empty one, an unsupported URL scheme.
 * Only a remote that cannot be reached counts as offline; every other failure is an error naming the remote.
 */
class RemoteErrorsTest extends IsolatedGitTest {

    @Test
    void syncWithRemoteWithoutMainIsNotOffline() throws Exception {
        CharterRepository alice = publishedCharter();
        Path empty = TestGit.initBare(temp.resolve("empty.git"));
        setOrigin(alice, empty.toString());

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(empty.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.remoteHasNoMain");
    }

    @Test
    void syncWithMissingRepositoryIsNotOffline() throws Exception {
        CharterRepository alice = publishedCharter();
        String missing = temp.resolve("moved-away.git").toString();
        setOrigin(alice, missing);
        SharedCharters.write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(missing)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.repositoryNotFound");
        assertThat(alice.status().isClean()).isTrue();
    }

    /** git daemon hangs up without saying why unless it runs with --informative-errors, so the cause is generic. */
    @Test
    void syncWithDaemonWithoutRepositoryIsNotOffline() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        CharterRepository alice = publishedCharter();
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String missing = daemon.url("missing.git");
        setOrigin(alice, missing);

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(missing)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.transportFailed");
    }

    @Test
    void syncWithUnsupportedSchemeIsRejected() throws Exception {
        CharterRepository alice = publishedCharter();
        setOrigin(alice, "ftp://127.0.0.1:9/charter.git");

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("ftp://127.0.0.1:9/charter.git")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.unsupportedUrl");
    }

    @Test
    void cloneOfMissingPathNamesIt() {
        String missing = temp.resolve("no-such-charter").toString();
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(missing, target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(missing)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.repositoryNotFound");
        assertThat(target).doesNotExist();
    }

    @Test
    void publishToMissingPathNamesIt() throws Exception {
        CharterRepository alice = importedCharter();
        String missing = temp.resolve("no-such-remote.git").toString();

        assertThatThrownBy(() -> RemoteSync.publish(alice, missing, ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(missing)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.repositoryNotFound");
        assertThat(alice.status().hasRemote()).isFalse();
    }

    @Test
    void cloneOfEmptyRemoteSaysNoCharterYet() throws Exception {
        Path empty = TestGit.initBare(temp.resolve("empty.git"));
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(empty.toString(), target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(empty.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.remoteEmpty");
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneOfFtpUrlIsUnsupported() {
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter("ftp://127.0.0.1:9/x", target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("ftp://127.0.0.1:9/x")
                .hasMessageContaining("git://")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.unsupportedUrl");
        assertThat(target).doesNotExist();
    }

    @Test
    void publishToUnreachableSshUrlSaysSo() throws Exception {
        CharterRepository alice = importedCharter();
        String url = GitDaemon.unreachableUrl("charter.git").replace("git://", "ssh://git@");

        assertThatThrownBy(() -> RemoteSync.publish(alice, url, ALICE))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.remoteUnreachable");
        assertThat(alice.status().hasRemote()).isFalse();
    }

    @Test
    void cloneOfUnreachableRemoteMentionsNoLocalWork() throws Exception {
        String url = GitDaemon.unreachableUrl("charter.git");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(url, temp.resolve("bob"), null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(url)
                .hasMessageNotContaining("recorded locally")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.remoteUnreachable");
    }

    @Test
    void cloneOfInvalidCharterLeavesNothing() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            other.delete(ARTICLE_3).commitAndPush("Delete a section file only");
        }
        Path target = temp.resolve("bob");

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(ARTICLE_3)
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.charter.sectionFileMissing");
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneOfInvalidCharterKeepsEmptyTargetFolder() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            other.write("charter.json", "[").commitAndPush("Break the manifest");
        }
        Path target = Files.createDirectories(temp.resolve("bob"));

        assertThatThrownBy(() -> RemoteSync.cloneCharter(remote.toString(), target, null))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.clone.charter.manifestInvalid");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void syncToBundleIsClearError() throws Exception {
        CharterRepository alice = publishedCharter();
        Path bundle = temp.resolve("charter.bundle");
        Process process = new ProcessBuilder("git", "bundle", "create", bundle.toString(), "main")
                .directory(alice.folder().toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assumeTrue(process.waitFor() == 0, "git bundle create failed");
        setOrigin(alice, bundle.toString());
        Files.writeString(alice.folder().resolve(ARTICLE_3), "## Article 3\n\nChanged for the bundle.\n");

        assertThatThrownBy(() -> RemoteSync.sync(alice, ALICE, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(alice.folder().toString());
        assertThat(Files.readString(alice.folder().resolve(ARTICLE_3))).contains("Changed for the bundle.");
    }

    private CharterRepository publishedCharter() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        return closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
    }

    private CharterRepository importedCharter() throws Exception {
        Path folder = temp.resolve("alice");
        Files.writeString(temp.resolve("doc.md"), "## Preamble\n\nText.\n");
        org.charta.core.charter.CharterSetup.importDocument(temp.resolve("doc.md"), folder, "Charter",
                java.util.List.of("en"), ALICE);
        return closeLater(CharterRepository.open(folder));
    }

    private static void setOrigin(CharterRepository repository, String url) throws Exception {
        repository.repository().getConfig().setString("remote", "origin", "url", url);
        repository.repository().getConfig().save();
    }
}
