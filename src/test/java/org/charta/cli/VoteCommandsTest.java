package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.Identity;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VoteCommandsTest extends CliTestBase {

    private static final String CAROL = "Carol Coordinator <carol@example.org>";
    private static final String EVE = "Eve Outsider <eve@example.org>";
    private static final String ID = "meet-twice-k3f9";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
    }

    @Test
    void memberAddListAndRemove() throws IOException {
        Result added = charta(CAROL, "member", "add", "Carol Coordinator", "carol@example.org", "coordinator");
        charta(CAROL, "member", "add", "Alice Drafter", "alice@example.org", "drafter");
        Result changed = charta(CAROL, "member", "add", "Alice Drafter", "alice@example.org", "reviewer");
        Result list = charta(CAROL, "member", "list");

        assertThat(added.out()).contains("Added Carol Coordinator <carol@example.org> as coordinator.");
        assertThat(changed.out()).contains("Alice Drafter <alice@example.org> is now reviewer.");
        assertThat(list.out()).contains("Rule: simple majority; quorum: 50% of 2 members, so 1 vote",
                "Carol Coordinator <carol@example.org>  coordinator", "Alice Drafter <alice@example.org>  reviewer");

        Result removed = charta(CAROL, "member", "remove", "alice@example.org");
        JsonNode rules = JSON.readTree(charta(CAROL, "member", "list", "--json").out());

        assertThat(removed.out()).contains("Removed the member alice@example.org.");
        assertThat(fieldNames(rules)).containsExactly("quorum", "quorumVotes", "majority", "votingDays", "members");
        assertThat(rules.get("members")).hasSize(1);
        assertThat(rules.get("members").get(0).get("role").asText()).isEqualTo("coordinator");
    }

    @Test
    void memberChangeByNonCoordinatorFails() throws IOException {
        charta(CAROL, "member", "add", "Carol Coordinator", "carol@example.org", "coordinator");
        Map<String, String> before = snapshot(charter);

        Result result = run("member", "add", "Alice", "alice@example.org", "coordinator", "--charter",
                charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("Alice Drafter <alice@example.org> is not a coordinator",
                "Carol Coordinator <carol@example.org>");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void invalidRoleNamesTheRoles() {
        Result result = run("member", "add", "Alice", "alice@example.org", "chair", "--charter",
                charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"chair\"", "drafter, reviewer, coordinator");
    }

    @Test
    void voteCycleEndsInTie() throws Exception {
        addMembers();
        createProposedAmendment();

        Result opened = charta(CAROL, "vote", "open", ID);
        Result cast = charta(ALICE, "vote", "cast", ID, "FOR", "--reason", "Members asked for it.");
        charta(BOB, "vote", "cast", ID, "against");
        JsonNode tally = JSON.readTree(charta(CAROL, "vote", "tally", ID, "--json").out());
        Result closed = charta(CAROL, "vote", "close", ID);
        Result after = charta(BOB, "vote", "tally", ID);

        assertThat(opened.out()).contains("Opened the vote on \"Meet twice a year\" (" + ID + ")");
        assertThat(cast.out()).contains("Recorded your vote (for) on " + ID);
        assertThat(fieldNames(tally)).containsExactly("amendment", "result", "majority", "quorum", "members",
                "quorumReached", "for", "against", "abstain", "block", "votes", "quorumVotes", "outcomeIfClosed");
        assertThat(tally.get("result").asText()).isEqualTo("open");
        assertThat(tally.get("outcomeIfClosed").asText()).isEqualTo("rejected");
        assertThat(tally.get("votes").get(0).get("reason").asText()).isEqualTo("Members asked for it.");
        assertThat(closed.out()).contains("Closed the vote on " + ID, "Vote on " + ID + ": rejected.",
                "For: 1, against: 1, abstaining: 0, blocking: 0",
                "2 of 3 members voted; the quorum is 2 votes (50% of the members): reached.",
                "  Alice Drafter <alice@example.org>: for (\"Members asked for it.\")",
                "  Bob Drafter <bob@example.org>: against");
        assertThat(after.out()).contains("Vote on " + ID + ": rejected.");
    }

    @Test
    void tallyShowsWhyVoteIsNotCounted() throws Exception {
        addMembers();
        createProposedAmendment();
        charta(CAROL, "vote", "open", ID);
        try (CharterRepository repository = CharterRepository.open(charter)) {
            String json = "{\"amendment\": \"" + ID + "\", \"voter\": {\"name\": \"Eve\", \"email\": "
                    + "\"eve@example.org\"}, \"choice\": \"for\"}\n";
            BranchCommits.commit(repository, "refs/heads/amendments/" + ID,
                    Map.of(".charta/amendments/" + ID + "/votes/eve-example-org.json",
                            json.getBytes(StandardCharsets.UTF_8)), "Vote", Identity.parse(EVE));
        }

        Result tally = charta(CAROL, "vote", "tally", ID);

        assertThat(tally.out()).contains("Vote on " + ID + ": open. If it closed now: rejected, quorum not reached.",
                "  Eve <eve@example.org>: for (not counted: not a member of the main text)");
    }

    @Test
    void blockUnderSimpleMajorityFails() throws Exception {
        addMembers();
        createProposedAmendment();
        charta(CAROL, "vote", "open", ID);

        Result result = run("vote", "cast", ID, "block", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("this charter decides by simple majority");
    }

    @Test
    void unknownChoiceIsUsageError() {
        Result result = run("vote", "cast", ID, "maybe", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("maybe", "charta vote cast --help");
    }

    @Test
    void unknownAmendmentFails() {
        Result result = run("vote", "tally", "no-such-amendment", "--charter", charter.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("There is no amendment \"no-such-amendment\"");
    }

    @Test
    void deliberationListsArgumentsApart() throws Exception {
        addMembers();
        createProposedAmendment();

        Result added = charta(ALICE, "comment", "add", "--amendment", ID, "--stance", "for", "Members", "asked.");
        charta(BOB, "comment", "add", "--amendment", ID, "--stance", "against", "It", "doubles", "travel.");
        charta(CAROL, "comment", "add", "--amendment", ID, "When?");
        Result text = charta(CAROL, "comment", "list", "--amendment", ID);
        JsonNode json = JSON.readTree(charta(CAROL, "comment", "list", "--amendment", ID, "--json").out());
        Result plain = charta(CAROL, "comment", "list", "--all");

        assertThat(added.out()).containsPattern("Started thread [0-9a-f]{16} on the amendment " + ID
                + " as an argument for it\\.");
        assertThat(text.out()).contains("Arguments for (1):", "Arguments against (1):", "Threads (3):",
                "on the amendment  open", "[against]: It doubles travel.");
        assertThat(fieldNames(json)).containsExactly("amendment", "for", "against", "threads");
        assertThat(json.get("for").get(0).get("comment").get("text").asText()).isEqualTo("Members asked.");
        assertThat(json.get("against").get(0).get("comment").get("stance").asText()).isEqualTo("against");
        assertThat(json.get("threads")).hasSize(3);
        assertThat(json.get("threads").get(0).get("section").isNull()).isTrue();
        assertThat(plain.out()).contains("No comment threads to list.");
    }

    @Test
    void stanceWithoutAmendmentIsUsageError() {
        Result result = run("comment", "add", "preamble", "1", "Yes.", "--stance", "for", "--charter",
                charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--stance", "--amendment");
    }

    @Test
    void paragraphCommentStillNeedsThreeArguments() {
        Result result = run("comment", "add", "preamble", "1", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("SECTION PARAGRAPH TEXT");
    }

    @Test
    void newCommandsHaveHelp() {
        String[] commands = {"member", "member add", "member list", "member remove", "vote", "vote open",
            "vote cast", "vote close", "vote tally"};
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");

            Result result = run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: charta " + command);
            assertThat(result.out()).as(command).doesNotContain("[cli.", "''");
            assertThat(result.out().lines().skip(1).findFirst()).as(command + " description").isPresent();
        }
        assertThat(run("comment", "add", "--help").out()).contains("--amendment", "--stance", "With --amendment ID");
    }

    @Test
    void voteWithoutSubcommandPrintsShortUsage() {
        Result result = run("vote");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("charta vote open", "charta vote cast", "charta vote close",
                "charta vote tally", "charta vote COMMAND --help");
    }

    @Test
    void tallyFollowsFrenchLocale() throws Exception {
        addMembers();
        createProposedAmendment();
        charta(CAROL, "vote", "open", ID);
        charta(ALICE, "vote", "cast", ID, "for");
        Locale.setDefault(Locale.FRENCH);

        Result result = charta(CAROL, "vote", "tally", ID);

        assertThat(result.out()).contains("Pour\u00A0: 1, contre\u00A0: 0, abstentions\u00A0: 0, blocages\u00A0: 0",
                "Alice Drafter <alice@example.org>: pour");
    }

    private void addMembers() {
        charta(CAROL, "member", "add", "Carol Coordinator", "carol@example.org", "coordinator");
        charta(CAROL, "member", "add", "Alice Drafter", "alice@example.org", "drafter");
        charta(CAROL, "member", "add", "Bob Drafter", "bob@example.org", "drafter");
    }

    /** Writes a proposed amendment's branch and record directly, as the amendment commands would. */
    private void createProposedAmendment() throws Exception {
        try (CharterRepository repository = CharterRepository.open(charter)) {
            var main = repository.repository().resolve("refs/heads/main");
            String branch = "refs/heads/amendments/" + ID;
            BranchCommits.createBranch(repository, branch, main);
            String record = "{\n  \"id\" : \"" + ID + "\",\n  \"title\" : \"Meet twice a year\",\n"
                    + "  \"author\" : {\"name\" : \"Alice Drafter\", \"email\" : \"alice@example.org\"},\n"
                    + "  \"base\" : \"" + main.name() + "\",\n  \"status\" : \"proposed\"\n}\n";
            BranchCommits.commit(repository, branch, Map.of(".charta/amendments/" + ID + "/amendment.json",
                    record.getBytes(StandardCharsets.UTF_8)), "Propose", Identity.parse(ALICE));
        }
    }

    private Result charta(String as, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", as));
        Result result = run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> iterator = node.fieldNames(); iterator.hasNext(); ) {
            names.add(iterator.next());
        }
        return names;
    }
}
