package org.charta.ui.release;

import org.charta.ui.amend.AmendmentSamples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionSummaryTest {

    @Test
    void summaryCountsEachKindOfChange() {
        List<SectionSummary> summaries = SectionSummary.of(AmendmentSamples.comparison());

        SectionSummary art3 = summaries.get(0);
        assertThat(art3.changed()).isEqualTo(1);
        assertThat(art3.inserted()).isEqualTo(1);
        assertThat(art3.layoutOnly()).isEqualTo(1);
        assertThat(art3.moved()).isZero();
        assertThat(summaries.get(1).moved()).isEqualTo(1);
    }
}
