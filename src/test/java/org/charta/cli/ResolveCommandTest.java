package org.charta.cli;

import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code charta resolve}: list the conflicts of a stopped sync, settle them, abort. */
class ResolveCommandTest extends CliTestBase {

    private Path charter;
    private Path copy;

    @BeforeEach
    void stopSyncOnConflict() throws Exception {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        copy = temp.resolve("copy");
        run("clone", remote.toString(), copy.toString());
        replaceIn(charter.resolve("sections/preamble.md"), "meet to draft", "gather to draft");
        run("sync", "--charter", charter.toString(), "--as", ALICE);
        replaceIn(copy.resolve("sections/preamble.md"), "meet to draft", "assemble to write");
        run("sync", "--charter", copy.toString(), "--as", BOB);
    }

    @Test
    void listShowsBothVersions() {
        Result result = run("resolve", "--charter", copy.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1. preamble ¶", "gather to draft", "assemble to write",
                "charta resolve NUMBER --mine");
    }

    @Test
    void choosingThenSyncingMergesAndSends() throws Exception {
        Result chosen = run("resolve", "1", "--theirs", "--charter", copy.toString());
        Result synced = run("sync", "--charter", copy.toString(), "--as", BOB);
        Result after = run("resolve", "--charter", copy.toString());

        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("charta sync");
        assertThat(synced.exitCode()).as(synced.err()).isZero();
        // Theirs changed "meet" to "gather"; "draft" to "write" is this copy's own change that did not conflict.
        assertThat(Files.readString(copy.resolve("sections/preamble.md"))).contains("gather to write")
                .doesNotContain("assemble");
        assertThat(after.out()).contains("No conflicts wait");
    }

    @Test
    void abortPutsTextBack() throws Exception {
        Result aborted = run("resolve", "--abort", "--charter", copy.toString());
        Result status = run("status", "--charter", copy.toString());

        assertThat(aborted.exitCode()).as(aborted.err()).isZero();
        assertThat(Files.readString(copy.resolve("sections/preamble.md"))).contains("assemble to write");
        assertThat(status.out()).contains("sections/preamble.md");
    }

    @Test
    void unknownConflictNumberIsRefused() {
        Result result = run("resolve", "7", "--mine", "--charter", copy.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("\"7\"", "charta resolve");
    }

    @Test
    void jsonListsConflictFields() {
        Result result = run("resolve", "--json", "--charter", copy.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"number\" : 1", "\"kind\" : \"paragraph\"",
                "\"path\" : \"sections/preamble.md\"", "\"choice\" : null");
    }
}
