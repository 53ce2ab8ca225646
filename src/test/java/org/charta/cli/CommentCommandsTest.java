package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CommentCommandsTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THREAD_ID = Pattern.compile("thread ([0-9a-f]{16})");

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void addedThreadIsListedOnItsParagraph() throws IOException {
        String id = addThread("membership", "2", "Should", "members", "vote", "online?");

        JsonNode threads = listJson();

        assertThat(threads).hasSize(1);
        JsonNode thread = threads.get(0);
        assertThat(fieldNames(thread))
                .containsExactly("id", "section", "paragraph", "state", "resolved", "quote", "comments");
        assertThat(thread.get("id").asText()).isEqualTo(id);
        assertThat(thread.get("section").asText()).isEqualTo("membership");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
        assertThat(thread.get("resolved").asBoolean()).isFalse();
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
        JsonNode comment = thread.get("comments").get(0);
        assertThat(fieldNames(comment)).containsExactly("id", "author", "email", "created", "text");
        assertThat(comment.get("author").asText()).isEqualTo("Alice Drafter");
        assertThat(comment.get("email").asText()).isEqualTo("alice@example.org");
        assertThat(Instant.parse(comment.get("created").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(comment.get("text").asText()).isEqualTo("Should members vote online?");
    }

    @Test
    void textListShowsThreadAndComments() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");

        Result result = run("comment", "list", "--charter", charter.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(id + "  preamble  paragraph 1  anchored, open");
        assertThat(result.out()).contains("  > We, the citizens of the world, meet to draft this charter.");
        assertThat(result.out()).contains("Alice Drafter", "Which citizens?");
        assertThat(result.out()).containsPattern("Alice Drafter \\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\): ");
    }

    @Test
    void replyAddsSecondComment() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");

        Result reply = run("comment", "reply", id.substring(0, 4), "All", "of", "them.", "--charter",
                charter.toString(), "--as", BOB);

        assertThat(reply.exitCode()).as(reply.err()).isZero();
        assertThat(reply.out()).contains(id);
        JsonNode comments = listJson().get(0).get("comments");
        assertThat(comments).hasSize(2);
        assertThat(comments.get(1).get("author").asText()).isEqualTo("Bob Drafter");
        assertThat(comments.get(1).get("text").asText()).isEqualTo("All of them.");
    }

    @Test
    void resolvedThreadLeavesDefaultList() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");

        Result resolved = run("comment", "resolve", id, "--charter", charter.toString(), "--as", BOB);

        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(listJson()).isEmpty();
        assertThat(listJson("--resolved")).hasSize(1);
        assertThat(listJson("--all").get(0).get("resolved").asBoolean()).isTrue();
        assertThat(run("comment", "list", "--charter", charter.toString()).out()).contains("No comment threads");
    }

    @Test
    void reopenedThreadIsOpenAgain() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");
        run("comment", "resolve", id, "--charter", charter.toString(), "--as", BOB);

        Result reopened = run("comment", "reopen", id, "--charter", charter.toString(), "--as", ALICE);

        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(listJson("--open")).hasSize(1);
        assertThat(listJson("--resolved")).isEmpty();
    }

    @Test
    void listFiltersBySection() throws IOException {
        addThread("preamble", "1", "Which citizens?");
        addThread("membership", "1", "Every person?");

        JsonNode membership = listJson("membership");

        assertThat(membership).hasSize(1);
        assertThat(membership.get(0).get("section").asText()).isEqualTo("membership");
    }

    @Test
    void threadFollowsParagraphInsertedAbove() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(charter.resolve("sections/membership.md"), "Every person may join the assembly.",
                "Every person may join the assembly.\n\nMembers pay no fee.");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("paragraph").asInt()).isEqualTo(3);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
    }

    @Test
    void editedParagraphShowsTextChanged() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(charter.resolve("sections/membership.md"), "Members may vote on every amendment.",
                "Members may vote on each amendment.");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("state").asText()).isEqualTo("text_changed");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
    }

    @Test
    void deletedParagraphShowsOrphaned() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(charter.resolve("sections/membership.md"), "Members may vote on every amendment.", "");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("state").asText()).isEqualTo("orphaned");
        assertThat(thread.get("paragraph").isNull()).isTrue();
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
    }

    private String addThread(String section, String paragraph, String... words) {
        List<String> args = new ArrayList<>(List.of("comment", "add", section, paragraph));
        args.addAll(List.of(words));
        args.addAll(List.of("--charter", charter.toString(), "--as", ALICE));
        Result result = run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher matcher = THREAD_ID.matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return matcher.group(1);
    }

    private JsonNode listJson(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("comment", "list", "--json", "--charter", charter.toString()));
        args.addAll(List.of(options));
        Result result = run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
