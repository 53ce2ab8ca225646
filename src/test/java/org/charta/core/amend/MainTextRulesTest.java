package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import org.charta.core.governance.Members;
import org.charta.core.release.Releases;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.CAROL;
import static org.charta.core.amend.VoteFixture.EVE;

/** Role checks read the main text's rules even while an amendment that changes them is checked out. */
class MainTextRulesTest extends IsolatedGitTest {

    private static final String ID = "more-coordinators-k3f9";

    private CharterRepository repository;

    @BeforeEach
    void checkOutAmendmentMakingAliceCoordinator() throws Exception {
        repository = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        VoteFixture.amendment(repository, ID, AmendmentStatus.DRAFT);
        try (Git git = Git.wrap(repository.repository())) {
            git.checkout().setName(AmendmentRefs.localBranch(ID)).call();
        }
        Members.add(repository, ALICE.name(), ALICE.email(), "coordinator", CAROL);
    }

    @Test
    void rulesComeFromMainNotCheckout() throws Exception {
        Governance rules = Governance.ofMainText(repository);

        assertThat(rules.coordinators()).extracting(Member::email).containsExactly(CAROL.email());
    }

    @Test
    void branchCoordinatorCannotAddMembers() {
        assertThatThrownBy(() -> Members.add(repository, EVE.name(), EVE.email(), "drafter", ALICE))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.member.notCoordinator"));
    }

    @Test
    void branchCoordinatorCannotRemoveMembers() {
        assertThatThrownBy(() -> Members.remove(repository, CAROL.email(), ALICE))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.member.notCoordinator"));
    }

    @Test
    void memberListShowsMainTextRoles() throws Exception {
        assertThat(Members.list(repository)).filteredOn(member -> member.email().equals(ALICE.email()))
                .extracting(member -> member.role().key()).containsExactly("drafter");
    }

    @Test
    void coordinationAndReleasesAgree() throws Exception {
        assertThat(Coordination.mayCoordinate(repository, ALICE)).isFalse();
        assertThatThrownBy(() -> Releases.tag(repository, "Draft 2", "", ALICE))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.release.notCoordinator"));
    }
}
