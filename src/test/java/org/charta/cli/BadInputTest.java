package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.testing.GitDaemon;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input ends with one plain line on stderr naming the value, a non-zero exit, and nothing changed. */
class BadInputTest extends CliTestBase {

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void folderThatIsNotCharter() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(folder.resolve("notes.txt"), "not a charter\n");
        Map<String, String> before = snapshot(folder);

        Result result = run("status", "--charter", folder.toString());

        assertFailure(result, ExitCodes.FAILURE, folder.toString(), "charter.json");
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void manifestWithInvalidJson() throws IOException {
        Files.writeString(charter.resolve("charter.json"), "{ \"title\": \"Broken\", \"sections\": [ \n");
        Map<String, String> before = snapshot(charter);

        Result result = run("status", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "charter.json", "not valid JSON");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void sectionListedButMissing() throws IOException {
        Files.delete(charter.resolve("sections/membership.md"));
        Map<String, String> before = snapshot(charter);

        Result result = run("sections", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "membership", "sections/membership.md");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void sectionPathLeavingRepository() throws IOException {
        Path manifest = charter.resolve("charter.json");
        Files.writeString(manifest, Files.readString(manifest).replace("sections/membership.md", "../../x"));
        Map<String, String> before = snapshot(charter);

        Result result = run("diff", "membership", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "membership", "../../x");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void publishToRemoteThatDoesNotAnswer() throws IOException {
        String url = GitDaemon.unreachableUrl("charter.git");
        Map<String, String> before = snapshot(charter);

        Result result = run("publish", url, "--charter", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, url);
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void cloneFromRemoteThatDoesNotAnswer() throws IOException {
        String url = GitDaemon.unreachableUrl("charter.git");
        Path target = temp.resolve("copy");

        Result result = run("clone", url, target.toString());

        assertFailure(result, ExitCodes.FAILURE, url);
        assertThat(target).doesNotExist();
    }

    @Test
    void cloneIntoFolderThatIsNotEmpty() throws IOException {
        Path target = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(target.resolve("draft.md"), "# Mine\n");
        Map<String, String> before = snapshot(target);

        Result result = run("clone", charter.toString(), target.toString());

        assertFailure(result, ExitCodes.FAILURE, target.toString(), "not empty");
        assertThat(snapshot(target)).isEqualTo(before);
    }

    @Test
    void unknownSection() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("log", "no-such-section", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "no-such-section", "charta sections");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void unknownSectionForComment() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "no-such-section", "1", "Why?", "--charter", charter.toString(),
                "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "no-such-section");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void paragraphNumberOutOfRange() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "preamble", "9", "Why?", "--charter", charter.toString(),
                "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "preamble", "9", "from 1 to 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void paragraphNumberThatIsNotNumber() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "preamble", "two", "Why?", "--charter", charter.toString());

        assertFailure(result, ExitCodes.USAGE, "two", "charta comment add --help");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void unknownThreadId() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "reply", "deadbeef", "Agreed.", "--charter", charter.toString(),
                "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "deadbeef");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void unknownThreadIdToResolve() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "resolve", "cafe", "--charter", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "cafe");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void emptyCommentText() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "preamble", "1", "  ", "--charter", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "empty");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void malformedIdentity() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        Map<String, String> before = snapshot(charter);

        Result result = run("record", "-m", "Change", "--as", "Alice without email", "--charter", charter.toString());

        assertFailure(result, ExitCodes.USAGE, "Alice without email", "Name <email@example.org>");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void missingIdentity() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        Map<String, String> before = snapshot(charter);

        Result result = run("record", "-m", "Change", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "user.name");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void unknownRevision() throws IOException {
        Result result = run("diff", "preamble", "no-such-tag", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "no-such-tag");
    }

    @Test
    void emptyCommitMessage() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        Map<String, String> before = snapshot(charter);

        Result result = run("record", "-m", " ", "--charter", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "-m");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void initInFolderThatIsAlreadyCharter() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("init", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, charter.toString(), "already a charter");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void importOfMissingDocument() {
        Path document = temp.resolve("missing.md");
        Path target = temp.resolve("new-charter");

        Result result = run("import", document.toString(), target.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, document.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void charterOptionNamingFile() throws IOException {
        Path file = Files.writeString(temp.resolve("x.txt"), "not a folder\n");

        Result result = run("status", "--charter", file.toString());

        assertFailure(result, ExitCodes.FAILURE, file.toString(), "is a file, not a folder");
    }

    @Test
    void importOfFolder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("adir.md"));
        Path target = temp.resolve("new-charter");

        Result result = run("import", folder.toString(), target.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, folder.toString(), "is a folder, not a file");
        assertThat(target).doesNotExist();
    }

    @Test
    void commentOnSectionWithoutParagraph() throws Exception {
        Charter.open(charter).addSection("Duties", null);
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "duties", "1", "Why?", "--charter", charter.toString(),
                "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "duties", "has no paragraph yet");
        assertThat(result.err()).doesNotContain("from 1 to 0");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void threadIdShorterThanFourCharacters() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "reply", "c40", "Agreed.", "--charter", charter.toString(), "--as", ALICE);

        assertFailure(result, ExitCodes.FAILURE, "c40", "at least four characters");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void diffBeforeFirstCommit() throws Exception {
        deleteRecursively(charter.resolve(".git"));
        Git.init().setDirectory(charter.toFile()).setInitialBranch("main").call().close();

        Result result = run("diff", "preamble", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "no recorded version yet", "charta record");
        assertThat(result.err()).doesNotContain("Unknown revision");
    }

    @Test
    void negativeContextLineCount() {
        Result result = run("diff", "preamble", "-U", "-1", "--charter", charter.toString());

        assertFailure(result, ExitCodes.FAILURE, "-1", "-U");
    }

    @Test
    void emptyLanguageTag() {
        Path target = temp.resolve("new-charter");

        Result result = run("init", target.toString(), "--language", "", "--as", ALICE);

        assertFailure(result, ExitCodes.USAGE, "\"\"", "\"fr\"", "charta init --help");
        assertThat(target).doesNotExist();
    }

    @Test
    void malformedLanguageTag() throws IOException {
        Path document = Files.writeString(temp.resolve("draft.md"), CHARTER_MARKDOWN);
        Path target = temp.resolve("new-charter");

        Result result = run("import", document.toString(), target.toString(), "--language", "not a tag!!",
                "--as", ALICE);

        assertFailure(result, ExitCodes.USAGE, "not a tag!!", "\"fr\"");
        assertThat(target).doesNotExist();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void assertFailure(Result result, int exitCode, String... named) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(exitCode);
        assertThat(result.errLines()).as("stderr lines").hasSize(1);
        assertThat(result.err()).as("stderr").contains(named);
        assertThat(result.err()).as("stderr").doesNotContain("Exception", "\tat ");
        assertThat(result.out()).as("stdout").isEmpty();
    }
}
