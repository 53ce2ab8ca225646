package org.charta.ui.editor;

import org.charta.ui.editor.CommentHighlight.Kind;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentLayerTest {

    private static final CommentHighlight PHRASE = new CommentHighlight(10, 20, "phrase", Kind.OPEN);
    private static final CommentHighlight PARAGRAPH = new CommentHighlight(0, 40, "paragraph", Kind.RESOLVED);

    @Test
    void overlayKeepsMarkdownAndAddsComments() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));
        StyleSpans<Collection<String>> markdown = MarkdownStyler.toStyleSpans(
                List.of(new MarkdownStyler.StyledRange(15, 25, "md-em")), 30);

        List<Collection<String>> styles = perCharacter(layer.overlay(markdown, 0));

        assertThat(styles.get(9)).isEmpty();
        assertThat(styles.get(10)).containsExactly("comment-open");
        assertThat(styles.get(15)).containsExactlyInAnyOrder("md-em", "comment-open");
        assertThat(styles.get(20)).containsExactly("md-em");
    }

    @Test
    void overlayDropsStaleCommentClasses() {
        CommentLayer layer = new CommentLayer();
        StyleSpans<Collection<String>> stale = MarkdownStyler.toStyleSpans(
                List.of(new MarkdownStyler.StyledRange(0, 5, "comment-open"),
                        new MarkdownStyler.StyledRange(0, 5, "md-strong")), 5);

        List<Collection<String>> styles = perCharacter(layer.overlay(stale, 0));

        assertThat(styles).allSatisfy(style -> assertThat(style).containsExactly("md-strong"));
    }

    @Test
    void overlayOfStretchUsesItsOffset() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));
        layer.select("phrase");

        List<Collection<String>> styles = perCharacter(layer.overlay(MarkdownStyler.toStyleSpans(List.of(), 10), 15));

        assertThat(styles.get(4)).containsExactlyInAnyOrder("comment-open", "comment-selected");
        assertThat(styles.get(5)).isEmpty();
    }

    @Test
    void replaceReportsOnlyChangedStretches() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));
        CommentHighlight later = new CommentHighlight(50, 60, "later", Kind.OPEN);

        assertThat(layer.replace(List.of(PHRASE, later))).containsExactly(new CommentLayer.Stretch(50, 60));
    }

    @Test
    void selectReportsOldAndNewSelection() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE, new CommentHighlight(50, 60, "later", Kind.OPEN)));
        layer.select("phrase");

        assertThat(layer.select("later"))
                .containsExactly(new CommentLayer.Stretch(10, 20), new CommentLayer.Stretch(50, 60));
    }

    @Test
    void typingBeforeHighlightMovesIt() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));

        layer.follow(3, 0, 4);

        assertThat(layer.highlights()).containsExactly(new CommentHighlight(14, 24, "phrase", Kind.OPEN));
    }

    @Test
    void typingAtEitherEdgeStaysOutside() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));

        layer.follow(20, 0, 2);
        layer.follow(10, 0, 1);

        assertThat(layer.highlights()).containsExactly(new CommentHighlight(11, 21, "phrase", Kind.OPEN));
    }

    @Test
    void typingInsideWidensHighlight() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));

        layer.follow(12, 3, 1);

        assertThat(layer.highlights()).containsExactly(new CommentHighlight(10, 18, "phrase", Kind.OPEN));
    }

    @Test
    void replacingWholeHighlightDropsIt() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));

        layer.follow(8, 14, 5);

        assertThat(layer.highlights()).isEmpty();
    }

    @Test
    void caretFindsNarrowestThreadFirst() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PARAGRAPH, PHRASE));

        assertThat(layer.threadsAt(12, 12)).containsExactly("phrase", "paragraph");
        assertThat(layer.threadsAt(20, 20)).containsExactly("phrase", "paragraph");
        assertThat(layer.threadsAt(25, 25)).containsExactly("paragraph");
        assertThat(layer.threadsAt(41, 41)).isEmpty();
    }

    @Test
    void selectionFindsOverlappingThreads() {
        CommentLayer layer = new CommentLayer();
        layer.replace(List.of(PHRASE));

        assertThat(layer.threadsAt(5, 11)).containsExactly("phrase");
        assertThat(layer.threadsAt(20, 25)).isEmpty();
    }

    private static List<Collection<String>> perCharacter(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> styles = new ArrayList<>();
        spans.forEach(span -> {
            for (int i = 0; i < span.getLength(); i++) {
                styles.add(span.getStyle());
            }
        });
        return styles;
    }
}
