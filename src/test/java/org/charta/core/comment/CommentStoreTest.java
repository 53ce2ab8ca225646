package org.charta.core.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CommentStoreTest {

    static final Identity AMINA = new Identity("Amina Diallo", "amina@example.org");
    static final Identity JORDI = new Identity("Jordi Puig", "jordi@example.org");
    static final Instant MORNING = Instant.parse("2025-03-01T09:30:00.250Z");
    static final String TEXT = "## Article 8\n\nThe council shall meet once a month.\n\nDecisions need a majority.\n";

    @TempDir
    Path charter;

    Anchor anchor;

    @BeforeEach
    void createAnchor() throws ChartaException {
        anchor = Anchors.forParagraph("article-08", TEXT, 1);
    }

    static CommentStore storeAt(Path folder, Instant time) {
        return new CommentStore(folder, Clock.fixed(time, ZoneOffset.UTC));
    }

    @Test
    void startedThreadIsReadBack() throws ChartaException {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "Should 'shall' be 'may'?", AMINA);

        List<CommentThread> threads = new CommentStore(charter).threads();

        assertThat(threads).containsExactly(started);
        assertThat(started.id()).matches("[0-9a-f]{16}");
        assertThat(started.first().text()).isEqualTo("Should 'shall' be 'may'?");
        assertThat(started.first().anchor()).isEqualTo(anchor);
        assertThat(started.first().created()).isEqualTo(MORNING);
        assertThat(started.resolved()).isFalse();
    }

    @Test
    void commentFileHasDocumentedFields() throws Exception {
        CommentThread thread = storeAt(charter, MORNING).startThread(anchor, "Should 'shall' be 'may'?", AMINA);
        Path file = onlyFile(charter.resolve(".charta/comments").resolve(thread.id()));
        String json = Files.readString(file, StandardCharsets.UTF_8);

        JsonNode node = new ObjectMapper().readTree(json);

        assertThat(file.getFileName().toString()).matches("20250301T093000250Z-[0-9a-f]{8}\\.json");
        assertThat(node.get("id").asText() + ".json").isEqualTo(file.getFileName().toString());
        assertThat(node.get("thread").asText()).isEqualTo(thread.id());
        assertThat(node.get("kind").asText()).isEqualTo("comment");
        assertThat(node.get("author").get("name").asText()).isEqualTo("Amina Diallo");
        assertThat(node.get("author").get("email").asText()).isEqualTo("amina@example.org");
        assertThat(node.get("created").asText()).isEqualTo("2025-03-01T09:30:00.250Z");
        assertThat(node.get("text").asText()).isEqualTo("Should 'shall' be 'may'?");
        assertThat(node.get("anchor").get("quote").asText()).isEqualTo("The council shall meet once a month.");
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void replyResolveReopenRoundTrip() throws ChartaException {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "Should 'shall' be 'may'?", AMINA);
        Comment reply = storeAt(charter, MORNING.plusSeconds(60)).reply(started.id(), "Yes, 'may'.", JORDI);
        storeAt(charter, MORNING.plusSeconds(120)).resolve(started.id(), JORDI);

        CommentThread resolved = new CommentStore(charter).thread(started.id()).orElseThrow();
        storeAt(charter, MORNING.plusSeconds(180)).reopen(started.id(), AMINA);
        CommentThread reopened = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(resolved.comments()).extracting(Comment::text).containsExactly("Should 'shall' be 'may'?",
                "Yes, 'may'.");
        assertThat(resolved.replies()).containsExactly(reply);
        assertThat(reply.anchor()).isNull();
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.updated()).isEqualTo(MORNING.plusSeconds(120));
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.comments()).hasSize(2);
        assertThat(reopened.updated()).isEqualTo(MORNING.plusSeconds(180));
    }

    @Test
    void resolvingTwiceWritesOneEvent() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        store.resolve(started.id(), AMINA);
        store.resolve(started.id(), JORDI);

        assertThat(fileCount(charter.resolve(".charta/comments").resolve(started.id()))).isEqualTo(2);
    }

    @Test
    void sameMillisecondRepliesKeepOrder() throws ChartaException {
        CommentStore store = storeAt(charter, MORNING);
        CommentThread started = store.startThread(anchor, "First.", AMINA);
        store.reply(started.id(), "Second.", JORDI);
        store.reply(started.id(), "Third.", AMINA);

        CommentThread thread = store.thread(started.id()).orElseThrow();

        assertThat(thread.comments()).extracting(Comment::text).containsExactly("First.", "Second.", "Third.");
        assertThat(thread.comments().get(2).created()).isEqualTo(MORNING);
        assertThat(CommentFiles.timeOf(thread.comments().get(2).id())).isEqualTo(MORNING.plusMillis(2));
    }

    @Test
    void clockAheadDoesNotDateLaterReplies() throws ChartaException {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        storeAt(charter, MORNING.plus(Duration.ofDays(30))).reply(started.id(), "From a clock ahead.", JORDI);

        storeAt(charter, MORNING.plusSeconds(60)).reply(started.id(), "Written now.", AMINA);
        CommentThread thread = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(thread.comments()).extracting(Comment::text)
                .containsExactly("First.", "From a clock ahead.", "Written now.");
        assertThat(thread.comments().get(2).created()).isEqualTo(MORNING.plusSeconds(60));
        assertThat(thread.comments().get(2).id()).isGreaterThan(thread.comments().get(1).id());
    }

    @Test
    void concurrentRepliesMergeInOrder(@TempDir Path otherCopy) throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "Should 'shall' be 'may'?", AMINA);
        copyFolder(charter, otherCopy);

        storeAt(charter, MORNING.plusSeconds(60)).reply(started.id(), "Reply written in Dakar.", AMINA);
        storeAt(otherCopy, MORNING.plusSeconds(120)).reply(started.id(), "Reply written in Barcelona.", JORDI);
        copyFolder(otherCopy, charter);

        CommentThread merged = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(merged.comments()).extracting(Comment::text).containsExactly("Should 'shall' be 'may'?",
                "Reply written in Dakar.", "Reply written in Barcelona.");
    }

    @Test
    void concurrentThreadsMergeWithoutConflict(@TempDir Path otherCopy) throws Exception {
        storeAt(charter, MORNING).startThread(anchor, "From Dakar.", AMINA);
        storeAt(otherCopy, MORNING).startThread(anchor, "From Barcelona.", JORDI);

        copyFolder(otherCopy, charter);

        assertThat(new CommentStore(charter).threads()).extracting(thread -> thread.first().text())
                .containsExactlyInAnyOrder("From Dakar.", "From Barcelona.");
    }

    @Test
    void malformedFileIsSkippedAndListed() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        Path folder = charter.resolve(".charta/comments").resolve(started.id());
        Path broken = folder.resolve("20250301T100000000Z-deadbeef.json");
        Files.writeString(broken, "{ \"kind\": \"comment\", \"text\": \"hand edited", StandardCharsets.UTF_8);
        storeAt(charter, MORNING.plusSeconds(7200)).reply(started.id(), "Later reply.", JORDI);

        CommentStore store = new CommentStore(charter);
        List<CommentThread> threads = store.threads();

        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).comments()).extracting(Comment::text).containsExactly("First.", "Later reply.");
        assertThat(store.unreadableFiles()).containsExactly(broken);
    }

    @Test
    void fileNameNotAnIdIsListed() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        Path folder = charter.resolve(".charta/comments").resolve(started.id());
        Path forged = folder.resolve("=HYPERLINK(x).json");
        Files.copy(firstFile(folder), forged);

        CommentStore store = new CommentStore(charter);
        List<CommentThread> threads = store.threads();

        assertThat(threads.get(0).comments()).extracting(Comment::id).containsExactly(started.first().id());
        assertThat(store.unreadableFiles()).containsExactly(forged);
    }

    @Test
    void fileWithoutRequiredFieldsIsSkipped() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        Path broken = charter.resolve(".charta/comments").resolve(started.id())
                .resolve("20250301T100000000Z-0badf00d.json");
        Files.writeString(broken, "{ \"kind\": \"vote\", \"text\": \"no author\" }", StandardCharsets.UTF_8);

        CommentStore store = new CommentStore(charter);

        assertThat(store.threads()).hasSize(1);
        assertThat(store.unreadableFiles()).containsExactly(broken);
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        Path file = onlyFile(charter.resolve(".charta/comments").resolve(started.id()));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replaceFirst("\\{", "{ \"reactions\": [\"+1\"],"), StandardCharsets.UTF_8);

        CommentStore store = new CommentStore(charter);

        assertThat(store.threads()).containsExactly(started);
        assertThat(store.unreadableFiles()).isEmpty();
    }

    @Test
    void threadWithUnreadableFirstCommentIsListed() throws Exception {
        CommentThread started = storeAt(charter, MORNING).startThread(anchor, "First.", AMINA);
        storeAt(charter, MORNING.plusSeconds(60)).reply(started.id(), "Reply.", JORDI);
        Path folder = charter.resolve(".charta/comments").resolve(started.id());
        Files.writeString(firstFile(folder), "not json", StandardCharsets.UTF_8);
        CommentThread other = storeAt(charter, MORNING).startThread(anchor, "Other thread.", JORDI);

        CommentStore store = new CommentStore(charter);

        assertThat(store.threads()).containsExactly(other);
        assertThat(store.unreadableFiles()).containsExactlyInAnyOrder(firstFile(folder), folder);
    }

    @Test
    void blankTextIsRejectedAndWritesNothing() {
        CommentStore store = storeAt(charter, MORNING);

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.startThread(anchor, " \n\t ", AMINA));

        assertThat(error.messageKey()).isEqualTo("error.comment.textEmpty");
        assertThat(charter.resolve(".charta")).doesNotExist();
    }

    @Test
    void blankReplyIsRejected() throws ChartaException {
        CommentStore store = storeAt(charter, MORNING);
        CommentThread started = store.startThread(anchor, "First.", AMINA);

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.reply(started.id(), "", JORDI));

        assertThat(error.messageKey()).isEqualTo("error.comment.textEmpty");
    }

    @Test
    void commentTextIsNormalised() throws ChartaException {
        CommentStore store = storeAt(charter, MORNING);

        CommentThread started = store.startThread(anchor, "  Line one\r\nde\u0301ja\u0300  \n", AMINA);

        assertThat(started.first().text()).isEqualTo("Line one\ndéjà");
    }

    @Test
    void replyToUnknownThreadNamesIt() {
        CommentStore store = storeAt(charter, MORNING);

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.reply("0000ffff", "Hello.", AMINA));

        assertThat(error.messageKey()).isEqualTo("error.comment.threadUnknown");
        assertThat(error.getMessage()).contains("0000ffff");
    }

    @Test
    void uniquePrefixFindsThread() throws ChartaException {
        CommentStore store = storeAt(charter, MORNING);
        CommentThread started = store.startThread(anchor, "First.", AMINA);

        assertThat(store.thread(started.id().substring(0, 4))).contains(started);
        assertThat(store.thread(started.id().substring(0, 3))).isEmpty();
        assertThat(store.thread(started.id().toUpperCase())).contains(started);
    }

    @Test
    void ambiguousPrefixIsRejected() throws Exception {
        CommentStore store = storeAt(charter, MORNING);
        CommentThread started = store.startThread(anchor, "First.", AMINA);
        Path comments = charter.resolve(".charta/comments");
        copyFolder(comments.resolve(started.id()), comments.resolve("abcd0001"));
        copyFolder(comments.resolve(started.id()), comments.resolve("abcd0002"));

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> store.thread("abcd"));

        assertThat(error.messageKey()).isEqualTo("error.comment.threadAmbiguous");
        assertThat(store.thread("abcd0002")).isPresent();
    }

    @Test
    void threadsAreSortedBySectionThenPosition() throws ChartaException {
        CommentStore store = storeAt(charter, MORNING);
        CommentThread second = store.startThread(Anchors.forParagraph("article-08", TEXT, 2), "Second.", AMINA);
        CommentThread first = store.startThread(Anchors.forParagraph("article-08", TEXT, 1), "First.", AMINA);
        CommentThread earlierSection = store.startThread(Anchors.forParagraph("article-02", TEXT, 2), "A.", AMINA);

        assertThat(store.threads()).containsExactly(earlierSection, first, second);
        assertThat(store.threads("article-08")).containsExactly(first, second);
    }

    @Test
    void noCommentsFolderMeansNoThreads() throws ChartaException {
        assertThat(new CommentStore(charter).threads()).isEmpty();
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.toList();
            assertThat(list).hasSize(1);
            return list.get(0);
        }
    }

    private static Path firstFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Copies every file of one folder tree into another, as a Git merge of comment files would add them. */
    private static void copyFolder(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
