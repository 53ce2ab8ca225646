package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseCommandTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void tagPrintsTagAndDraftedNotes() {
        Result result = release("tag", "Draft", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Tagged release \"Draft 1\" as draft-1 on commit ");
        assertThat(result.out()).contains("Notes:\n  No amendment has been merged yet.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void tagWithNotesKeepsThem() throws IOException {
        release("tag", "Draft 1", "--notes", "For the Mumbai meeting.");

        JsonNode releases = JSON.readTree(release("list", "--json").out());

        assertThat(releases).hasSize(1);
        JsonNode first = releases.get(0);
        assertThat(fieldNames(first)).containsExactly("name", "tag", "commit", "tagger", "date", "notes");
        assertThat(first.get("name").asText()).isEqualTo("Draft 1");
        assertThat(first.get("tag").asText()).isEqualTo("draft-1");
        assertThat(first.get("tagger").asText()).isEqualTo("Alice Drafter <alice@example.org>");
        assertThat(first.get("notes").asText()).isEqualTo("For the Mumbai meeting.");
    }

    @Test
    void listTextShowsOneLinePerRelease() throws IOException {
        release("tag", "Draft 1");
        edit("every amendment", "each amendment");
        release("tag", "Draft 2");

        Result result = release("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(2);
        assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("draft-2  Draft 2  ")
                .contains("Alice Drafter <alice@example.org>");
    }

    @Test
    void listWithoutReleasesSaysSo() {
        Result result = release("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No releases yet. Tag one with \"charta release tag NAME\".\n");
    }

    @Test
    void diffShowsWordChangesByParagraph() throws IOException {
        release("tag", "Draft 1");
        edit("every amendment", "each amendment");

        Result result = release("diff", "Draft 1", "main", "--color", "never");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Sections: 1 changed, 0 added, 0 deleted, 2 unchanged.\n");
        assertThat(result.out()).contains("== Membership [membership]: changed ==\n");
        assertThat(result.out()).contains("Membership ¶2:\n    Members may vote on [-every-]{+each+} amendment.\n");
    }

    @Test
    void diffJsonListsChangedRows() throws IOException {
        release("tag", "Draft 1");
        edit("every amendment", "each amendment");

        JsonNode diff = JSON.readTree(release("diff", "draft-1", "main", "--json").out());

        assertThat(fieldNames(diff)).containsExactly("from", "to", "oldCommit", "newCommit", "sections");
        JsonNode membership = section(diff, "membership");
        assertThat(membership.get("status").asText()).isEqualTo("changed");
        JsonNode change = membership.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("changed");
        assertThat(change.get("oldNumber").asInt()).isEqualTo(2);
        assertThat(change.get("segments").get(1).get("kind").asText()).isEqualTo("deleted");
        assertThat(change.get("segments").get(1).get("text").asText()).isEqualTo("every");
        assertThat(section(diff, "preamble").get("status").asText()).isEqualTo("unchanged");
        assertThat(section(diff, "preamble").get("changes")).isEmpty();
    }

    @Test
    void diffEscapesControlCharacters() throws IOException {
        release("tag", "Draft 1");
        edit("every amendment", "every \u001B[2J amendment");

        Result result = release("diff", "Draft 1", "main", "--color", "never");

        assertThat(result.out()).doesNotContain("\u001B").contains("{+\\u001B[2J +}");
    }

    @Test
    void diffFollowsFrenchLocale() throws IOException {
        release("tag", "Draft 1");
        edit("every amendment", "each amendment");
        Locale.setDefault(Locale.FRENCH);

        Result result = release("diff", "Draft 1", "main", "--color", "never");

        assertThat(result.out()).startsWith("Sections\u00A0: 1 modifiées, 0 ajoutées, 0 supprimées, 2 inchangées.");
    }

    @Test
    void unknownReleaseIsOneLineError() {
        release("tag", "Draft 1");

        Result result = release("diff", "Draft 7", "main");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("\"Draft 7\"", "Releases: Draft 1.");
    }

    @Test
    void duplicateTagChangesNothing() throws IOException {
        release("tag", "Draft 1");
        var before = snapshot(charter);

        Result result = release("tag", "draft 1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("already exists");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void releaseWithoutSubcommandPrintsShortUsage() {
        Result result = run("release");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("charta release tag", "charta release list", "charta release diff",
                "charta release COMMAND --help");
    }

    @Test
    void everyReleaseCommandHasHelp() {
        for (String command : List.of("release", "release tag", "release list", "release diff")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");

            Result result = run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: charta " + command);
            assertThat(result.out()).as(command).doesNotContain("[cli.", "''");
        }
    }

    private Result release(String... args) {
        List<String> all = new ArrayList<>(List.of("release"));
        all.addAll(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", ALICE));
        return run(all.toArray(String[]::new));
    }

    private void edit(String from, String to) throws IOException {
        replaceIn(charter.resolve("sections/membership.md"), from, to);
        Result recorded = run("record", "-m", "Edit membership", "--charter", charter.toString(), "--as", ALICE);
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
    }

    private static JsonNode section(JsonNode diff, String id) {
        for (JsonNode section : diff.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id + " in " + diff);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
