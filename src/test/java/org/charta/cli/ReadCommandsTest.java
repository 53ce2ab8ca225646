package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.charter.Charter;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code status}, {@code log} and {@code diff}: commands that read a charter and its history. */
class ReadCommandsTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void statusJsonHasDocumentedFields() throws IOException {
        Result result = run("status", "--json", "--charter", charter.toString());

        JsonNode status = JSON.readTree(result.out());
        assertThat(result.exitCode()).isZero();
        assertThat(fieldNames(status)).containsExactly("charter", "folder", "amendment", "sections",
                "uncommitted", "ahead", "behind", "remote", "indexLocked", "head", "conflicts", "incoming");
        assertThat(status.get("charter").asText()).isEqualTo("Charter of the Assembly");
        assertThat(status.get("folder").asText()).isEqualTo(charter.toAbsolutePath().toString());
        assertThat(status.get("sections").get(2).get("id").asText()).isEqualTo("membership");
        assertThat(status.get("remote").isNull()).isTrue();
        assertThat(status.get("indexLocked").asBoolean()).isFalse();
        assertThat(status.get("head").asText()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void statusListsUncommittedFiles() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");

        Result json = run("status", "--json", "--charter", charter.toString());
        Result text = run("status", "--charter", charter.toString());

        assertThat(JSON.readTree(json.out()).get("uncommitted").toString()).isEqualTo("[\"sections/preamble.md\"]");
        assertThat(text.out()).contains("Unrecorded changes: 1", "  sections/preamble.md");
    }

