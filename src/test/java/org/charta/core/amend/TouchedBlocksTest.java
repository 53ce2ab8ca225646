package org.charta.core.amend;

import org.charta.core.diff.DiffSegment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TouchedBlocksTest {

    private static final String BASE = "## Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";

    @Test
    void editedParagraphIsItsPlace() {
        Set<Integer> places = TouchedBlocks.places(BASE, BASE.replace("Second paragraph.", "Second part."));

        assertThat(places).containsExactly(5);
    }

    @Test
    void insertionIsGapBeforeBlock() {
        Set<Integer> places = TouchedBlocks.places(BASE, BASE.replace("Third", "New one.\n\nThird"));

        assertThat(places).containsExactly(6);
    }

    @Test
    void differentParagraphsDoNotOverlap() {
        Set<Integer> first = TouchedBlocks.places(BASE, BASE.replace("First paragraph.", "First part."));
        Set<Integer> third = TouchedBlocks.places(BASE, BASE.replace("Third paragraph.", "Third part."));

        assertThat(first).doesNotContainAnyElementsOf(third);
    }

    @Test
    void unchangedTextTouchesNothing() {
        assertThat(TouchedBlocks.places(BASE, BASE)).isEmpty();
    }

    @Test
    void previewShowsFirstChangedParagraph() {
        List<DiffSegment> preview = DiffPreview.of(BASE, BASE.replace("Second paragraph.", "Second part.")
                .replace("Third paragraph.", "Third part."));

        assertThat(preview).containsExactly(new DiffSegment(DiffSegment.Kind.EQUAL, "Second "),
                new DiffSegment(DiffSegment.Kind.DELETED, "paragraph"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "part"),
                new DiffSegment(DiffSegment.Kind.EQUAL, "."));
    }

    @Test
    void longPreviewIsCutWithEllipsis() {
        String words = "word ".repeat(100);
        String base = "Start " + words + "end.\n";
        List<DiffSegment> preview = DiffPreview.of(base, base.replace("end.", "finish."));

        int length = preview.stream().mapToInt(segment -> segment.text().length()).sum();
        assertThat(length).isLessThanOrEqualTo(DiffPreview.MAX_LENGTH + 1);
        assertThat(preview.get(0).text()).startsWith("…");
        assertThat(preview).contains(new DiffSegment(DiffSegment.Kind.INSERTED, "finish"));
    }

    @Test
    void previewCutKeepsGraphemesWhole() {
        String accented = "e\u0301";
        String base = accented.repeat(60) + " old.\n";
        List<DiffSegment> preview = DiffPreview.of(base, base.replace("old", "new"));

        String first = preview.get(0).text();
        assertThat(first.charAt(1)).isNotEqualTo('\u0301');
    }

    @Test
    void addedSectionPreviewIsInsertion() {
        List<DiffSegment> preview = DiffPreview.of(null, "New text.\n");

        assertThat(preview).containsExactly(new DiffSegment(DiffSegment.Kind.INSERTED, "New text."));
    }
}
