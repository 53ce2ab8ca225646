package org.charta.cli;

import org.charta.testing.GitDaemon;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code publish}, {@code clone} and {@code sync}, with the exit code of every sync outcome. */
class SyncCommandTest extends CliTestBase {

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void syncWithoutRemoteExitsFive() {
        Result result = run("sync", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_REMOTE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("charta publish URL");
    }

    @Test
    void publishCloneAndSyncBetweenTwoCopies() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        Result published = run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        Path copy = temp.resolve("copy");
        Result cloned = run("clone", remote.toString(), copy.toString());
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");

        Result sent = run("sync", "--charter", charter.toString(), "--as", ALICE);
        Result received = run("sync", "--charter", copy.toString(), "--as", BOB);
        Result again = run("sync", "--charter", copy.toString(), "--as", BOB);

        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains(remote.toString());
        assertThat(cloned.exitCode()).as(cloned.err()).isZero();
        assertThat(cloned.out()).contains("Charter of the Assembly", copy.toString());
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("commits sent: 1");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).contains("received: 1", "Updated: sections/preamble.md");
        assertThat(Files.readString(copy.resolve("sections/preamble.md"))).contains("gather to draft");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Already up to date");
    }

    @Test
    void syncConflictExitsTwoAndKeepsText() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        Path copy = temp.resolve("copy");
        run("clone", remote.toString(), copy.toString());
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");
        run("sync", "--charter", charter.toString(), "--as", ALICE);
        replaceIn(copy.resolve("sections/preamble.md"), "meet to draft", "assemble to write");

        Result result = run("sync", "--charter", copy.toString(), "--as", BOB);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("sections/preamble.md", "charta resolve");
        assertThat(Files.readString(copy.resolve("sections/preamble.md"))).contains("assemble to write")
                .doesNotContain("<<<<<<<");
    }

    @Test
    void pendingWorkMessageStaysEnglishInFrench() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");
        Locale.setDefault(Locale.FRENCH);

        Result result = run("sync", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Git git = Git.open(charter.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage())
                    .isEqualTo(SyncCommand.PENDING_WORK_MESSAGE)
                    .isEqualTo("Record changes before sync");
        }
    }

    @Test
    void syncOfflineExitsThreeAndRecordsWork() throws Exception {
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        String unreachable = GitDaemon.unreachableUrl("remote.git");
        setOrigin(charter, unreachable);
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");

        Result result = run("sync", "--charter", charter.toString(), "--as", ALICE);
        Result status = run("status", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OFFLINE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(unreachable);
        assertThat(status.out()).contains("Unrecorded changes: none");
    }

    @Test
    void syncRejectedByRemoteExitsFour() throws Exception {
        Assumptions.assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        Path remotes = Files.createDirectories(temp.resolve("remotes"));
        TestGit.initBare(remotes.resolve("charter.git"));
        try (GitDaemon daemon = GitDaemon.start(remotes)) {
            String url = daemon.url("charter.git");
            Result published = run("publish", url, "--charter", charter.toString(), "--as", ALICE);
            assertThat(published.exitCode()).as(published.err()).isZero();
            installRejectingHook(remotes.resolve("charter.git"));
            replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");

            Result result = run("sync", "--charter", charter.toString(), "--as", ALICE);

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.REJECTED);
            assertThat(result.err()).contains(url, "refused", "The server said:", "the charter is frozen");
        }
    }

    @Test
    void cloneOverGitDaemon() throws Exception {
        Assumptions.assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        Path remotes = Files.createDirectories(temp.resolve("remotes"));
        TestGit.initBare(remotes.resolve("charter.git"));
        try (GitDaemon daemon = GitDaemon.start(remotes)) {
            String url = daemon.url("charter.git");
            run("publish", url, "--charter", charter.toString(), "--as", ALICE);
            Path copy = temp.resolve("copy");

            Result result = run("clone", url, copy.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(Files.readString(copy.resolve("sections/preamble.md")))
                    .isEqualTo(Files.readString(charter.resolve("sections/preamble.md")));
        }
    }

    private static void setOrigin(Path folder, String url) throws IOException {
        try (Git git = Git.open(folder.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }

    private static void installRejectingHook(Path bareRepository) throws IOException {
        Path hook = bareRepository.resolve("hooks/pre-receive");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'the charter is frozen' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
