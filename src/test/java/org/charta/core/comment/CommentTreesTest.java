package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTreesTest {

    private static final Identity ALICE = new Identity("Alice", "alice@example.org");
    private static final Identity BOB = new Identity("Bob", "bob@example.org");

    @Test
    void newThreadReadsBackWithStance() throws ChartaException {
        CommentTrees.NewFile first = CommentTrees.startThread(Anchor.forAmendment("meet-twice-k3f9"), "Yes.",
                ALICE, Stance.FOR, Set.of());
        CommentThread started = CommentTrees.read(files(first)).get(0);
        CommentTrees.NewFile reply = CommentTrees.reply(started, "No.", BOB, Stance.AGAINST);

        List<CommentThread> threads = CommentTrees.read(files(first, reply));

        assertThat(first.path()).startsWith(".charta/comments/" + first.comment().threadId() + "/").endsWith(".json");
        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.anchor().isAmendment()).isTrue();
            assertThat(thread.anchor().amendment()).isEqualTo("meet-twice-k3f9");
            assertThat(thread.comments()).extracting(Comment::stance).containsExactly(Stance.FOR, Stance.AGAINST);
            assertThat(thread.comments()).extracting(Comment::authorEmail)
                    .containsExactly(ALICE.email(), BOB.email());
        });
    }

    @Test
    void amendmentAnchorIsWrittenAlone() throws ChartaException {
        CommentTrees.NewFile file = CommentTrees.startThread(Anchor.forAmendment("x-1"), "Why?", ALICE,
                Stance.NONE, Set.of());

        String json = new String(file.bytes(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"anchor\" : {\n    \"amendment\" : \"x-1\"\n  }");
        assertThat(json).doesNotContain("stance", "sectionId");
    }

    @Test
    void fileWithoutStanceReadsAsNone() {
        String json = """
                {"kind": "comment", "author": {"name": "Alice", "email": "alice@example.org"},
                 "created": "2026-12-01T10:00:00Z", "text": "Hello",
                 "anchor": {"sectionId": "preamble", "quote": "We meet."}}
                """;

        List<CommentThread> threads = CommentTrees.read(Map.of("0123456789abcdef/20261201T100000000Z-00000001.json",
                json.getBytes(StandardCharsets.UTF_8)));

        assertThat(threads).singleElement()
                .satisfies(thread -> assertThat(thread.first().stance()).isEqualTo(Stance.NONE));
    }

    @Test
    void emptyTextIsRejected() {
        assertThatThrownBy(() -> CommentTrees.startThread(Anchor.forAmendment("x-1"), " ", ALICE, Stance.FOR,
                Set.of())).isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.comment.textEmpty"));
    }

    private static Map<String, byte[]> files(CommentTrees.NewFile... files) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (CommentTrees.NewFile file : files) {
            map.put(file.path().substring(CommentStore.COMMENTS_FOLDER.length() + 1), file.bytes());
        }
        return map;
    }
}
