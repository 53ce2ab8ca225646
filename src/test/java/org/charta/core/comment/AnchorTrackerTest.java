package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.comment.AnchorResolverTest.P1;
import static org.charta.core.comment.AnchorResolverTest.P2;
import static org.charta.core.comment.AnchorResolverTest.P3;
import static org.charta.core.comment.AnchorResolverTest.P4;
import static org.charta.core.comment.AnchorResolverTest.article;

class AnchorTrackerTest {

    private static final String ARTICLE = "article-08";
    private static final String OTHER = "article-09";
    private static final String OTHER_TEXT = "## Article 9\n\nThe secretary keeps the minutes of every meeting.\n";

    @Test
    void unchangedSectionMovesNothing() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 3));

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(text, OTHER_TEXT.replace("minutes", "records")));

        assertThat(moves).isEmpty();
    }

    @Test
    void insertAboveMovesNothing() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 3));
        String amended = article("Members elect the council for two years.", P1.replace("speak", "talk"), P2, P3,
                P4);

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(amended, OTHER_TEXT));

        assertThat(moves).isEmpty();
    }

    @Test
    void paragraphMovedToOtherSectionTakesThread() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 3));
        String otherAfter = OTHER_TEXT + "\n" + P3 + "\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P1, P2, P4), otherAfter));

        assertThat(moves).hasSize(1);
        Anchor anchor = moves.get(0).anchor();
        assertThat(moves.get(0).threadId()).isEqualTo("aaaa0001");
        assertThat(anchor.sectionId()).isEqualTo(OTHER);
        assertThat(anchor.quote()).isEqualTo(P3);
        assertThat(anchor.paragraph()).isEqualTo(2);
        assertThat(otherAfter.substring(anchor.start(), anchor.end())).isEqualTo(P3);
    }

    @Test
    void phraseFollowsToItsOccurrenceThere() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        int start = text.indexOf("ten members");
        CommentThread thread = AnchorResolverTest.thread("aaaa0001",
                Anchors.forRange(ARTICLE, text, start, start + "ten members".length()));
        String otherAfter = OTHER_TEXT + "\n" + P3 + "\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P1, P2, P4), otherAfter));

        assertThat(moves).hasSize(1);
        Anchor anchor = moves.get(0).anchor();
        assertThat(anchor.sectionId()).isEqualTo(OTHER);
        assertThat(anchor.quote()).isEqualTo("ten members");
        assertThat(anchor.start()).isEqualTo(otherAfter.indexOf("ten members"));
    }

    @Test
    void movedAndEditedParagraphTakesWholeParagraph() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        int start = text.indexOf("any ten members");
        CommentThread thread = AnchorResolverTest.thread("aaaa0001",
                Anchors.forRange(ARTICLE, text, start, start + "any ten members".length()));
        String edited = P3.replace("any ten members", "any eleven members");
        String otherAfter = OTHER_TEXT + "\n" + edited + "\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P1, P2, P4), otherAfter));

        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).anchor().sectionId()).isEqualTo(OTHER);
        assertThat(moves.get(0).anchor().quote()).isEqualTo(edited);
    }

    @Test
    void reorderedParagraphsKeepTheirThreads() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        List<CommentThread> threads = List.of(
                AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 1)),
                AnchorResolverTest.thread("aaaa0002", Anchors.forParagraph(ARTICLE, text, 2)),
                AnchorResolverTest.thread("aaaa0003", Anchors.forParagraph(ARTICLE, text, 3)));
        String reordered = article(P3, P1, P4, P2);

        List<ThreadMove> moves = AnchorTracker.follow(threads, texts(text, OTHER_TEXT),
                texts(reordered, OTHER_TEXT));

        Map<String, String> quoteByThread = new LinkedHashMap<>();
        for (ThreadMove move : moves) {
            assertThat(move.anchor().sectionId()).isEqualTo(ARTICLE);
            quoteByThread.put(move.threadId(), reordered.substring(move.anchor().start(), move.anchor().end()));
        }
        for (CommentThread thread : threads) {
            Anchor tracked = moves.stream().filter(move -> move.threadId().equals(thread.id()))
                    .map(ThreadMove::anchor).findFirst().orElse(thread.anchor());
            AnchorLocation location = AnchorResolver.locate(tracked, reordered);
            assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
            assertThat(reordered.substring(location.start(), location.end())).isEqualTo(thread.anchor().quote());
        }
        assertThat(quoteByThread.values()).allSatisfy(quote -> assertThat(List.of(P1, P2, P3)).contains(quote));
    }

    @Test
    void deletedParagraphNeverMovesToLookAlike() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 3));
        String lookAlike = P3.replace("ten members", "ten delegates").replace("call", "convene");
        String otherAfter = OTHER_TEXT + "\n" + lookAlike + "\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P1, P2, P4), otherAfter));

        assertThat(moves).isEmpty();
        assertThat(AnchorResolver.locate(thread.anchor(), article(P1, P2, P4)).state())
                .isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void orphanedThreadIsLeftAlone() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        Anchor lost = new Anchor(ARTICLE, "A clause that no version of the article has.", "", "", 5, 1);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", lost);

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P4, P3, P2, P1), OTHER_TEXT));

        assertThat(moves).isEmpty();
    }

    @Test
    void threadAnchoredOnNewTextStays() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        String reordered = article(P2, P1, P3, P4);
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, reordered, 1));

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(reordered, OTHER_TEXT));

        assertThat(moves).isEmpty();
    }

    @Test
    void trackedAnchorIsFollowedNotReference() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        Anchor reference = new Anchor(OTHER, P3, "", "", 0, 1);
        Anchor tracked = Anchors.forParagraph(ARTICLE, text, 3);
        CommentThread thread = new CommentThread("aaaa0001", ARTICLE, reference,
                AnchorResolverTest.thread("aaaa0001", reference).comments(), false, Instant.EPOCH, tracked, null);
        String otherAfter = OTHER_TEXT + "\n" + P3 + "\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(text, OTHER_TEXT),
                texts(article(P1, P2, P4), otherAfter));

        assertThat(moves).extracting(move -> move.anchor().sectionId()).containsExactly(OTHER);
    }

    @Test
    void amendmentThreadIsLeftAlone() {
        CommentThread thread = AnchorResolverTest.thread("aaaa0001", Anchor.forAmendment("adults-k3f9"));

        List<ThreadMove> moves = AnchorTracker.follow(List.of(thread), texts(article(P1, P2), OTHER_TEXT),
                texts(article(P2, P1), OTHER_TEXT));

        assertThat(moves).isEmpty();
    }

    /** The tracker uses the diff's paragraph numbers as anchor numbers: they must count the same blocks. */
    @Test
    void diffNumbersMatchAnchorNumbers() {
        String text = """
                ## Article 8

                Members meet once a year.

                - every member votes
                - every member may speak

                <div dir="rtl">
                نص عربي
                </div>

                | Role | Term |
                |------|------|
                | Chair | two years |

                > A quoted clause.

                ### Duties

                    indented code

                1. first duty
                2. second duty
                ---
                Last words.
                """;
        String changed = text.replace("Members meet once a year.", "Members meet twice a year.");

        SectionComparison section = Comparisons.between(Map.of(ARTICLE, text), Map.of(ARTICLE, changed))
                .sections().get(0);

        List<Block> oldBlocks = MarkdownBlocks.paragraphs(text);
        List<Block> newBlocks = MarkdownBlocks.paragraphs(changed);
        assertThat(section.paragraphs().stream().filter(row -> !row.heading()).count())
                .isEqualTo(oldBlocks.size());
        for (ParagraphChange row : section.paragraphs()) {
            if (row.heading()) {
                continue;
            }
            assertThat(row.oldText()).endsWith(oldBlocks.get(row.oldNumber() - 1).text());
            assertThat(row.newText()).endsWith(newBlocks.get(row.newNumber() - 1).text());
        }
    }

    @Test
    void listAndHtmlBlocksFollow() throws ChartaException {
        String html = "<div dir=\"rtl\">\nنص عربي\n</div>";
        String text = "## Article 8\n\n- every member votes\n- every member may speak\n\n" + html + "\n\n" + P4 + "\n";
        CommentThread onItem = AnchorResolverTest.thread("aaaa0001", Anchors.forParagraph(ARTICLE, text, 2));
        CommentThread onHtml = AnchorResolverTest.thread("aaaa0002", Anchors.forParagraph(ARTICLE, text, 3));
        String otherAfter = OTHER_TEXT + "\n" + html + "\n\n- every member may speak\n";

        List<ThreadMove> moves = AnchorTracker.follow(List.of(onItem, onHtml), texts(text, OTHER_TEXT),
                texts("## Article 8\n\n- every member votes\n\n" + P4 + "\n", otherAfter));

        assertThat(moves).hasSize(2);
        for (ThreadMove move : moves) {
            CommentThread thread = move.threadId().equals("aaaa0001") ? onItem : onHtml;
            AnchorLocation location = AnchorResolver.locate(move.anchor(), otherAfter);
            assertThat(move.anchor().sectionId()).isEqualTo(OTHER);
            assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
            assertThat(otherAfter.substring(location.start(), location.end())).isEqualTo(thread.anchor().quote());
        }
    }

    private static Map<String, String> texts(String article, String other) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(ARTICLE, article);
        texts.put(OTHER, other);
        return texts;
    }
}
