package org.charta.core.comment;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.comment.CommentStoreTest.AMINA;
import static org.charta.core.comment.CommentStoreTest.JORDI;
import static org.charta.core.comment.CommentStoreTest.MORNING;
import static org.charta.core.comment.CommentStoreTest.storeAt;
import static org.charta.core.comment.CommentTestFiles.files;
import static org.charta.core.comment.CommentTestFiles.newFile;
import static org.charta.core.comment.CommentTestFiles.threadFolder;

class ThreadAnchorEventsTest {

    private static final String BEFORE = "## Article 8\n\nThe council shall meet once a month.\n\n"
            + "Decisions need a majority.\n";
    private static final String REWRITTEN = "## Article 8\n\nA council of twelve members runs the movement.\n\n"
            + "Decisions need a majority.\n";
    private static final String OTHER_SECTION = "## Article 9\n\nThe assembly elects the council.\n\n"
            + "The council shall meet once a month.\n";

    @TempDir
    Path charter;

    private CommentThread started;
    private Anchor original;

    @BeforeEach
    void startThread() throws ChartaException {
        original = Anchors.forParagraph("article-08", BEFORE, 1);
        started = storeAt(charter, MORNING).startThread(original, "Is once enough?", AMINA);
    }

    @Test
    void reattachChangesReferenceQuote() throws ChartaException {
        Anchor replacement = Anchors.forParagraph("article-08", REWRITTEN, 1);

        storeAt(charter, MORNING.plusSeconds(60)).reattach(started.id(), replacement, JORDI);
        CommentThread thread = read();

        assertThat(thread.anchor()).isEqualTo(replacement);
        assertThat(thread.trackedAnchor()).isEqualTo(replacement);
        assertThat(thread.first().anchor()).isEqualTo(original);
        assertThat(thread.comments()).hasSize(1);
        assertThat(thread.updated()).isEqualTo(MORNING.plusSeconds(60));
    }

    @Test
    void reattachFileHasKindAndAnchor() throws Exception {
        List<Path> before = files(threadFolder(charter, started.id()));
        Anchor phrase = Anchors.forRange("article-08", REWRITTEN, 16, 34);

        storeAt(charter, MORNING.plusSeconds(60)).reattach(started.id(), phrase, JORDI);
        JsonNode node = json(newFile(threadFolder(charter, started.id()), before));

        assertThat(node.get("kind").asText()).isEqualTo("reattach");
        assertThat(node.get("anchor").get("quote").asText()).isEqualTo(phrase.quote());
        assertThat(node.get("text").asText()).isEmpty();
        assertThat(node.has("target")).isFalse();
    }

    @Test
    void reattachToAmendmentIsRejected() {
        CommentStore store = storeAt(charter, MORNING.plusSeconds(60));

        assertThatThrownBy(() -> store.reattach(started.id(), Anchor.forAmendment("x-1"), JORDI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moveChangesTrackedAnchorOnly() throws ChartaException {
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);

        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove(started.id(), moved)), JORDI);
        CommentThread thread = read();

        assertThat(thread.anchor()).isEqualTo(original);
        assertThat(thread.trackedAnchor()).isEqualTo(moved);
        assertThat(thread.sectionId()).isEqualTo("article-09");
    }

