package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code comment edit}, {@code comment reattach} and {@code comment show}. */
class CommentEditCommandsTest extends CommentCommandTestBase {

    @Test
    void editKeepsEarlierWordingInHistory() throws IOException {
        String id = addThread("membership", "2", "Should", "members", "vote", "online?");

        Result edited = charta(ALICE, "comment", "edit", id, "1", "Should", "members", "vote", "by", "post?");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("Edited comment", id);
        JsonNode comment = listJson().get(0).get("comments").get(0);
        assertThat(comment.get("text").asText()).isEqualTo("Should members vote by post?");
        assertThat(comment.get("edited").asBoolean()).isTrue();
        assertThat(comment.get("history")).hasSize(1);
        assertThat(fieldNames(comment.get("history").get(0))).containsExactly("created", "text");
        assertThat(comment.get("history").get(0).get("text").asText()).isEqualTo("Should members vote online?");
    }

    @Test
    void editAcceptsCommentId() throws IOException {
        String id = addThread("membership", "2", "Online?");
        String commentId = listJson().get(0).get("comments").get(0).get("id").asText();

        Result edited = charta(ALICE, "comment", "edit", id, commentId, "By", "post?");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(listJson().get(0).get("comments").get(0).get("text").asText()).isEqualTo("By post?");
    }

    @Test
    void editBySomeoneElseIsRejected() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(BOB, "comment", "edit", id, "1", "Offline!");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(snapshot(charter)).isEqualTo(before);
        assertThat(listJson().get(0).get("comments").get(0).get("text").asText()).isEqualTo("Online?");
    }

    @Test
    void editOfMissingCommentNumberIsRejected() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "edit", id, "2", "Offline!");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("has only 1 comment", "no comment 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void editOfUnknownCommentIdIsRejected() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "edit", id, "1999", "Offline!");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"1999\"", "charta comment show " + id);
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void editOfUnknownThreadIsRejected() {
        Result result = charta(ALICE, "comment", "edit", "abcdef12", "1", "Offline!");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"abcdef12\"");
    }

    @Test
    void reattachMovesOrphanToNewParagraph() throws IOException {
        String id = addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");
        assertThat(listJson().get(0).get("state").asText()).isEqualTo("orphaned");

        Result reattached = charta(BOB, "comment", "reattach", id, "membership", "1");

        assertThat(reattached.exitCode()).as(reattached.err()).isZero();
        assertThat(reattached.out()).contains(id, "paragraph 1", "\"membership\"");
        JsonNode thread = listJson().get(0);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(1);
        assertThat(thread.get("quote").asText()).isEqualTo("Every person may join the assembly.");
    }

    @Test
    void reattachWithQuoteAnchorsPhrase() throws IOException {
        String id = addThread("membership", "2", "Online?");

        Result reattached = charta(ALICE, "comment", "reattach", id, "preamble", "2", "--quote", "many languages");

        assertThat(reattached.exitCode()).as(reattached.err()).isZero();
        JsonNode thread = listJson().get(0);
        assertThat(thread.get("section").asText()).isEqualTo("preamble");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("quote").asText()).isEqualTo("many languages");
    }

    @Test
    void reattachToSamePlaceWritesNothing() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "reattach", id, "membership", "2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(id, "already attached", "paragraph 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void showListsEarlierQuotesAfterReattach() throws IOException {
        String id = addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");
        charta(BOB, "comment", "reattach", id, "membership", "1");
        charta(BOB, "comment", "reattach", id, "preamble", "2", "--quote", "many languages");

        Result result = charta(ALICE, "comment", "show", id);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Quote: many languages", "Earlier quotes");
        assertThat(result.out().indexOf("[membership, paragraph 2] Members may vote on every amendment."))
                .as(result.out()).isPositive()
                .isLessThan(result.out().indexOf("[membership, paragraph 1] Every person may join the assembly."));
    }

    @Test
    void reattachToMissingParagraphIsRejected() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "reattach", id, "membership", "7");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("\"membership\"", "7", "from 1 to 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void reattachToMissingSectionIsRejected() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "reattach", id, "preambel", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"preambel\"", "charta sections");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void showPrintsNumberedCommentsAndHistory() throws IOException {
        String id = addThread("membership", "2", "Online?");
        charta(BOB, "comment", "reply", id, "Yes,", "and", "by", "post.");
        charta(ALICE, "comment", "edit", id, "1", "Online", "only?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "Members may vote on each amendment.");

        Result printed = charta(ALICE, "comment", "show", id.substring(0, 6));

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.out()).contains(id + "  membership  paragraph 2  text changed, open");
        assertThat(printed.out()).contains("  Quote: Members may vote on every amendment.");
        assertThat(printed.out()).contains("  Now: Members may vote on [-every-]{+each+} amendment.");
        assertThat(printed.out()).containsPattern("  1\\. \\d{8}T\\S+  Alice Drafter <alice@example.org>");
        assertThat(printed.out()).containsPattern("  2\\. \\d{8}T\\S+  Bob Drafter <bob@example.org>");
        assertThat(printed.out()).containsPattern("<alice@example.org>  \\([^()]*\\d:\\d{2}[^()]*, edited [^()]*\\d:\\d{2}[^()]*\\)");
        assertThat(printed.out()).contains("     Online only?", "     Earlier wordings:", ": Online?");
    }

    @Test
    void showJsonHasHistory() throws IOException {
        String id = addThread("membership", "2", "Online?");
        charta(ALICE, "comment", "edit", id, "1", "Online", "only?");

        JsonNode thread = showJson(id);

        assertThat(fieldNames(thread)).containsExactly("id", "section", "paragraph", "state", "resolved", "quote",
                "currentText", "comments");
        assertThat(thread.get("id").asText()).isEqualTo(id);
        assertThat(thread.get("comments").get(0).get("history").get(0).get("text").asText()).isEqualTo("Online?");
    }

    @Test
    void showNamesCommitThatRemovedText() throws IOException {
        String id = addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");
        charta(BOB, "record", "-m", "Drop the vote clause");

        Result printed = charta(ALICE, "comment", "show", id);
        JsonNode json = showJson(id);

        assertThat(printed.out()).contains("orphaned, open", "Removed by commit", "Drop the vote clause");
        assertThat(json.get("removal").get("summary").asText()).isEqualTo("Drop the vote clause");
    }

    @Test
    void showOfUnknownThreadIsRejected() {
        Result result = charta(ALICE, "comment", "show", "abcdef12");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("\"abcdef12\"");
    }
}
