package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmendCommandsTest extends CliTestBase {

    private static final String CAROL = "Carol Coordinator <carol@example.org>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path charter;
    private Path membership;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
        membership = charter.resolve("sections/membership.md");
    }

    @Test
    void newPrintsOnlyTheId() {
        Result result = amend("new", "Right", "to", "vote", "--section", "membership", "--rationale", "Fairness.");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).matches("right-to-vote-[a-z0-9]{4}");
        assertThat(result.err()).contains("Started the amendment \"Right to vote\"");
    }

    @Test
    void statusNamesTheCheckedOutText() throws IOException {
        assertThat(run("status", "--charter", charter.toString()).out()).contains("Checked out: the main text");
        String id = newAmendment("Adults");

        Result text = run("status", "--charter", charter.toString());
        JsonNode json = JSON.readTree(run("status", "--json", "--charter", charter.toString()).out());

        assertThat(text.out()).contains("Checked out: the amendment " + id);
        assertThat(json.get("amendment").asText()).isEqualTo(id);
    }

    @Test
    void proposeRecordsPendingEditsFirst() throws IOException {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");

        Result proposed = amend("propose", id);

        assertThat(proposed.exitCode()).as(proposed.err()).isZero();
        assertThat(proposed.err()).doesNotContain("changes no section text");
        JsonNode shown = JSON.readTree(amend("show", id, "--json").out());
        assertThat(shown.get("changedSections").get(0).asText()).isEqualTo("membership");
    }

    @Test
    void proposeWithoutChangeWarns() {
        String id = newAmendment("Adults");

        Result proposed = amend("propose", id);

        assertThat(proposed.exitCode()).isZero();
        assertThat(proposed.err()).contains("changes no section text yet");
    }

    @Test
    void listRejectsUnknownSection() {
        newAmendment("Adults");

        Result result = amend("list", "--section", "nosuch");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("There is no section \"nosuch\"");
    }

    @Test
    void malformedIdIsRejectedByEverySubcommand() {
        List<List<String>> commands = List.of(List.of("show", "../x"), List.of("diff", "a b"), List.of("edit", ""),
                List.of("propose", "../x"), List.of("update", "../x"), List.of("withdraw", "../x"),
                List.of("merge", "../x"), List.of("new", "Title", "--from", "../y"));

        for (List<String> command : commands) {
            Result result = amend(command.toArray(String[]::new));

            assertThat(result.exitCode()).as(command.toString()).isEqualTo(1);
            assertThat(result.err()).as(command.toString()).contains("Invalid amendment id");
            assertThat(result.err()).as(command.toString()).doesNotContain("Unexpected error");
        }
    }

    @Test
    void listJsonDescribesAmendment() throws IOException {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        assertThat(run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE).exitCode())
                .isZero();

        JsonNode list = JSON.readTree(amend("list", "--json").out());

        assertThat(list).hasSize(1);
        JsonNode row = list.get(0);
        assertThat(fieldNames(row)).containsExactly("id", "title", "status", "author", "created", "targets", "base",
                "tip", "local", "shared", "behind", "outdated", "changedSections", "preview", "votes", "comments",
                "rationale");
        assertThat(row.get("id").asText()).isEqualTo(id);
        assertThat(row.get("status").asText()).isEqualTo("draft");
        assertThat(row.get("author").get("email").asText()).isEqualTo("alice@example.org");
        assertThat(row.get("changedSections").get(0).asText()).isEqualTo("membership");
        assertThat(row.get("preview").toString()).contains("{\"kind\":\"deleted\",\"text\":\"person\"}",
                "{\"kind\":\"inserted\",\"text\":\"adult\"}");
        assertThat(row.get("outdated").asBoolean()).isFalse();
    }

    @Test
    void listTextShowsRowAndPreview() throws IOException {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE);

        Result result = amend("list");

        assertThat(result.out()).contains(id + "  draft  Adults  (Alice Drafter)");
        assertThat(result.out()).contains("  sections: membership · votes: 0 · comment threads: 0");
        assertThat(result.out()).contains("[-person-]{+adult+}");
    }

    @Test
    void listFiltersByStatusAndAuthor() {
        String first = newAmendment("Adults");
        amend("edit", "--main");
        Result second = run("amend", "new", "Yearly", "--charter", charter.toString(), "--as", BOB);
        amend("propose", first);

        assertThat(ids(amend("list", "--json", "--status", "proposed"))).containsExactly(first);
        assertThat(ids(amend("list", "--json", "--author", "bob@"))).containsExactly(second.out().strip());
        assertThat(ids(amend("list", "--json", "--status", "merged"))).isEmpty();
    }

    @Test
    void editSwitchesTheText() throws IOException {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");

        Result toMain = amend("edit", "--main");

        assertThat(toMain.exitCode()).as(toMain.err()).isZero();
        assertThat(toMain.out()).contains("Now editing the main text.");
        assertThat(Files.readString(membership)).contains("Every person");

        Result back = amend("edit", id);

        assertThat(back.out()).contains("Now editing the amendment \"Adults\"");
        assertThat(Files.readString(membership)).contains("Every adult");
    }

    @Test
    void showAndDiffPrintChanges() throws IOException {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE);

        Result show = amend("show", id);
        Result diff = amend("diff", id);
        JsonNode json = JSON.readTree(amend("show", id, "--json").out());

        assertThat(show.out()).contains("Amendment " + id + ": Adults", "Status: draft", "Changed sections: membership",
                "Shared: not yet");
        assertThat(diff.out()).contains("== Membership [membership]: changed ==", "[-person-]{+adult+}");
        assertThat(json.get("id").asText()).isEqualTo(id);
    }

    @Test
    void proposeByOtherPersonFails() {
        String id = newAmendment("Adults");

        Result result = run("amend", "propose", id, "--charter", charter.toString(), "--as", BOB);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("Only the author of the amendment");
    }

    @Test
    void mergeAdoptedAmendmentIntoMain() throws Exception {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE);
        amend("propose", id);
        adopt(id);
        amend("edit", "--main");

        Result merge = run("amend", "merge", id, "--charter", charter.toString(), "--as", CAROL);

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("Merged the amendment \"Adults\" (" + id + ") with commit");
        assertThat(Files.readString(membership)).contains("Every adult");
        assertThat(mainTip().getParentCount()).isEqualTo(2);
        assertThat(ids(amend("list", "--json", "--status", "merged"))).containsExactly(id);
    }

    @Test
    void mergeConflictAbortSaysMergeAborted() throws Exception {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE);
        amend("propose", id);
        adopt(id);
        amend("edit", "--main");
        replaceIn(membership, "Every person", "Every citizen");
        run("record", "-m", "Citizens", "--charter", charter.toString(), "--as", BOB);
        String mainBefore = mainTip().name();
        assertThat(run("amend", "merge", id, "--charter", charter.toString(), "--as", CAROL).exitCode())
                .isEqualTo(ExitCodes.CONFLICT);

        Result aborted = run("resolve", "--abort", "--charter", charter.toString(), "--as", CAROL);

        assertThat(aborted.exitCode()).as(aborted.err()).isZero();
        assertThat(aborted.out()).startsWith("Merge aborted: nothing was merged");
        assertThat(mainTip().name()).isEqualTo(mainBefore);
        assertThat(Files.readString(membership)).contains("Every citizen");
    }

    @Test
    void mergeConflictSettledByResolve() throws Exception {
        String id = newAmendment("Adults");
        replaceIn(membership, "Every person", "Every adult");
        run("record", "-m", "Adults only", "--charter", charter.toString(), "--as", ALICE);
        amend("propose", id);
        adopt(id);
        amend("edit", "--main");
        replaceIn(membership, "Every person", "Every citizen");
        run("record", "-m", "Citizens", "--charter", charter.toString(), "--as", BOB);

        Result merge = run("amend", "merge", id, "--charter", charter.toString(), "--as", CAROL);

        assertThat(merge.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(merge.err()).contains("1 conflict waits for a choice in the amendment \"Adults\"");
        Result listed = run("resolve", "--charter", charter.toString());
        assertThat(listed.out()).contains("These conflicts are those of the amendment " + id);

        Result resolved = run("resolve", "1", "--theirs", "--charter", charter.toString(), "--as", CAROL);

        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("Merged the amendment \"Adults\"");
        assertThat(Files.readString(membership)).contains("Every adult");
        assertThat(run("resolve", "--charter", charter.toString()).out()).contains("No conflicts wait");
    }

    @Test
    void withdrawnAmendmentStaysListed() {
        String id = newAmendment("Adults");

        Result result = amend("withdraw", id);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(ids(amend("list", "--json", "--status", "withdrawn"))).containsExactly(id);
    }

    @Test
    void unknownAmendmentIsOneLineError() {
        Result result = amend("show", "nowhere-abcd");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("There is no amendment \"nowhere-abcd\"");
    }

    @Test
    void amendWithoutSubcommandPrintsShortUsage() {
        Result result = run("amend");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("charta amend new", "charta amend merge", "charta amend COMMAND --help");
    }

    private Result amend(String... args) {
        List<String> all = new ArrayList<>(List.of("amend"));
        all.addAll(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", ALICE));
        return run(all.toArray(String[]::new));
    }

    private String newAmendment(String title) {
        Result result = amend("new", title);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out().strip();
    }

    /** Sets the amendment's status to adopted on its branch, as closing a vote does. */
    /**
     * Adopts a proposed amendment through a real vote: Carol, made the only member and coordinator on the main text
     * (which is left checked out), votes for it.
     */
    private void adopt(String id) {
        String folder = charter.toString();
        assertThat(run("amend", "edit", "--main", "--charter", folder, "--as", CAROL).exitCode()).isZero();
        assertThat(run("member", "add", "Carol Coordinator", "carol@example.org", "coordinator", "--charter", folder,
                "--as", CAROL).exitCode()).isZero();
        assertThat(run("vote", "open", id, "--charter", folder, "--as", CAROL).exitCode()).isZero();
        assertThat(run("vote", "cast", id, "for", "--charter", folder, "--as", CAROL).exitCode()).isZero();
        Result closed = run("vote", "close", id, "--charter", folder, "--as", CAROL);
        assertThat(closed.exitCode()).as(closed.err()).isZero();
    }

    private RevCommit mainTip() throws Exception {
        try (CharterRepository repository = CharterRepository.open(charter);
             RevWalk walk = new RevWalk(repository.repository())) {
            return walk.parseCommit(repository.repository().resolve("refs/heads/main"));
        }
    }

    private static List<String> ids(Result result) {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(result.out()).forEach(row -> ids.add(row.get("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new AssertionError(result.toString(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