    @Test
    void moveFileHasKindAndAnchor() throws Exception {
        List<Path> before = files(threadFolder(charter, started.id()));
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);

        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove(started.id(), moved)), JORDI);
        JsonNode node = json(newFile(threadFolder(charter, started.id()), before));

        assertThat(node.get("kind").asText()).isEqualTo("move");
        assertThat(node.get("anchor").get("sectionId").asText()).isEqualTo("article-09");
        assertThat(node.get("anchor").get("paragraph").asInt()).isEqualTo(2);
    }

    @Test
    void reattachAfterMoveResetsBothAnchors() throws ChartaException {
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);
        Anchor replacement = Anchors.forParagraph("article-08", REWRITTEN, 1);
        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove(started.id(), moved)), JORDI);

        storeAt(charter, MORNING.plusSeconds(120)).reattach(started.id(), replacement, AMINA);
        CommentThread thread = read();

        assertThat(thread.anchor()).isEqualTo(replacement);
        assertThat(thread.trackedAnchor()).isEqualTo(replacement);
    }

    @Test
    void moveAfterReattachKeepsNewReference() throws ChartaException {
        Anchor replacement = Anchors.forParagraph("article-08", REWRITTEN, 1);
        Anchor moved = Anchors.forParagraph("article-09", "## Article 9\n\n" + replacement.quote() + "\n", 1);
        storeAt(charter, MORNING.plusSeconds(60)).reattach(started.id(), replacement, AMINA);

        storeAt(charter, MORNING.plusSeconds(120)).recordMoves(List.of(new ThreadMove(started.id(), moved)), JORDI);
        CommentThread thread = read();

        assertThat(thread.anchor()).isEqualTo(replacement);
        assertThat(thread.trackedAnchor()).isEqualTo(moved);
    }

    @Test
    void twoMovesInOneCallApplyInOrder() throws ChartaException {
        Anchor first = Anchors.forParagraph("article-09", OTHER_SECTION, 2);
        Anchor second = Anchors.forParagraph("article-10", "## Article 10\n\n" + original.quote() + "\n", 1);

        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove(started.id(), first),
                new ThreadMove(started.id(), second)), JORDI);

        assertThat(read().trackedAnchor()).isEqualTo(second);
    }

    @Test
    void moveOfUnknownThreadIsSkipped() throws Exception {
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);
        String log;

        try (LogCapture capture = new LogCapture(Level.INFO)) {
            storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove("ffff0000ffff0000", moved),
                    new ThreadMove(started.id(), moved)), JORDI);
            log = capture.text();
        }

        assertThat(read().trackedAnchor()).isEqualTo(moved);
        assertThat(charter.resolve(CommentStore.COMMENTS_FOLDER).resolve("ffff0000ffff0000")).doesNotExist();
        assertThat(log).contains("Skipped the move of thread ffff0000ffff0000");
        assertThat(log).contains("Recorded 1 thread moves of 2 requested");
    }

    @Test
    void recordingSameMoveTwiceWritesOnce() throws Exception {
        List<ThreadMove> moves = List.of(new ThreadMove(started.id(),
                Anchors.forParagraph("article-09", OTHER_SECTION, 2)));

        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(moves, JORDI);
        storeAt(charter, MORNING.plusSeconds(120)).recordMoves(moves, JORDI);

        assertThat(files(threadFolder(charter, started.id()))).hasSize(2);
    }

    @Test
    void moveEventWithoutAnchorIsIgnored() throws Exception {
        CommentTestFiles.write(charter, new Comment("20250301T100000000Z-0000beef", started.id(), JORDI.name(),
                JORDI.email(), MORNING.plusSeconds(60), Comment.Kind.MOVE, "", null));

        CommentThread thread = read();

        assertThat(thread.trackedAnchor()).isEqualTo(original);
        assertThat(thread.updated()).isEqualTo(MORNING);
    }

    @Test
    void treeReattachMakesReattachEvent() throws Exception {
        Anchor replacement = Anchors.forParagraph("article-08", REWRITTEN, 1);

        CommentTrees.NewFile file = CommentTrees.reattach(started, replacement, JORDI);

        assertThat(file.comment().kind()).isEqualTo(Comment.Kind.REATTACH);
        assertThat(file.comment().anchor()).isEqualTo(replacement);
        assertThat(file.comment().created()).isAfter(started.updated());
    }

    @Test
    void moveFileNamesFollowedEvent() throws Exception {
        List<Path> before = files(threadFolder(charter, started.id()));
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);

        storeAt(charter, MORNING.plusSeconds(60)).recordMoves(List.of(new ThreadMove(started.id(), moved)), JORDI);
        JsonNode node = json(newFile(threadFolder(charter, started.id()), before));

        assertThat(node.get("target").asText()).isEqualTo(started.first().id());
    }

    @Test
    void offlineMoveDoesNotUndoReattach(@TempDir Path aliceCharter) throws Exception {
        copyFolder(charter, aliceCharter);
        Path aliceThread = threadFolder(aliceCharter, started.id());
        List<Path> aliceBefore = files(aliceThread);
        Anchor replacement = Anchors.forParagraph("article-08", REWRITTEN, 1);
        Anchor moved = Anchors.forParagraph("article-09", OTHER_SECTION, 2);

        storeAt(charter, MORNING.plusSeconds(60)).reattach(started.id(), replacement, JORDI);
        storeAt(aliceCharter, MORNING.plusSeconds(120))
                .recordMoves(List.of(new ThreadMove(started.id(), moved)), AMINA);
        Path aliceMove = newFile(aliceThread, aliceBefore);
        Files.copy(aliceMove, threadFolder(charter, started.id()).resolve(aliceMove.getFileName().toString()));
        CommentThread thread = read();

        assertThat(thread.anchor()).isEqualTo(replacement);
        assertThat(thread.trackedAnchor()).isEqualTo(replacement);
        assertThat(thread.sectionId()).isEqualTo("article-08");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private CommentThread read() throws ChartaException {
        return new CommentStore(charter).thread(started.id()).orElseThrow();
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }
}
