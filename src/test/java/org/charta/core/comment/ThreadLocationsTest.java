package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadLocationsTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final String P1 = "Every member may speak at the assembly.";
    private static final String P2 = "The council shall meet once a month.";
    private static final String P3 = "Decisions need a simple majority of the members present.";

    /** The thread ids that each call of the locator received, in call order. */
    private final List<List<String>> calls = new ArrayList<>();
    private final ThreadLocations locations = new ThreadLocations(this::countingLocate);
    private final Map<String, String> texts = new HashMap<>();

    private List<LocatedThread> countingLocate(String sectionId, Optional<String> text, List<CommentThread> threads) {
        calls.add(threads.stream().map(CommentThread::id).toList());
        return ThreadLocations.locateSection(sectionId, text, threads);
    }

    private static String section(String title, String... paragraphs) {
        return "## " + title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private static CommentThread thread(String id, Anchor anchor) {
        Comment first = new Comment(id + "-1", id, "Ana", "ana@example.org", CREATED, Comment.Kind.COMMENT,
                "Why?", anchor);
        return new CommentThread(id, anchor.sectionId(), anchor, List.of(first), false, CREATED);
    }

    private static CommentThread withReply(CommentThread thread) {
        Comment reply = new Comment(thread.id() + "-2", thread.id(), "Bo", "bo@example.org", CREATED.plusSeconds(60),
                Comment.Kind.COMMENT, "Because.", null);
        List<Comment> comments = new ArrayList<>(thread.comments());
        comments.add(reply);
        return new CommentThread(thread.id(), thread.sectionId(), thread.anchor(), comments, false,
                reply.created(), thread.trackedAnchor(), thread.history());
    }

    private List<LocatedThread> update(List<CommentThread> threads) {
        return locations.update(threads, id -> Optional.ofNullable(texts.get(id)));
    }

    private List<CommentThread> threadsOnTwoSections() throws ChartaException {
        texts.put("a", section("A", P1, P2, P3));
        texts.put("b", section("B", P3, P2));
        return List.of(
                thread("a1", Anchors.forParagraph("a", texts.get("a"), 1)),
                thread("b1", Anchors.forParagraph("b", texts.get("b"), 1)),
                thread("a2", Anchors.forParagraph("a", texts.get("a"), 3)),
                thread("b2", Anchors.forParagraph("b", texts.get("b"), 2)));
    }

    @Test
    void firstUpdateLocatesEveryThread() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();

        List<LocatedThread> located = update(threads);

        assertThat(calls).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
        assertThat(located).extracting(LocatedThread::id).containsExactly("a1", "b1", "a2", "b2");
        assertThat(located).extracting(LocatedThread::state).containsOnly(AnchorState.ANCHORED);
    }

    @Test
    void unchangedTextsLocateNothingAgain() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        List<LocatedThread> first = update(threads);
        calls.clear();

        List<LocatedThread> second = update(threads);

        assertThat(calls).isEmpty();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void editedSectionAloneIsLocatedAgain() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        update(threads);
        calls.clear();
        texts.put("b", section("B", "A new first paragraph.", P3, P2));

        List<LocatedThread> located = update(threads);

        assertThat(calls).containsExactly(List.of("b1", "b2"));
        assertThat(located.get(1).location().paragraph()).isEqualTo(2);
    }

    @Test
    void equalTextInNewStringReusesResults() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        update(threads);
        calls.clear();
        texts.put("a", new String(texts.get("a").toCharArray()));

        update(threads);

        assertThat(calls).isEmpty();
    }

    @Test
    void replyRelocatesOnlyItsThread() throws ChartaException {
        List<CommentThread> threads = new ArrayList<>(threadsOnTwoSections());
        update(threads);
        calls.clear();
        threads.set(2, withReply(threads.get(2)));

        List<LocatedThread> located = update(threads);

        assertThat(calls).containsExactly(List.of("a2"));
        assertThat(located.get(2).thread().comments()).hasSize(2);
    }

    @Test
    void newThreadIsLocatedAlone() throws ChartaException {
        List<CommentThread> threads = new ArrayList<>(threadsOnTwoSections());
        update(threads);
        calls.clear();
        threads.add(thread("a3", Anchors.forRange("a", texts.get("a"), texts.get("a").indexOf("council"),
                texts.get("a").indexOf("council") + "council".length())));

        List<LocatedThread> located = update(threads);

        assertThat(calls).containsExactly(List.of("a3"));
        assertThat(located.get(4).currentText()).isEqualTo("council");
    }

    @Test
    void movedThreadIsLocatedInNewSection() throws ChartaException {
        List<CommentThread> threads = new ArrayList<>(threadsOnTwoSections());
        update(threads);
        calls.clear();
        CommentThread a1 = threads.get(0);
        texts.put("b", section("B", P3, P2, P1));
        Anchor moved = Anchors.forParagraph("b", texts.get("b"), 3);
        threads.set(0, new CommentThread("a1", "b", a1.anchor(), a1.comments(), false, CREATED, moved, Map.of()));

        List<LocatedThread> located = update(threads);

        assertThat(calls).containsExactly(List.of("a1", "b1", "b2"));
        assertThat(located.get(0).location().paragraph()).isEqualTo(3);
        assertThat(located.get(0).state()).isEqualTo(AnchorState.ANCHORED);
    }

    @Test
    void deletedSectionOrphansItsThreads() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        update(threads);
        texts.remove("b");

        List<LocatedThread> located = update(threads);

        assertThat(located).filteredOn(thread -> thread.sectionId().equals("b"))
                .extracting(LocatedThread::state).containsOnly(AnchorState.ORPHANED);
    }

    @Test
    void resultsEqualFullLocation() throws ChartaException {
        List<CommentThread> threads = new ArrayList<>(threadsOnTwoSections());
        update(threads);
        texts.put("a", section("A", P1, P2.replace("once", "twice"), P3));
        threads.set(1, withReply(threads.get(1)));

        List<LocatedThread> cached = update(threads);
        List<LocatedThread> full = new ThreadLocations().update(threads, id -> Optional.ofNullable(texts.get(id)));

        assertThat(cached).isEqualTo(full);
    }

    @Test
    void clearLocatesEverythingAgain() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        update(threads);
        calls.clear();
        locations.clear();

        update(threads);

        assertThat(calls).hasSize(2);
    }

    @Test
    void duplicateThreadIdIsRejected() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        List<CommentThread> twice = List.of(threads.get(0), threads.get(0));

        assertThatThrownBy(() -> update(twice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locatorDroppingThreadFailsCheck() throws ChartaException {
        List<CommentThread> threads = threadsOnTwoSections();
        ThreadLocations dropping = new ThreadLocations((sectionId, text, sectionThreads) ->
                ThreadLocations.locateSection(sectionId, text, sectionThreads.subList(1, sectionThreads.size())));

        assertThatThrownBy(() -> dropping.update(threads, id -> Optional.ofNullable(texts.get(id))))
                .isInstanceOf(IllegalStateException.class);
    }
}
