package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.charta.core.git.CharterRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply, edit, resolve and reopen on the threads of an amendment's deliberation while the main text is checked
 * out, before and after the amendment is merged.
 */
class AmendmentThreadCommandsTest extends CommentCommandTestBase {

    private static final String CAROL = "Carol Coordinator <carol@example.org>";
    private static final Pattern THREAD = Pattern.compile("thread ([0-9a-f]{16})");

    private String amendment;
    private String thread;

    @BeforeEach
    void startDeliberation() throws IOException {
        Result created = charta(ALICE, "amend", "new", "Adults");
        assertThat(created.exitCode()).as(created.err()).isZero();
        amendment = created.out().strip();
        replaceIn(membershipFile(), "Every person", "Every adult");
        assertThat(charta(ALICE, "record", "-m", "Adults only").exitCode()).isZero();
        assertThat(charta(ALICE, "amend", "edit", "--main").exitCode()).isZero();
        thread = threadOf(charta(BOB, "comment", "add", "--amendment", amendment, "Why", "adults?"));
    }

    @Test
    void replyOnAmendmentCommitsOntoBranch() throws Exception {
        Result reply = charta(ALICE, "comment", "reply", "--amendment", amendment, thread, "Voting age.");

        assertThat(reply.exitCode()).as(reply.err()).isZero();
        assertThat(reply.out()).contains(thread);
        assertThat(comments(deliberation())).containsExactly("Why adults?", "Voting age.");
        assertThat(isClean()).as("git status on main").isTrue();
    }

    @Test
    void resolveAndReopenOnAmendment() throws Exception {
        Result resolved = charta(ALICE, "comment", "resolve", "--amendment", amendment, thread.substring(0, 6));
        boolean resolvedState = deliberation().get("threads").get(0).get("resolved").asBoolean();
        Result reopened = charta(ALICE, "comment", "reopen", "--amendment", amendment, thread);

        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains(thread);
        assertThat(resolvedState).isTrue();
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(deliberation().get("threads").get(0).get("resolved").asBoolean()).isFalse();
        assertThat(isClean()).as("git status on main").isTrue();
    }

    @Test
    void editOnAmendmentKeepsHistory() throws Exception {
        Result edited = charta(BOB, "comment", "edit", "--amendment", amendment, thread, "1", "Why", "only", "adults?");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        JsonNode comment = deliberation().get("threads").get(0).get("comments").get(0);
        assertThat(comment.get("text").asText()).isEqualTo("Why only adults?");
        assertThat(comment.get("edited").asBoolean()).isTrue();
    }

    @Test
    void editOnAmendmentByOtherPersonFails() throws Exception {
        Result edited = charta(ALICE, "comment", "edit", "--amendment", amendment, thread, "1", "Changed.");

        assertThat(edited.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(edited.err()).contains("Only Bob Drafter");
        assertThat(comments(deliberation())).containsExactly("Why adults?");
    }

    @Test
    void amendmentThreadWithoutOptionNamesAmendment() throws Exception {
        for (List<String> command : List.of(List.of("reply", thread, "Voting age."), List.of("resolve", thread),
                List.of("reopen", thread), List.of("edit", thread, "1", "Changed."), List.of("show", thread))) {
            List<String> args = new ArrayList<>(List.of("comment"));
            args.addAll(command);

            Result result = charta(ALICE, args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command.toString()).isEqualTo(ExitCodes.FAILURE);
            assertThat(result.err()).as(command.toString()).contains("--amendment " + amendment);
        }
        assertThat(comments(deliberation())).containsExactly("Why adults?");
    }

    @Test
    void unknownThreadOnAmendmentFails() {
        Result result = charta(ALICE, "comment", "reply", "--amendment", amendment, "ffffffff", "Hello.");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("There is no comment thread \"ffffffff\"");
    }

    @Test
    void repliesOnMainAfterMergeAreListed() throws Exception {
        mergeAmendment();

        Result onMain = charta(ALICE, "comment", "reply", thread, "Merged now.");
        Result withOption = charta(CAROL, "comment", "reply", "--amendment", amendment, thread, "Agreed.");
        Result resolved = charta(CAROL, "comment", "resolve", "--amendment", amendment, thread);

        assertThat(onMain.exitCode()).as(onMain.err()).isZero();
        assertThat(withOption.exitCode()).as(withOption.err()).isZero();
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        JsonNode listed = deliberation();
        assertThat(comments(listed)).containsExactly("Why adults?", "Merged now.", "Agreed.");
        assertThat(listed.get("threads").get(0).get("resolved").asBoolean()).isTrue();
    }

    /** Proposes the amendment, adopts it through Carol's vote as the only coordinator, and merges it into main. */
    private void mergeAmendment() {
        assertThat(charta(ALICE, "amend", "propose", amendment).exitCode()).isZero();
        assertThat(charta(CAROL, "member", "add", "Carol Coordinator", "carol@example.org", "coordinator").exitCode())
                .isZero();
        assertThat(charta(CAROL, "vote", "open", amendment).exitCode()).isZero();
        assertThat(charta(CAROL, "vote", "cast", amendment, "for").exitCode()).isZero();
        assertThat(charta(CAROL, "vote", "close", amendment).exitCode()).isZero();
        Result merged = charta(CAROL, "amend", "merge", amendment);
        assertThat(merged.exitCode()).as(merged.err()).isZero();
    }

    private JsonNode deliberation() throws IOException {
        Result listed = charta(ALICE, "comment", "list", "--amendment", amendment, "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        return JSON.readTree(listed.out());
    }

    private static List<String> comments(JsonNode deliberation) {
        List<String> texts = new ArrayList<>();
        deliberation.get("threads").get(0).get("comments").forEach(comment -> texts.add(comment.get("text").asText()));
        return texts;
    }

    private boolean isClean() throws Exception {
        try (CharterRepository repository = CharterRepository.open(charter)) {
            return repository.status().isClean();
        }
    }

    private static String threadOf(Result added) {
        assertThat(added.exitCode()).as(added.err()).isZero();
        Matcher matcher = THREAD.matcher(added.out());
        assertThat(matcher.find()).as(added.out()).isTrue();
        return matcher.group(1);
    }
}
