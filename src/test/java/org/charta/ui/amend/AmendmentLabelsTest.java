package org.charta.ui.amend;

import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteResult;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.governance.MajorityRule;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AmendmentLabelsTest {

    private final AmendmentLabels english = new AmendmentLabels(new UiText(Locale.ENGLISH),
            AmendmentSamples.TITLES::get);
    private final SectionComparison art3 = AmendmentSamples.comparison().get(0);
    private final SectionComparison art5 = AmendmentSamples.comparison().get(1);

    @Test
    void positionNamesSectionAndParagraph() {
        assertThat(english.position("Art. 3", 2)).isEqualTo("Art. 3 ¶2");
    }

    @Test
    void renumberedParagraphShowsBothNumbers() {
        ParagraphChange changed = art3.paragraphs().get(2);

        assertThat(english.position(art3, changed)).isEqualTo("Art. 3 ¶3 (was ¶2)");
    }

    @Test
    void headingHasNoParagraphNumber() {
        assertThat(english.position("Art. 3", 0)).isEqualTo("Art. 3 heading");
    }

    @Test
    void insertedParagraphSaysNew() {
        assertThat(english.position(art3, art3.paragraphs().get(1))).isEqualTo("Art. 3 ¶2, new");
    }

    @Test
    void moveNamesBothEnds() {
        assertThat(english.position(art3, art3.paragraphs().get(4))).isEqualTo("Art. 3 ¶4, moved to Art. 5 ¶1");
        assertThat(english.position(art5, art5.paragraphs().get(0))).isEqualTo("Art. 5 ¶1, moved here from Art. 3 ¶4");
    }

    @Test
    void frenchPositionKeepsParagraphSign() {
        AmendmentLabels french = new AmendmentLabels(new UiText(Locale.FRENCH), AmendmentSamples.TITLES::get);

        assertThat(french.position(art3, art3.paragraphs().get(4))).isEqualTo("Art. 3 ¶4, déplacé vers Art. 5 ¶1");
    }

    @Test
    void targetsUseSectionTitles() {
        AmendmentSummary summary = AmendmentSamples.summary("a-1", "A", AmendmentStatus.DRAFT, "Alice",
                "alice@x.org", List.of("art-3", "unknown-id"), false);

        assertThat(english.targets(summary)).isEqualTo("Art. 3, unknown-id");
    }

    @Test
    void openVoteCountsVotes() {
        AmendmentSummary summary = AmendmentSamples.summary("a-1", "A", AmendmentStatus.VOTING, "Alice",
                "alice@x.org", List.of("art-3"), false);

        assertThat(english.voteState(summary)).isEqualTo("Vote open: 2 votes");
    }

    @Test
    void closedVoteShowsRecordedTally() {
        AmendmentSummary summary = AmendmentSamples.summary("a-1", "A", AmendmentStatus.ADOPTED, "Alice",
                "alice@x.org", List.of("art-3"), false);
        summary.record().setTally(new Tally(5, 3, 1, 1, 0, 0.5, MajorityRule.SIMPLE, true, VoteResult.ADOPTED,
                List.of()).toRecord());

        assertThat(english.voteState(summary)).isEqualTo("Adopted: 3 for, 1 against, 1 abstaining");
    }
}
