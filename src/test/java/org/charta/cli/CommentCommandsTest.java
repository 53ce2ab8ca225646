package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CommentCommandsTest extends CommentCommandTestBase {

    @Test
    void addedThreadIsListedOnItsParagraph() throws IOException {
        String id = addThread("membership", "2", "Should", "members", "vote", "online?");

        JsonNode threads = listJson();

        assertThat(threads).hasSize(1);
        JsonNode thread = threads.get(0);
        assertThat(fieldNames(thread)).containsExactly("id", "section", "paragraph", "state", "resolved", "quote",
                "currentText", "comments");
        assertThat(thread.get("id").asText()).isEqualTo(id);
        assertThat(thread.get("section").asText()).isEqualTo("membership");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
        assertThat(thread.get("resolved").asBoolean()).isFalse();
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
        assertThat(thread.get("currentText").asText()).isEqualTo("Members may vote on every amendment.");
        JsonNode comment = thread.get("comments").get(0);
        assertThat(fieldNames(comment)).containsExactly("id", "author", "email", "created", "text", "edited",
                "history");
        assertThat(comment.get("author").asText()).isEqualTo("Alice Drafter");
        assertThat(comment.get("email").asText()).isEqualTo("alice@example.org");
        assertThat(Instant.parse(comment.get("created").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(comment.get("text").asText()).isEqualTo("Should members vote online?");
        assertThat(comment.get("edited").asBoolean()).isFalse();
        assertThat(comment.get("history")).isEmpty();
    }

    @Test
    void textListShowsThreadAndComments() {
        String id = addThread("preamble", "1", "Which citizens?");

        Result result = run("comment", "list", "--charter", charter.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(id + "  preamble  paragraph 1  anchored, open");
        assertThat(result.out()).contains("  > We, the citizens of the world, meet to draft this charter.");
        assertThat(result.out()).contains("Alice Drafter", "Which citizens?");
        assertThat(result.out()).containsPattern("Alice Drafter \\([^()]*\\d{4}[^()]*\\d:\\d{2}[^()]*\\): ");
    }

    @Test
    void replyAddsSecondComment() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");

        Result reply = charta(BOB, "comment", "reply", id.substring(0, 4), "All", "of", "them.");

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

        Result resolved = charta(BOB, "comment", "resolve", id);

        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(listJson()).isEmpty();
        assertThat(listJson("--resolved")).hasSize(1);
        assertThat(listJson("--all").get(0).get("resolved").asBoolean()).isTrue();
        assertThat(run("comment", "list", "--charter", charter.toString()).out()).contains("No comment threads");
    }

    @Test
    void reopenedThreadIsOpenAgain() throws IOException {
        String id = addThread("preamble", "1", "Which citizens?");
        charta(BOB, "comment", "resolve", id);

        Result reopened = charta(ALICE, "comment", "reopen", id);

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
        replaceIn(membershipFile(), "Every person may join the assembly.",
                "Every person may join the assembly.\n\nMembers pay no fee.");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("paragraph").asInt()).isEqualTo(3);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
    }

    @Test
    void editedParagraphShowsTextChanged() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "Members may vote on each amendment.");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("state").asText()).isEqualTo("text_changed");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
        assertThat(thread.get("currentText").asText()).isEqualTo("Members may vote on each amendment.");
    }

    @Test
    void textListShowsWordDiffOfChangedText() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "Members may vote on each amendment.");

        Result result = run("comment", "list", "--charter", charter.toString());

        assertThat(result.out()).contains("paragraph 2  text changed, open");
        assertThat(result.out()).contains("  Now: Members may vote on [-every-]{+each+} amendment.");
    }

    @Test
    void deletedParagraphShowsOrphaned() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");

        JsonNode thread = listJson().get(0);

        assertThat(thread.get("state").asText()).isEqualTo("orphaned");
        assertThat(thread.get("paragraph").isNull()).isTrue();
        assertThat(thread.get("currentText").isNull()).isTrue();
        assertThat(thread.get("quote").asText()).isEqualTo("Members may vote on every amendment.");
    }

    @Test
    void orphanNamesCommitThatRemovedText() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");
        Result recorded = charta(BOB, "record", "-m", "Drop the vote clause");
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();

        JsonNode removal = listJson().get(0).get("removal");
        Result text = run("comment", "list", "--charter", charter.toString());

        assertThat(fieldNames(removal)).containsExactly("commit", "author", "time", "summary");
        assertThat(removal.get("summary").asText()).isEqualTo("Drop the vote clause");
        assertThat(removal.get("author").asText()).isEqualTo("Bob Drafter");
        assertThat(removal.get("commit").asText()).hasSize(40);
        assertThat(text.out()).contains("paragraph -  orphaned, open");
        assertThat(text.out()).contains("Removed by commit " + removal.get("commit").asText().substring(0, 7));
        assertThat(text.out()).contains("Bob Drafter): Drop the vote clause");
    }

    @Test
    void orphanRemovedOnlyInWorkingFilesSaysSo() throws IOException {
        addThread("membership", "2", "Online?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");

        Result text = run("comment", "list", "--charter", charter.toString());

        assertThat(text.out()).contains("No commit that removed this text was found.");
    }

    @Test
    void quoteStartsThreadOnPhrase() throws IOException {
        Result added = charta(ALICE, "comment", "add", "membership", "2", "--quote", "every amendment", "Even",
                "minor", "ones?");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("on \"every amendment\" in paragraph 2 of the section \"membership\"");
        JsonNode thread = listJson().get(0);
        assertThat(thread.get("quote").asText()).isEqualTo("every amendment");
        assertThat(thread.get("currentText").asText()).isEqualTo("every amendment");
        assertThat(thread.get("paragraph").asInt()).isEqualTo(2);
        assertThat(thread.get("state").asText()).isEqualTo("anchored");
        assertThat(thread.get("comments").get(0).get("text").asText()).isEqualTo("Even minor ones?");
    }

    @Test
    void quoteMatchesAcrossLineWrap() throws IOException {
        replaceIn(membershipFile(), "Members may vote on every amendment.", "Members may vote\non every amendment.");

        String id = addThread("membership", "2", "--quote", "vote on  every", "Why?");

        assertThat(firstCommentFile(id).get("anchor").get("quote").asText()).isEqualTo("vote\non every");
    }

    @Test
    void quoteNotInParagraphIsRejected() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "add", "membership", "1", "--quote", "every amendment", "Why?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("\"every amendment\" is not in paragraph 1 of the section \"membership\"");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void longQuoteIsShortenedInError() {
        String quote = "é".repeat(100_000);

        Result result = charta(ALICE, "comment", "add", "membership", "1", "--quote", quote, "Why?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"" + "é".repeat(79) + "…\" is not in paragraph 1");
        assertThat(result.err().length()).isLessThan(400);
    }

    @Test
    void listWarnsOfUnreadableThreadFolder() throws IOException {
        String broken = addThread("membership", "1", "Every person?");
        addThread("preamble", "1", "Which citizens?");
        try (Stream<Path> files = Files.list(charter.resolve(".charta/comments").resolve(broken))) {
            Files.writeString(files.findFirst().orElseThrow(), "{ not json");
        }

        Result result = charta(ALICE, "comment", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("One thread folder in .charta/comments could not be read");
    }

    @Test
    void listFollowsReadingOrder() throws IOException {
        String membership = addThread("membership", "1", "Every person?");
        String preamble = addThread("preamble", "1", "Which citizens?");

        assertThat(ids(listJson())).containsExactly(preamble, membership);
    }

    @Test
    void deletedSectionOrphansAreListed() throws Exception {
        String id = addThread("membership", "1", "Every person?");
        org.charta.core.charter.Charter.open(charter).deleteSection("membership");

        JsonNode listed = listJson("membership");

        assertThat(ids(listed)).containsExactly(id);
        assertThat(listed.get(0).get("state").asText()).isEqualTo("orphaned");
        assertThat(ids(listJson())).containsExactly(id);
    }

    @Test
    void ambiguousQuoteIsRejectedWithCount() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "add", "preamble", "1", "--quote", "the", "Which?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"the\" occurs 2 times in paragraph 1");
        assertThat(result.err()).contains("Quote more words", "--occurrence N");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void occurrenceChoosesLaterMatch() throws IOException {
        String id = addThread("preamble", "1", "--quote", "the", "--occurrence", "2", "Which", "world?");

        JsonNode anchor = firstCommentFile(id).get("anchor");
        String text = Files.readString(charter.resolve("sections/preamble.md"));

        assertThat(anchor.get("quote").asText()).isEqualTo("the");
        assertThat(anchor.get("start").asInt()).isEqualTo(text.indexOf("the world"));
        assertThat(anchor.get("prefix").asText()).endsWith("citizens of ");
    }

    @Test
    void occurrenceBeyondCountIsRejected() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "add", "preamble", "1", "--quote", "the", "--occurrence", "3",
                "Which?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("occurs only 2 times", "no occurrence 3", "from 1 to 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void occurrenceWithoutQuoteIsUsageError() {
        Result result = charta(ALICE, "comment", "add", "preamble", "1", "--occurrence", "2", "Which?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--occurrence applies only with --quote");
    }

    @Test
    void quoteWithAmendmentIsUsageError() {
        Result result = charta(ALICE, "comment", "add", "--amendment", "x-1234", "--quote", "the", "Which?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--quote applies only to a thread on a paragraph");
    }

    @Test
    void missingParagraphIsRejected() throws IOException {
        Map<String, String> before = snapshot(charter);

        Result result = charta(ALICE, "comment", "add", "membership", "9", "Why?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"membership\"", "9", "from 1 to 2");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void paragraphThatIsNoNumberIsUsageError() {
        Result result = charta(ALICE, "comment", "add", "membership", "two", "Why?");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("\"two\"");
    }

    @Test
    void mineListsThreadsStartedOrAnswered() throws IOException {
        String alices = addThreadAs(ALICE, "preamble", "1", "Which citizens?");
        String bobs = addThreadAs(BOB, "membership", "1", "Every person?");
        String answered = addThreadAs(ALICE, "membership", "2", "Online?");
        charta(BOB, "comment", "reply", answered, "Yes.");

        JsonNode mine = listJsonAs(BOB, "--mine");

        assertThat(ids(mine)).containsExactlyInAnyOrder(bobs, answered);
        assertThat(ids(mine)).doesNotContain(alices);
    }

    @Test
    void mentioningMeListsThreadsNamingMember() throws IOException {
        Result member = charta(ALICE, "member", "add", "Bob Drafter", "bob@example.org", "reviewer");
        assertThat(member.exitCode()).as(member.err()).isZero();
        String mentioning = addThread("preamble", "1", "@Bob", "Drafter,", "which", "citizens?");
        addThread("membership", "1", "Every person?");

        JsonNode threads = listJsonAs(BOB, "--mentioning-me");

        assertThat(ids(threads)).containsExactly(mentioning);
    }

    @Test
    void textChangedFilterListsEditedText() throws IOException {
        String changed = addThread("membership", "2", "Online?");
        addThread("membership", "1", "Every person?");
        replaceIn(membershipFile(), "Members may vote on every amendment.", "Members may vote on each amendment.");

        JsonNode threads = listJson("--text-changed");

        assertThat(ids(threads)).containsExactly(changed);
    }

    @Test
    void orphanedFilterCombinesWithState() throws IOException {
        String open = addThread("membership", "2", "Online?");
        String resolved = addThread("membership", "2", "--quote", "every amendment", "All?");
        addThread("membership", "1", "Every person?");
        charta(BOB, "comment", "resolve", resolved);
        replaceIn(membershipFile(), "Members may vote on every amendment.", "");

        assertThat(ids(listJson("--orphaned"))).containsExactly(open);
        assertThat(ids(listJson("--orphaned", "--resolved"))).containsExactly(resolved);
        assertThat(ids(listJson("--orphaned", "--all"))).containsExactlyInAnyOrder(open, resolved);
    }

    @Test
    void conflictingStateFiltersAreUsageError() {
        Result result = charta(ALICE, "comment", "list", "--open", "--resolved");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
