package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.comment.MentionsTest.MEMBERS;

class ThreadFilterTest {

    private static final Identity ANA = new Identity("Ana", "ana@example.org");
    private static final Identity JORDI = new Identity("Jordi Puig", "jordi@example.org");
    private static final Identity AHMED = new Identity("أحمد", "ahmed@example.org");
    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");

    private Anchor anchor;
    private int sequence;

    @BeforeEach
    void createAnchor() throws ChartaException {
        anchor = Anchors.forParagraph("article-08", ThreadLocatorTest.ARTICLE, 1);
    }

    @Test
    void openPassesOnlyOpenThreads() {
        assertThat(ThreadFilter.OPEN.test(located(false, AnchorState.ANCHORED), ANA, MEMBERS)).isTrue();
        assertThat(ThreadFilter.OPEN.test(located(true, AnchorState.ANCHORED), ANA, MEMBERS)).isFalse();
    }

    @Test
    void resolvedPassesOnlyResolvedThreads() {
        assertThat(ThreadFilter.RESOLVED.test(located(true, AnchorState.ANCHORED), ANA, MEMBERS)).isTrue();
        assertThat(ThreadFilter.RESOLVED.test(located(false, AnchorState.ANCHORED), ANA, MEMBERS)).isFalse();
    }

    @Test
    void minePassesStartedThread() {
        LocatedThread thread = located(false, AnchorState.ANCHORED, comment(JORDI, "First."));

        assertThat(ThreadFilter.MINE.test(thread, JORDI, MEMBERS)).isTrue();
        assertThat(ThreadFilter.MINE.test(thread, ANA, MEMBERS)).isFalse();
    }

    @Test
    void minePassesThreadRepliedToIgnoringCase() {
        LocatedThread thread = located(false, AnchorState.ANCHORED, comment(JORDI, "First."),
                comment(new Identity("Ana", "Ana@Example.ORG"), "Reply."));

        assertThat(ThreadFilter.MINE.test(thread, ANA, MEMBERS)).isTrue();
    }

    @Test
    void mentioningMePassesMentionInReply() {
        LocatedThread thread = located(false, AnchorState.ANCHORED, comment(JORDI, "First."),
                comment(ANA, "What do you think, @أحمد؟"));

        assertThat(ThreadFilter.MENTIONING_ME.test(thread, AHMED, MEMBERS)).isTrue();
        assertThat(ThreadFilter.MENTIONING_ME.test(thread, JORDI, MEMBERS)).isFalse();
    }

    @Test
    void mentioningMeWithoutMembersPassesNothing() {
        LocatedThread thread = located(false, AnchorState.ANCHORED, comment(JORDI, "@Ana?"));

        assertThat(ThreadFilter.MENTIONING_ME.test(thread, ANA, null)).isFalse();
    }

    @Test
    void unknownPersonPassesNoPersonalFilter() {
        LocatedThread thread = located(false, AnchorState.ANCHORED, comment(JORDI, "@Ana?"));

        assertThat(ThreadFilter.MINE.test(thread, null, MEMBERS)).isFalse();
        assertThat(ThreadFilter.MENTIONING_ME.test(thread, null, MEMBERS)).isFalse();
        assertThat(ThreadFilter.OPEN.test(thread, null, MEMBERS)).isTrue();
    }

    @Test
    void textChangedPassesOnlyThatState() {
        assertThat(ThreadFilter.TEXT_CHANGED.test(located(false, AnchorState.TEXT_CHANGED), ANA, MEMBERS)).isTrue();
        assertThat(ThreadFilter.TEXT_CHANGED.test(located(false, AnchorState.ANCHORED), ANA, MEMBERS)).isFalse();
        assertThat(ThreadFilter.TEXT_CHANGED.test(located(false, AnchorState.ORPHANED), ANA, MEMBERS)).isFalse();
    }

    @Test
    void orphanedPassesOnlyThatState() {
        assertThat(ThreadFilter.ORPHANED.test(located(true, AnchorState.ORPHANED), ANA, MEMBERS)).isTrue();
        assertThat(ThreadFilter.ORPHANED.test(located(true, AnchorState.TEXT_CHANGED), ANA, MEMBERS)).isFalse();
    }

    private LocatedThread located(boolean resolved, AnchorState state) {
        return located(resolved, state, comment(JORDI, "First."));
    }

    private LocatedThread located(boolean resolved, AnchorState state, Comment... comments) {
        CommentThread thread = new CommentThread("0000000000000001", "article-08", anchor, List.of(comments),
                resolved, CREATED);
        AnchorLocation location = state == AnchorState.ORPHANED ? AnchorLocation.orphaned()
                : new AnchorLocation(state, 1, anchor.start(), anchor.end());
        return new LocatedThread(thread, location, state == AnchorState.ORPHANED ? null : anchor.quote());
    }

    private Comment comment(Identity author, String text) {
        sequence++;
        return new Comment("20250301T100000000Z-0000000" + sequence, "0000000000000001", author.name(),
                author.email(), CREATED.plusSeconds(sequence), Comment.Kind.COMMENT, text,
                sequence == 1 ? anchor : null);
    }
}
