package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A charter imported from {@link #CHARTER_MARKDOWN} and the helpers that the comment command tests share. */
abstract class CommentCommandTestBase extends CliTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THREAD_ID = Pattern.compile("thread ([0-9a-f]{16})");

    Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    /** Runs a command on the charter as the given author. */
    Result charta(String author, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", author));
        return run(all.toArray(String[]::new));
    }

    /** Starts a thread as Alice and returns its id. */
    String addThread(String section, String paragraph, String... words) {
        return addThreadAs(ALICE, section, paragraph, words);
    }

    String addThreadAs(String author, String section, String paragraph, String... words) {
        List<String> args = new ArrayList<>(List.of("comment", "add", section, paragraph));
        args.addAll(List.of(words));
        Result result = charta(author, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher matcher = THREAD_ID.matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return matcher.group(1);
    }

    JsonNode listJson(String... options) throws IOException {
        return listJsonAs(ALICE, options);
    }

    JsonNode listJsonAs(String author, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("comment", "list", "--json"));
        args.addAll(List.of(options));
        Result result = charta(author, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    JsonNode showJson(String thread) throws IOException {
        Result result = charta(ALICE, "comment", "show", thread, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    /** Returns the ids of the listed threads, in list order. */
    static List<String> ids(JsonNode threads) {
        List<String> ids = new ArrayList<>();
        threads.forEach(thread -> ids.add(thread.get("id").asText()));
        return ids;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Reads the first comment file of a thread, the one that records where the thread started. */
    JsonNode firstCommentFile(String thread) throws IOException {
        try (Stream<Path> files = Files.list(charter.resolve(".charta/comments").resolve(thread))) {
            Path first = files.filter(file -> file.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
            return JSON.readTree(first.toFile());
        }
    }

    Path membershipFile() {
        return charter.resolve("sections/membership.md");
    }
}
