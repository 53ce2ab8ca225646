package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void controlCharacterInTextIsRejected() throws Exception {
        String before = Files.readString(copy.resolve("sections/preamble.md"));

        Result result = run("resolve", "1", "--text", "Evil \u001B]0;pwned\u0007 text", "--charter", copy.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("U+001B");
        assertThat(run("resolve", "--charter", copy.toString()).out()).contains("not settled");
        assertThat(Files.readString(copy.resolve("sections/preamble.md"))).isEqualTo(before);
    }

    @Test
    void emptyTextNamesDeleteOption() {
        Result result = run("resolve", "1", "--text", "", "--charter", copy.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("charta resolve 1 --delete");
        assertThat(run("resolve", "--charter", copy.toString()).out()).contains("not settled");
    }

    @Test
    void deleteOptionSettlesConflict() {
        Result result = run("resolve", "1", "--delete", "--charter", copy.toString());
        Result listed = run("resolve", "--charter", copy.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("paragraph deleted", "Every conflict has a choice");
        assertThat(listed.out()).contains("[paragraph deleted]");
    }

    @Test
    void oneConflictIsSingular() {
        Result result = run("resolve", "--charter", copy.toString());

        assertThat(result.out()).contains("1 conflict still needs a choice, out of 1.");
    }

    @Test
    void jsonWithNothingPendingIsEmptyList() throws Exception {
        run("resolve", "--abort", "--charter", copy.toString());

        Result result = run("resolve", "--json", "--charter", copy.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(result.out());
        assertThat(list.isArray()).as(result.out()).isTrue();
        assertThat(list).isEmpty();
    }
}