    @Test
    void statusReportsLockedIndex() throws IOException {
        Result result;
        // An open descriptor on the lock stands for a Git program that is still running.
        try (FileChannel held = FileChannel.open(charter.resolve(".git/index.lock"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            result = run("status", "--json", "--charter", charter.toString());
        }

        assertThat(result.exitCode()).isZero();
        assertThat(JSON.readTree(result.out()).get("indexLocked").asBoolean()).isTrue();
    }

    @Test
    void logJsonHasDocumentedFields() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        run("record", "-m", "Shorten the preamble\n\nThe second line explains why.", "--charter", charter.toString(),
                "--as", BOB);

        Result result = run("log", "preamble", "--json", "--charter", charter.toString());

        JsonNode log = JSON.readTree(result.out());
        assertThat(log).hasSize(2);
        JsonNode newest = log.get(0);
        assertThat(fieldNames(newest))
                .containsExactly("id", "shortId", "author", "email", "time", "message");
        assertThat(newest.get("id").asText()).hasSize(40).startsWith(newest.get("shortId").asText());
        assertThat(newest.get("author").asText()).isEqualTo("Bob Drafter");
        assertThat(newest.get("email").asText()).isEqualTo("bob@example.org");
        assertThat(Instant.parse(newest.get("time").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(newest.get("message").asText()).isEqualTo("Shorten the preamble\n\nThe second line explains why.");
    }

    @Test
    void logShowsOnlyCommitsOfSection() throws IOException {
        Files.writeString(charter.resolve("sections/membership.md"), "## Membership\n\nEveryone.\n");
        run("record", "-m", "Open membership", "--charter", charter.toString(), "--as", BOB);

        Result preamble = run("log", "preamble", "--charter", charter.toString());
        Result membership = run("log", "membership", "-n", "1", "--charter", charter.toString());

        assertThat(preamble.out().lines()).hasSize(1);
        assertThat(membership.out().lines()).hasSize(1);
        assertThat(membership.out()).contains("Bob Drafter", "Open membership");
    }

    @Test
    void diffMarksChangedWordsInWorkingFile() throws IOException {
        edit("We, the citizens of the world, meet", "We, the peoples of the world, gather");

        Result result = run("diff", "preamble", "--charter", charter.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("@@ -3 +3 @@\n"
                + "We, the [-citizens-]{+peoples+} of the world, [-meet-]{+gather+} to draft this charter.\n");
    }

    @Test
    void diffBetweenTwoRevisions() throws IOException {
        edit("in many languages", "in every language");
        run("record", "-m", "Languages", "--charter", charter.toString(), "--as", BOB);
        edit("We write it together", "We write it slowly");

        Result committed = run("diff", "preamble", "HEAD~1", "HEAD", "--charter", charter.toString());
        Result sinceParent = run("diff", "preamble", "HEAD~1", "--charter", charter.toString());

        assertThat(committed.out()).isEqualTo("@@ -5 +5 @@\n"
                + "We write it together, in [-many-]{+every+} [-languages-]{+language+}.\n");
        assertThat(sinceParent.out())
                .contains("[-together-]{+slowly+}, ", "[-many-]{+every+} [-languages-]{+language+}.");
    }

    @Test
    void diffWithoutChangesPrintsNothing() {
        Result result = run("diff", "preamble", "--charter", charter.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void diffColoursOnlyWhenAsked() throws IOException {
        edit("meet to draft", "gather to draft");

        Result always = run("diff", "preamble", "--color", "always", "--charter", charter.toString());
        Result auto = run("diff", "preamble", "--charter", charter.toString());
        Result never = run("diff", "preamble", "--color=never", "--charter", charter.toString());

        assertThat(always.out()).contains("\u001B[31m[-meet-]\u001B[m", "\u001B[32m{+gather+}\u001B[m");
        assertThat(auto.out()).doesNotContain("\u001B[");
        assertThat(never.out()).doesNotContain("\u001B[");
    }

    @Test
    void diffShowsSectionNewerThanRevision() throws Exception {
        Charter.open(charter).addSection("Duties", null);
        run("record", "-m", "Add duties", "--charter", charter.toString(), "--as", BOB);

        Result result = run("diff", "duties", "HEAD~1", "HEAD", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("@@ -0,0 +1,2 @@\n{+## Duties+}\n\n");
    }

    @Test
    void diffOfInsertedLineShowsOnlyThatLine() throws IOException {
        edit("We write it together, in many languages.\n",
                "We write it together, in many languages.\nWe sign it as equals.\n");

        Result result = run("diff", "preamble", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("@@ -5,0 +6 @@\n{+We sign it as equals.+}\n");
    }

    @Test
    void diffContextOptionAddsUnchangedLines() throws IOException {
        edit("meet to draft", "gather to draft");

        Result result = run("diff", "preamble", "-U", "1", "--charter", charter.toString());

        assertThat(result.out()).isEqualTo("@@ -2,3 +2,3 @@\n\n"
                + "We, the citizens of the world, [-meet-]{+gather+} to draft this charter.\n\n");
    }

    @Test
    void logJsonDropsTrailingLineBreak() throws Exception {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        try (Git git = Git.open(charter.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Commit from plain Git\n\nWith a body.\n\n").setAuthor(TestGit.BOB.name(),
                    TestGit.BOB.email()).setCommitter(TestGit.BOB.name(), TestGit.BOB.email()).setSign(false).call();
        }

        Result result = run("log", "preamble", "--json", "--charter", charter.toString());

        assertThat(JSON.readTree(result.out()).get(0).get("message").asText())
                .isEqualTo("Commit from plain Git\n\nWith a body.");
    }

    @Test
    void logTextShowsDatesWithMonthNames() {
        Result result = run("log", "preamble", "--charter", charter.toString());

        assertThat(result.out()).containsPattern(
                "^[0-9a-f]{7}  [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\u202f][AP]M  Alice Drafter  ");
    }

    @Test
    void datesFollowLocaleAndZone() {
        Instant instant = Instant.parse("2026-12-04T20:36:05Z");

        assertThat(CliDates.format(instant, ZoneOffset.UTC, Locale.ENGLISH)).matches("Dec 4, 2026, 8:36[\\s\u202f]PM");
        assertThat(CliDates.format(instant, ZoneOffset.ofHours(5), Locale.FRENCH)).isEqualTo("5 déc. 2026 01:36");
        assertThat(CliDates.format(instant, ZoneOffset.UTC, Locale.forLanguageTag("ar"))).contains("٢٠٢٦");
    }

    private void edit(String from, String to) throws IOException {
        Path file = charter.resolve("sections/preamble.md");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
