package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a co-author controls reaches the terminal with its control characters and bidirectional overrides
 * escaped, while {@code --json} keeps it exact.
 */
class OutputSafetyTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIL_AUTHOR = "Eve\u001B[31mRED";
    private static final String EVIL_TEXT = "\u001B]0;pwned\u0007\u001B[2JLooks \u202Eharmless";

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void commentListEscapesAuthorAndText() throws Exception {
        pushedComment(EVIL_AUTHOR, EVIL_TEXT);

        Result result = run("comment", "list", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("\u001B", "\u0007", "\u202E");
        assertThat(result.out()).contains("Eve\\u001B[31mRED");
        assertThat(result.out()).contains("\\u001B]0;pwned\\u0007\\u001B[2JLooks \\u202Eharmless");
    }

    @Test
    void commentListJsonKeepsExactText() throws Exception {
        pushedComment(EVIL_AUTHOR, EVIL_TEXT);

        Result result = run("comment", "list", "--json", "--charter", charter.toString());

        assertThat(result.out()).doesNotContain("\u001B", "\u0007", "\u202E");
        JsonNode comment = JSON.readTree(result.out()).get(0).get("comments").get(0);
        assertThat(comment.get("author").asText()).isEqualTo(EVIL_AUTHOR);
        assertThat(comment.get("text").asText()).isEqualTo(EVIL_TEXT);
    }

    @Test
    void sectionsEscapeTitleAndKeepThreeColumns() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## 1.\tPRE\u001B[2JAMBLE\n\nText.\n");

        Result result = run("sections", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("\u001B");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(3));
        assertThat(result.out()).contains("preamble\t1. PRE\\u001B[2JAMBLE\tsections/preamble.md");
    }

    @Test
    void logEscapesAuthorAndMessage() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        run("record", "-m", "Fix\u001B[2J typo", "--charter", charter.toString(),
                "--as", "Eve\u009B31m <eve@example.org>");

        Result result = run("log", "preamble", "--charter", charter.toString());

        assertThat(result.out()).doesNotContain("\u001B", "\u009B");
        assertThat(result.out()).contains("Eve\\u009B31m", "Fix\\u001B[2J typo");
    }

    @Test
    void diffEscapesSectionText() throws IOException {
        Path file = charter.resolve("sections/preamble.md");
        Files.writeString(file, Files.readString(file).replace("meet to draft", "meet\u001B[2J to draft"));

        Result result = run("diff", "preamble", "--color=always", "--charter", charter.toString());

        assertThat(result.out()).contains("\\u001B[2J");
        assertThat(result.out().replaceAll("\u001B\\[(3[126])?m", "")).doesNotContain("\u001B");
    }

    @Test
    void errorEscapesValueFromArguments() {
        Result result = run("log", "no\u001B[2Jsection", "--charter", charter.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).doesNotContain("\u001B");
        assertThat(result.err()).contains("no\\u001B[2Jsection");
    }

    @Test
    void commentWithControlCharacterIsRejected() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "add", "preamble", "1", "Hi\u001B[2J", "--charter", charter.toString(),
                "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("U+001B", "control character");
        assertThat(result.err()).doesNotContain("\u001B");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void replyWithControlCharacterIsRejected() throws Exception {
        CommentThread thread = pushedComment("Alice Drafter", "Which citizens?");
        Map<String, String> before = snapshot(charter);

        Result result = run("comment", "reply", thread.id(), "Bell\u0007", "--charter", charter.toString(),
                "--as", BOB);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("U+0007");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void commentWithLineBreakAndTabIsAccepted() {
        Result result = run("comment", "add", "preamble", "1", "First line\n\tsecond line", "--charter",
                charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    /**
     * Writes a comment as another tool on a co-author's machine could, then brought in by a sync: the core
     * itself rejects control characters, so the file is written through it and then edited on disk.
     */
    private CommentThread pushedComment(String author, String text) throws Exception {
        Charter opened = Charter.open(charter);
        CommentThread thread = new CommentStore(charter).startThread(
                Anchors.forParagraph("preamble", opened.readSection("preamble"), 1), "placeholder-text",
                new Identity("placeholder-author", "eve@example.org"));
        Path threadFolder = charter.resolve(".charta/comments").resolve(thread.id());
        try (var files = Files.list(threadFolder)) {
            for (Path file : files.toList()) {
                String json = Files.readString(file)
                        .replace("placeholder-text", jsonStringContent(text))
                        .replace("placeholder-author", jsonStringContent(author));
                Files.writeString(file, json);
            }
        }
        return new CommentStore(charter).thread(thread.id()).orElseThrow();
    }

    private static String jsonStringContent(String value) throws Exception {
        String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        return quoted.substring(1, quoted.length() - 1);
    }
}
