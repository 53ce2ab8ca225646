package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.diff.DiffSegment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadLocatorTest {

    static final String MEET = "The council shall meet once a month.";
    static final String DECIDE = "Decisions need a majority.";
    static final String ARTICLE = "## Article 8\n\n" + MEET + "\n\n" + DECIDE + "\n";

    @Test
    void unchangedQuoteIsAnchored() throws ChartaException {
        CommentThread thread = thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1));

        LocatedThread located = ThreadLocator.locate(thread, ARTICLE);

        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.location().paragraph()).isEqualTo(1);
        assertThat(located.currentText()).isEqualTo(MEET);
        assertThat(located.quoteDiff()).isEmpty();
    }

    @Test
    void paragraphInsertedAboveStaysAnchored() throws ChartaException {
        CommentThread thread = thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1));
        String amended = "## Article 8\n\nMembers elect the council.\n\n" + MEET + "\n\n" + DECIDE + "\n";

        LocatedThread located = ThreadLocator.locate(thread, amended);

        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.location().paragraph()).isEqualTo(2);
        assertThat(located.currentText()).isEqualTo(MEET);
    }

    @Test
    void editedQuoteIsTextChangedWithDiff() throws ChartaException {
        CommentThread thread = thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1));
        String edited = ARTICLE.replace("once", "twice");

        LocatedThread located = ThreadLocator.locate(thread, edited);

        assertThat(located.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(located.location().paragraph()).isEqualTo(1);
        assertThat(located.currentText()).isEqualTo("The council shall meet twice a month.");
        assertThat(located.quoteDiff()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "once"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "twice"));
    }

    @Test
    void changedPhraseNarrowsToItsPlace() throws ChartaException {
        String preamble = "## Préambule\n\nNous, citoyens du monde, réunis à Genève, déclarons ceci.\n";
        int start = preamble.indexOf("réunis");
        CommentThread thread = thread("0000000000000001",
                Anchors.forRange("preamble", preamble, start, start + "réunis à Genève".length()));
        String edited = preamble.replace("Genève", "Paris");

        LocatedThread located = ThreadLocator.locate(thread, edited);

        assertThat(located.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(located.currentText()).isEqualTo("réunis à Paris");
        assertThat(edited.substring(located.location().start(), located.location().end()))
                .isEqualTo("réunis à Paris");
        assertThat(located.location().paragraph()).isEqualTo(1);
        assertThat(located.quoteDiff()).containsExactly(new DiffSegment(DiffSegment.Kind.EQUAL, "réunis à "),
                new DiffSegment(DiffSegment.Kind.DELETED, "Genève"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "Paris"));
    }

    @Test
    void changedPhraseWithoutContextKeepsParagraph() throws ChartaException {
        String preamble = "## Préambule\n\nNous, citoyens du monde, réunis à Genève, déclarons ceci.\n";
        int start = preamble.indexOf("réunis");
        CommentThread thread = thread("0000000000000001",
                Anchors.forRange("preamble", preamble, start, start + "réunis à Genève".length()));
        String edited = preamble.replace("Genève, déclarons ceci.", "Paris, nous déclarons ce texte.");

        LocatedThread located = ThreadLocator.locate(thread, edited);

        assertThat(located.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(located.currentText()).as("the suffix is gone, so the whole paragraph")
                .isEqualTo("Nous, citoyens du monde, réunis à Paris, nous déclarons ce texte.");
    }

    @Test
    void deletedQuoteIsOrphaned() throws ChartaException {
        CommentThread thread = thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1));

        LocatedThread located = ThreadLocator.locate(thread, "## Article 8\n\n" + DECIDE + "\n");

        assertThat(located.state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(located.orphaned()).isTrue();
        assertThat(located.location().paragraph()).isZero();
        assertThat(located.currentText()).isNull();
        assertThat(located.quoteDiff()).isEmpty();
    }

    @Test
    void movedThreadIsLocatedInNewSection() throws ChartaException {
        Anchor reference = Anchors.forParagraph("article-08", ARTICLE, 1);
        String otherSection = "## Article 9\n\nThe assembly elects the council.\n\n" + MEET + "\n";
        Anchor moved = Anchors.forParagraph("article-09", otherSection, 2);
        CommentThread thread = movedThread("0000000000000001", reference, moved);

        LocatedThread located = ThreadLocator.locate(thread, otherSection);

        assertThat(located.sectionId()).isEqualTo("article-09");
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.location().paragraph()).isEqualTo(2);
    }

    @Test
    void movedQuoteDifferentFromReferenceIsTextChanged() throws ChartaException {
        Anchor reference = Anchors.forParagraph("article-08", ARTICLE, 1);
        String otherSection = "## Article 9\n\nThe council shall meet twice a month.\n";
        Anchor moved = Anchors.forParagraph("article-09", otherSection, 1);
        CommentThread thread = movedThread("0000000000000001", reference, moved);

        LocatedThread located = ThreadLocator.locate(thread, otherSection);

        assertThat(located.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(located.currentText()).isEqualTo("The council shall meet twice a month.");
        assertThat(located.quoteDiff()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "once"));
    }

    @Test
    void locateAllAddsUpAcrossStates() throws ChartaException {
        String edited = ARTICLE.replace("once", "twice");
        List<CommentThread> threads = List.of(
                thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1)),
                thread("0000000000000002", Anchors.forParagraph("article-08", ARTICLE, 2)),
                thread("0000000000000003", Anchors.forRange("article-08", ARTICLE, 32, 49)),
                thread("0000000000000004", Anchors.forParagraph("gone", ARTICLE, 1)));
        Map<String, String> texts = Map.of("article-08", edited);

        List<LocatedThread> located = ThreadLocator.locateAll(threads, id -> Optional.ofNullable(texts.get(id)));

        assertThat(located).extracting(LocatedThread::id).containsExactly("0000000000000001", "0000000000000002",
                "0000000000000003", "0000000000000004");
        assertThat(located).extracting(LocatedThread::state).containsExactly(AnchorState.TEXT_CHANGED,
                AnchorState.ANCHORED, AnchorState.TEXT_CHANGED, AnchorState.ORPHANED);
        assertThat(count(located, AnchorState.ANCHORED) + count(located, AnchorState.TEXT_CHANGED)
                + count(located, AnchorState.ORPHANED)).isEqualTo(threads.size());
    }

    @Test
    void locateAllReadsEachSectionOnce() throws ChartaException {
        List<CommentThread> threads = List.of(
                thread("0000000000000001", Anchors.forParagraph("article-08", ARTICLE, 1)),
                thread("0000000000000002", Anchors.forParagraph("article-08", ARTICLE, 2)),
                thread("0000000000000003", Anchors.forParagraph("gone", ARTICLE, 1)),
                thread("0000000000000004", Anchors.forParagraph("gone", ARTICLE, 2)));
        List<String> reads = new ArrayList<>();
        Function<String, Optional<String>> texts = id -> {
            reads.add(id);
            return id.equals("article-08") ? Optional.of(ARTICLE) : Optional.empty();
        };

        List<LocatedThread> located = ThreadLocator.locateAll(threads, texts);

        assertThat(reads).containsExactly("article-08", "gone");
        assertThat(located).extracting(LocatedThread::state).containsExactly(AnchorState.ANCHORED,
                AnchorState.ANCHORED, AnchorState.ORPHANED, AnchorState.ORPHANED);
    }

    @Test
    void locateAllOfNoThreadsIsEmpty() {
        assertThat(ThreadLocator.locateAll(List.of(), id -> Optional.empty())).isEmpty();
    }

    private static long count(List<LocatedThread> located, AnchorState state) {
        return located.stream().filter(thread -> thread.state() == state).count();
    }

    static CommentThread thread(String id, Anchor anchor) {
        return AnchorResolverTest.thread(id, anchor);
    }

    static CommentThread movedThread(String id, Anchor reference, Anchor tracked) {
        CommentThread thread = thread(id, reference);
        Instant moved = thread.updated().plusSeconds(60);
        return new CommentThread(id, tracked.sectionId(), reference, thread.comments(), false, moved, tracked,
                Map.of());
    }
}
