package org.charta.core.comment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.charta.core.comment.CommentStoreTest.AMINA;
import static org.charta.core.comment.CommentStoreTest.JORDI;
import static org.charta.core.comment.CommentStoreTest.MORNING;
import static org.charta.core.comment.CommentStoreTest.TEXT;
import static org.charta.core.comment.CommentStoreTest.storeAt;
import static org.charta.core.comment.CommentTestFiles.copyFolder;
import static org.charta.core.comment.CommentTestFiles.files;
import static org.charta.core.comment.CommentTestFiles.threadFolder;

class CommentEditTest {

    private static final String QUESTION = "Should 'shall' be 'may'?";

    @TempDir
    Path charter;

    private CommentThread started;

    @BeforeEach
    void startThread() throws ChartaException {
        started = storeAt(charter, MORNING).startThread(Anchors.forParagraph("article-08", TEXT, 1), QUESTION,
                AMINA);
    }

    @Test
    void editKeepsEarlierWordingInHistory() throws Exception {
        storeAt(charter, MORNING.plusSeconds(60)).edit(started.id(), started.first().id(),
                "Should 'shall' become 'may'?", AMINA);

        CommentThread thread = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(thread.first().text()).isEqualTo("Should 'shall' become 'may'?");
        assertThat(thread.first().id()).isEqualTo(started.first().id());
        assertThat(thread.first().created()).isEqualTo(MORNING);
        assertThat(thread.edited(started.first().id())).isTrue();
        assertThat(thread.wordings(started.first().id())).extracting(Comment::text)
                .containsExactly(QUESTION, "Should 'shall' become 'may'?");
        assertThat(thread.updated()).isEqualTo(MORNING.plusSeconds(60));
        assertThat(files(threadFolder(charter, started.id()))).hasSize(2);
    }

    @Test
    void editFileNamesItsTarget() throws Exception {
        Comment edit = storeAt(charter, MORNING.plusSeconds(60)).edit(started.id(), started.first().id(),
                "Should 'shall' become 'may'?", AMINA);
        Path file = threadFolder(charter, started.id()).resolve(edit.id() + ".json");

        JsonNode node = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(node.get("kind").asText()).isEqualTo("edit");
        assertThat(node.get("target").asText()).isEqualTo(started.first().id());
        assertThat(node.get("text").asText()).isEqualTo("Should 'shall' become 'may'?");
        assertThat(node.has("anchor")).isFalse();
    }

    @Test
    void editAcceptsAuthorEmailInOtherCase() throws ChartaException {
        Identity sameAuthor = new Identity("Amina D.", "AMINA@Example.org");

        storeAt(charter, MORNING.plusSeconds(60)).edit(started.id(), started.first().id(), "Reworded.", sameAuthor);

        assertThat(new CommentStore(charter).thread(started.id()).orElseThrow().first().text())
                .isEqualTo("Reworded.");
    }

