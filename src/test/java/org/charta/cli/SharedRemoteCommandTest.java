package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.testing.GitDaemon;
import org.charta.testing.PlainGitClone;
import org.charta.testing.RemoteRace;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sync}, {@code publish}, {@code clone} and {@code status} against shared remotes that another tool changed,
 * that hold no charter, or that move while a push runs.
 */
class SharedRemoteCommandTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path charter;
    private Path remote;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
        remote = temp.resolve("remote.git");
    }

    @Test
    void invalidSharedManifestStopsSync() throws Exception {
        Path copy = publishAndClone();
        ObjectId pushed;
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            pushed = other.write("charter.json", "{ \"title\": ").commitAndPush("Break the manifest");
        }
        replaceIn(copy.resolve("sections/membership.md"), "Every person", "Every adult");

        Result sync = run("sync", "--charter", copy.toString(), "--as", BOB);
        Result status = run("status", "--charter", copy.toString());

        assertThat(sync.exitCode()).as(sync.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(sync.errLines()).hasSize(1);
        assertThat(sync.err()).contains("charter.json", pushed.abbreviate(8).name());
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(Files.readString(copy.resolve("charter.json"))).contains("\"sections\"");
    }

    @Test
    void invalidLocalManifestReceivesFix() throws Exception {
        Path copy = publishAndClone();
        String goodManifest = Files.readString(copy.resolve("charter.json"));
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            other.write("charter.json", "{ broken").commitAndPush("Break the manifest");
            try (Git git = Git.open(copy.toFile())) {
                git.pull().call();
            }
            other.write("charter.json", goodManifest).commitAndPush("Repair the manifest");
        }

        Result sync = run("sync", "--charter", copy.toString(), "--as", BOB);
        Result status = run("status", "--charter", copy.toString());

        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(status.exitCode()).as(status.err()).isZero();
    }

    @Test
    void masterRepositoryPublishesAndSyncs() throws Exception {
        Path folder = temp.resolve("notes");
        Git.init().setDirectory(folder.toFile()).setInitialBranch("master").call().close();
        Files.writeString(folder.resolve("a.md"), "# A\n\nFirst note.\n");
        Result adopted = run("init", folder.toString(), "--as", ALICE);
        TestGit.initBare(remote);

        Result published = run("publish", remote.toString(), "--charter", folder.toString(), "--as", ALICE);
        Result sync = run("sync", "--charter", folder.toString(), "--as", ALICE);

        assertThat(adopted.exitCode()).as(adopted.err()).isZero();
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("Already up to date");
    }

    @Test
    void republishToOriginIsUpToDate() throws Exception {
        TestGit.initBare(remote);
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);

        Result again = run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Already up to date");
    }

    @Test
    void cloneOfMissingPathSaysItDoesNotExist() {
        Path missing = temp.resolve("no-such-charter");

        Result result = run("clone", missing.toString(), temp.resolve("copy").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(missing.toString(), "does not exist").doesNotContain("Invalid remote");
    }

    @Test
    void cloneOfEmptyRemoteSaysPublishFirst() throws Exception {
        TestGit.initBare(remote);

        Result result = run("clone", remote.toString(), temp.resolve("copy").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("no charter yet", "publish").doesNotContain("available for fetch");
    }

    @Test
    void cloneOfFtpUrlListsSupportedSchemes() {
        Result result = run("clone", "ftp://127.0.0.1:9/x", temp.resolve("copy").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("ftp://127.0.0.1:9/x", "file://", "git://")
                .doesNotContain("Unexpected error");
    }

    @Test
    void cloneOfUnreachableRemoteHasNoWorkToKeep() throws IOException {
        Result result = run("clone", GitDaemon.unreachableUrl("x.git"), temp.resolve("copy").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).doesNotContain("recorded locally");
    }

    @Test
    void statusShowsUnresolvedConflict() throws Exception {
        Path copy = publishAndClone();
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");
        run("sync", "--charter", charter.toString(), "--as", ALICE);
        replaceIn(copy.resolve("sections/preamble.md"), "meet to draft", "assemble to write");
        run("sync", "--charter", copy.toString(), "--as", BOB);

        Result text = run("status", "--charter", copy.toString());
        Result json = run("status", "--json", "--charter", copy.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("conflict", "refs/charta/conflicts/", "sections/preamble.md");
        JsonNode conflicts = JSON.readTree(json.out()).get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("ref").asText()).startsWith("refs/charta/conflicts/");
        assertThat(conflicts.get(0).get("commit").asText()).hasSize(40);
        assertThat(conflicts.get(0).get("paths").toString()).isEqualTo("[\"sections/preamble.md\"]");
    }

    @Test
    void remoteMovingDuringSyncSaysSyncAgain() throws Exception {
        Assumptions.assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        Path remotes = Files.createDirectories(temp.resolve("remotes"));
        Path bare = TestGit.initBare(remotes.resolve("charter.git"));
        try (GitDaemon daemon = GitDaemon.start(remotes)) {
            String url = daemon.url("charter.git");
            run("publish", url, "--charter", charter.toString(), "--as", ALICE);
            Path copy = temp.resolve("copy");
            run("clone", url, copy.toString());
            RemoteRace race = RemoteRace.install(bare);
            AtomicInteger round = new AtomicInteger();
            race.start(3, () -> {
                // The competing push goes through the core, because two command-line runs at once would share
                // the logging set-up.
                String edit = "Every person, edit " + round.incrementAndGet() + ",";
                try (CharterRepository alice = CharterRepository.open(charter)) {
                    Files.writeString(charter.resolve("sections/membership.md"),
                            "## Membership\n\n" + edit + " may join the assembly.\n");
                    SyncResult sent = RemoteSync.sync(alice, Identity.parse(ALICE), "Edit membership");
                    assertThat(sent.outcome()).as(sent.detail()).isEqualTo(SyncOutcome.SYNCED);
                } catch (IOException | ChartaException e) {
                    throw new IllegalStateException(e);
                }
            });
            replaceIn(copy.resolve("sections/preamble.md"), "meet to draft", "gather to draft");

            Result result = run("sync", "--charter", copy.toString(), "--as", BOB);
            race.finish();

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.REJECTED);
            assertThat(result.errLines()).hasSize(1);
            assertThat(result.err()).contains(url, "changed", "sync again").doesNotContain("may write");
        }
    }

    private Path publishAndClone() throws Exception {
        TestGit.initBare(remote);
        Result published = run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        assertThat(published.exitCode()).as(published.err()).isZero();
        Path copy = temp.resolve("copy");
        Result cloned = run("clone", remote.toString(), copy.toString());
        assertThat(cloned.exitCode()).as(cloned.err()).isZero();
        return copy;
    }
}
