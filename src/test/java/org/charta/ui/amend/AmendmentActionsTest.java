package org.charta.ui.amend;

import org.charta.core.Identity;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.governance.MajorityRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.amend.AmendmentActions.Action;

class AmendmentActionsTest {

    private static final Identity ALICE = new Identity("Alice", "alice@x.org");
    private static final Identity CAROL = new Identity("Carol", "carol@x.org");
    private static final Roles AUTHOR = new Roles(ALICE, false, true, MajorityRule.SIMPLE);
    private static final Roles COORDINATOR = new Roles(CAROL, true, true, MajorityRule.SIMPLE);

    private static AmendmentSummary amendment(AmendmentStatus status) {
        return AmendmentSamples.summary("a-1", "A", status, "Alice", "ALICE@x.org", List.of("art-3"), false);
    }

    @Test
    void authorProposesOwnDraft() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.DRAFT), AUTHOR, null))
                .containsExactlyInAnyOrder(Action.EDIT, Action.PROPOSE, Action.WITHDRAW);
    }

    @Test
    void coordinatorCannotProposeOthersDraft() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.DRAFT), COORDINATOR, null))
                .doesNotContain(Action.PROPOSE);
    }

    @Test
    void onlyCoordinatorOpensVote() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.PROPOSED), COORDINATOR, null))
                .contains(Action.OPEN_VOTE);
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.PROPOSED), AUTHOR, null))
                .doesNotContain(Action.OPEN_VOTE);
    }

    @Test
    void membersCastWhileVoting() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.VOTING), AUTHOR, null))
                .contains(Action.CAST).doesNotContain(Action.CLOSE_VOTE);
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.VOTING), COORDINATOR, null))
                .contains(Action.CAST, Action.CLOSE_VOTE);
    }

    @Test
    void nonMemberCannotCast() {
        Roles visitor = new Roles(new Identity("Eve", "eve@x.org"), false, false, MajorityRule.SIMPLE);

        assertThat(AmendmentActions.available(amendment(AmendmentStatus.VOTING), visitor, null))
                .doesNotContain(Action.CAST);
    }

    @Test
    void onlyCoordinatorMergesAdopted() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.ADOPTED), COORDINATOR, null))
                .containsExactly(Action.MERGE);
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.ADOPTED), AUTHOR, null)).isEmpty();
    }

    @Test
    void editedAmendmentOffersNoEdit() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.DRAFT), AUTHOR, "a-1"))
                .doesNotContain(Action.EDIT);
    }

    @Test
    void closedAmendmentsOfferNothing() {
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.REJECTED), COORDINATOR, null)).isEmpty();
        assertThat(AmendmentActions.available(amendment(AmendmentStatus.WITHDRAWN), COORDINATOR, null)).isEmpty();
    }
}