    @Test
    void editBySomeoneElseIsRejected() throws Exception {
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), started.first().id(), "Jordi's wording.", JORDI));

        assertThat(error.messageKey()).isEqualTo("error.comment.notAuthor");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("Amina Diallo <amina@example.org>");
        assertThat(files(threadFolder(charter, started.id()))).hasSize(1);
    }

    @Test
    void unchangedWordingIsRejected() throws Exception {
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), started.first().id(), "  " + QUESTION + "\r\n", AMINA));

        assertThat(error.messageKey()).isEqualTo("error.comment.unchanged");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains(started.first().id());
        assertThat(files(threadFolder(charter, started.id()))).hasSize(1);
    }

    @Test
    void blankEditIsRejected() throws Exception {
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), started.first().id(), " ", AMINA));

        assertThat(error.messageKey()).isEqualTo("error.comment.textEmpty");
        assertThat(files(threadFolder(charter, started.id()))).hasSize(1);
    }

    @Test
    void editFindsCommentByUniquePrefix() throws ChartaException {
        Comment reply = storeAt(charter, MORNING.plusSeconds(3600)).reply(started.id(), "Yes, 'may'.", JORDI);
        String prefix = reply.id().substring(0, 11).toLowerCase(Locale.ROOT);

        storeAt(charter, MORNING.plusSeconds(7200)).edit(started.id(), prefix, "Yes, 'may', please.", JORDI);

        CommentThread thread = new CommentStore(charter).thread(started.id()).orElseThrow();
        assertThat(thread.comments()).extracting(Comment::text).containsExactly(QUESTION, "Yes, 'may', please.");
        assertThat(thread.edited(reply.id())).isTrue();
        assertThat(thread.edited(started.first().id())).isFalse();
    }

    @Test
    void ambiguousCommentPrefixIsRejected() throws ChartaException {
        storeAt(charter, MORNING.plusSeconds(3600)).reply(started.id(), "Yes.", AMINA);
        CommentStore store = storeAt(charter, MORNING.plusSeconds(7200));

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), "2025", "Reworded.", AMINA));

        assertThat(error.messageKey()).isEqualTo("error.comment.commentAmbiguous");
    }

    @Test
    void unknownOrShortCommentIdIsRejected() {
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        ChartaException unknown = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), "1999", "Reworded.", AMINA));
        ChartaException tooShort = catchThrowableOfType(ChartaException.class,
                () -> store.edit(started.id(), "202", "Reworded.", AMINA));

        assertThat(unknown.messageKey()).isEqualTo("error.comment.commentUnknown");
        assertThat(unknown.localizedMessage(Locale.ENGLISH)).contains("1999", started.id());
        assertThat(tooShort.messageKey()).isEqualTo("error.comment.commentUnknown");
    }

    @Test
    void twoOfflineEditsBothStayInHistory(@TempDir Path laptop) throws Exception {
        copyFolder(charter, laptop);
        storeAt(charter, MORNING.plusSeconds(60)).edit(started.id(), started.first().id(), "Wording from Dakar.",
                AMINA);
        storeAt(laptop, MORNING.plusSeconds(120)).edit(started.id(), started.first().id(), "Wording from Lyon.",
                AMINA);

        copyFolder(laptop, charter);
        CommentThread merged = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(merged.wordings(started.first().id())).extracting(Comment::text)
                .containsExactly(QUESTION, "Wording from Dakar.", "Wording from Lyon.");
        assertThat(merged.first().text()).isEqualTo("Wording from Lyon.");
        assertThat(files(threadFolder(charter, started.id()))).hasSize(3);
    }

    @Test
    void forgedEditIsIgnoredWithWarning() throws Exception {
        Comment forged = new Comment("20250301T100000000Z-0badc0de", started.id(), JORDI.name(), JORDI.email(),
                MORNING.plusSeconds(1800), Comment.Kind.EDIT, "Amina now agrees with Jordi.", null, Stance.NONE,
                started.first().id());
        CommentTestFiles.write(charter, forged);

        CommentThread thread;
        List<ILoggingEvent> warnings;
        try (LogCapture log = new LogCapture(Level.WARN)) {
            thread = new CommentStore(charter).thread(started.id()).orElseThrow();
            warnings = List.copyOf(log.events());
        }

        assertThat(thread.first().text()).isEqualTo(QUESTION);
        assertThat(thread.history()).isEmpty();
        assertThat(thread.updated()).isEqualTo(MORNING);
        assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains(forged.id(), "another e-mail address"));
    }

    @Test
    void editOfUnknownCommentIsIgnored() throws Exception {
        Comment stray = new Comment("20250301T100000000Z-5ca1ab1e", started.id(), AMINA.name(), AMINA.email(),
                MORNING.plusSeconds(1800), Comment.Kind.EDIT, "Lost wording.", null, Stance.NONE,
                "20240101T000000000Z-00000000");
        CommentTestFiles.write(charter, stray);

        CommentThread thread = new CommentStore(charter).thread(started.id()).orElseThrow();

        assertThat(thread.comments()).extracting(Comment::text).containsExactly(QUESTION);
        assertThat(thread.history()).isEmpty();
    }

    @Test
    void treeReadAgreesWithStore() throws Exception {
        Comment reply = storeAt(charter, MORNING.plusSeconds(60)).reply(started.id(), "Yes.", JORDI);
        storeAt(charter, MORNING.plusSeconds(120)).edit(started.id(), reply.id(), "Yes, 'may'.", JORDI);
        storeAt(charter, MORNING.plusSeconds(180)).recordMoves(List.of(new ThreadMove(started.id(),
                Anchors.forParagraph("article-09", TEXT, 1))), JORDI);

        List<CommentThread> fromTree = CommentTrees.read(CommentTestFiles.treeFiles(charter));

        assertThat(fromTree).isEqualTo(new CommentStore(charter).threads());
    }

    @Test
    void treeEditIsCheckedLikeStoreEdit() throws Exception {
        CommentThread thread = CommentTrees.read(CommentTestFiles.treeFiles(charter)).get(0);

        CommentTrees.NewFile edit = CommentTrees.edit(thread, thread.first().id(), "Reworded.", AMINA);
        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> CommentTrees.edit(thread, thread.first().id(), "Reworded.", JORDI));

        assertThat(edit.comment().kind()).isEqualTo(Comment.Kind.EDIT);
        assertThat(edit.comment().target()).isEqualTo(thread.first().id());
        assertThat(error.messageKey()).isEqualTo("error.comment.notAuthor");
    }

    @Test
    void olderFilesWithoutTargetStillRead() {
        String first = """
                {"id": "20250301T093000000Z-00000001", "thread": "0123456789abcdef", "kind": "comment",
                 "author": {"name": "Amina Diallo", "email": "amina@example.org"},
                 "created": "2025-03-01T09:30:00Z", "text": "Should it be 'may'?",
                 "anchor": {"sectionId": "article-08", "quote": "The council shall meet once a month.",
                            "prefix": "## Article 8\\n\\n", "suffix": "\\n\\nDecisions", "start": 14, "paragraph": 1}}
                """;
        String resolve = """
                {"kind": "resolve", "author": {"name": "Jordi Puig", "email": "jordi@example.org"},
                 "created": "2025-03-01T10:00:00Z", "text": ""}
                """;
        String reopen = """
                {"kind": "reopen", "author": {"name": "Amina Diallo", "email": "amina@example.org"},
                 "created": "2025-03-01T11:00:00Z"}
                """;

        List<CommentThread> threads = CommentTrees.read(Map.of(
                "0123456789abcdef/20250301T093000000Z-00000001.json", first.getBytes(StandardCharsets.UTF_8),
                "0123456789abcdef/20250301T100000000Z-00000002.json", resolve.getBytes(StandardCharsets.UTF_8),
                "0123456789abcdef/20250301T110000000Z-00000003.json", reopen.getBytes(StandardCharsets.UTF_8)));

        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.resolved()).isFalse();
            assertThat(thread.comments()).extracting(Comment::text).containsExactly("Should it be 'may'?");
            assertThat(thread.trackedAnchor()).isEqualTo(thread.anchor());
            assertThat(thread.sectionId()).isEqualTo("article-08");
            assertThat(thread.history()).isEmpty();
            assertThat(thread.updated()).isEqualTo(Instant.parse("2025-03-01T11:00:00Z"));
        });
    }
}
