package org.charta.ui.amend;

import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmendmentListModelTest {

    private final AmendmentListModel model = new AmendmentListModel();

    private void fill() {
        model.setAmendments(List.of(
                AmendmentSamples.summary("merged-1", "Merged one", AmendmentStatus.MERGED, "Alice", "alice@x.org",
                        List.of("art-3"), false),
                AmendmentSamples.summary("vote-1", "Voting one", AmendmentStatus.VOTING, "Bob", "bob@x.org",
                        List.of("art-5"), false),
                AmendmentSamples.summary("draft-1", "Draft one", AmendmentStatus.DRAFT, "Alice", "ALICE@x.org",
                        List.of("art-3", "art-5"), true),
                AmendmentSamples.summary("gone-1", "Withdrawn one", AmendmentStatus.WITHDRAWN, "Carol", "carol@x.org",
                        List.of("preamble"), false)));
    }

    @Test
    void listPutsOpenAmendmentsFirst() {
        fill();

        assertThat(model.shown()).extracting(AmendmentSummary::id)
                .containsExactly("vote-1", "draft-1", "merged-1", "gone-1");
    }

    @Test
    void statusFilterKeepsOpenOnes() {
        fill();

        model.filterProperty().set(new AmendmentFilter(StatusFilter.OPEN, null, null));

        assertThat(model.shown()).extracting(AmendmentSummary::id).containsExactly("vote-1", "draft-1");
    }

    @Test
    void statusFilterKeepsOneStatus() {
        fill();

        model.filterProperty().set(new AmendmentFilter(StatusFilter.of(AmendmentStatus.WITHDRAWN), null, null));

        assertThat(model.shown()).extracting(AmendmentSummary::id).containsExactly("gone-1");
    }

    @Test
    void sectionFilterMatchesTargets() {
        fill();

        model.filterProperty().set(new AmendmentFilter(StatusFilter.ALL, "art-5", null));

        assertThat(model.shown()).extracting(AmendmentSummary::id).containsExactly("vote-1", "draft-1");
    }

    @Test
    void authorFilterIgnoresCase() {
        fill();

        model.filterProperty().set(new AmendmentFilter(StatusFilter.ALL, null, "alice@X.org"));

        assertThat(model.shown()).extracting(AmendmentSummary::id).containsExactly("draft-1", "merged-1");
    }

    @Test
    void authorsAreListedOnce() {
        fill();

        assertThat(model.authors()).extracting(AmendmentListModel.Author::name)
                .containsExactly("Alice", "Bob", "Carol");
    }

    @Test
    void replaceKeepsFilterAndOrder() {
        fill();
        model.filterProperty().set(new AmendmentFilter(StatusFilter.OPEN, null, null));

        model.replace(AmendmentSamples.summary("draft-1", "Draft one", AmendmentStatus.PROPOSED, "Alice",
                "alice@x.org", List.of("art-3"), false));

        assertThat(model.shown()).extracting(AmendmentSummary::id).containsExactly("vote-1", "draft-1");
        assertThat(model.find("draft-1").orElseThrow().status()).isEqualTo(AmendmentStatus.PROPOSED);
    }
}
