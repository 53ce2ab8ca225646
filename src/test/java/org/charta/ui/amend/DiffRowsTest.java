package org.charta.ui.amend;

import org.charta.core.diff.ParagraphChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiffRowsTest {

    @Test
    void layoutOnlyChangeHiddenByDefault() {
        DiffRows rows = DiffRows.of(AmendmentSamples.comparison(), false);

        assertThat(rows.changes()).extracting(ParagraphChange::kind).containsExactly(
                ParagraphChange.Kind.INSERTED, ParagraphChange.Kind.CHANGED, ParagraphChange.Kind.MOVED_AWAY,
                ParagraphChange.Kind.MOVED_HERE);
        assertThat(rows.hiddenLayoutOnly()).isEqualTo(1);
    }

    @Test
    void layoutOnlyChangeShownWhenAsked() {
        DiffRows rows = DiffRows.of(AmendmentSamples.comparison(), true);

        assertThat(rows.changes()).filteredOn(ParagraphChange::layoutOnly).hasSize(1);
        assertThat(rows.hiddenLayoutOnly()).isZero();
    }

    @Test
    void unchangedParagraphsFoldIntoRuns() {
        DiffRows rows = DiffRows.of(AmendmentSamples.comparison(), false);

        assertThat(rows.rows()).extracting(DiffRows.Row::kind).containsExactly(
                DiffRows.Kind.SECTION, DiffRows.Kind.UNCHANGED_RUN, DiffRows.Kind.PARAGRAPH,
                DiffRows.Kind.PARAGRAPH, DiffRows.Kind.UNCHANGED_RUN, DiffRows.Kind.PARAGRAPH,
                DiffRows.Kind.SECTION, DiffRows.Kind.PARAGRAPH, DiffRows.Kind.UNCHANGED_RUN);
    }
}
