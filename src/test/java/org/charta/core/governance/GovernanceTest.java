package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Manifest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GovernanceTest {

    private static final Identity CAROL = new Identity("Carol", "carol@example.org");
    private static final Identity ALICE = new Identity("Alice", "alice@example.org");

    @Test
    void newManifestHasDefaultRules() throws ChartaException {
        Governance rules = Governance.of(new Manifest("Charter", List.of("en")));

        assertThat(rules.members()).isEmpty();
        assertThat(rules.quorum()).isEqualTo(0.5);
        assertThat(rules.majority()).isEqualTo(MajorityRule.SIMPLE);
        assertThat(rules.votingDays()).isNull();
    }

    @Test
    void emptyGovernanceObjectTakesDefaults() throws ChartaException {
        Manifest manifest = manifest(new LinkedHashMap<>());

        Governance rules = Governance.of(manifest);

        assertThat(rules.quorum()).isEqualTo(Governance.DEFAULT_QUORUM);
        assertThat(rules.majority()).isEqualTo(MajorityRule.SIMPLE);
    }

    @Test
    void readsEveryField() throws ChartaException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("members", List.of(member("Carol", "Carol@Example.org", "Coordinator"),
                member("Alice", "alice@example.org", "drafter")));
        object.put("quorum", 0.75);
        object.put("majority", "two-thirds");
        object.put("votingDays", 14);

        Governance rules = Governance.of(manifest(object));

        assertThat(rules.members()).containsExactly(new Member("Carol", "Carol@Example.org", Role.COORDINATOR),
                new Member("Alice", "alice@example.org", Role.DRAFTER));
        assertThat(rules.quorum()).isEqualTo(0.75);
        assertThat(rules.majority()).isEqualTo(MajorityRule.TWO_THIRDS);
        assertThat(rules.votingDays()).isEqualTo(14);
    }

    @Test
    void invalidValuesNameTheirField() {
        Object[][] cases = {
            {"quorum", 1.5, "quorum"},
            {"quorum", "half", "quorum"},
            {"majority", "plurality", "majority"},
            {"votingDays", 0, "votingDays"},
            {"votingDays", 2.5, "votingDays"},
            {"members", "everyone", "members"},
            {"members", List.of(member("Carol", "carol", "coordinator")), "members[0].email"},
            {"members", List.of(member("Carol", "carol@example.org", "chair")), "members[0].role"},
            {"members", List.of(member(" ", "carol@example.org", "drafter")), "members[0].name"},
        };
        for (Object[] invalid : cases) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put((String) invalid[0], invalid[1]);

            assertThatThrownBy(() -> Governance.of(manifest(object)))
                    .as("%s = %s", invalid[0], invalid[1])
                    .isInstanceOfSatisfying(ChartaException.class, error -> {
                        assertThat(error.messageKey()).isEqualTo("error.governance.invalid");
                        assertThat(error.arguments()[0]).isEqualTo(invalid[2]);
                    });
        }
    }

    @Test
    void repeatedAddressKeepsFirstEntry() throws ChartaException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("members", List.of(member("Carol", "carol@example.org", "coordinator"),
                member("Carol again", "CAROL@example.org", "drafter")));

        Governance rules = Governance.of(manifest(object));

        assertThat(rules.members()).containsExactly(new Member("Carol", "carol@example.org", Role.COORDINATOR));
    }

    @Test
    void applyKeepsUnknownKeys() throws ChartaException {
        Map<String, Object> carol = member("Carol", "carol@example.org", "coordinator");
        carol.put("country", "Senegal");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("roles", List.of("drafter", "reviewer", "coordinator"));
        object.put("members", List.of(carol));
        object.put("charterCommittee", "2026");
        Manifest manifest = manifest(object);
        Governance rules = Governance.of(manifest);
        List<Member> members = new ArrayList<>(rules.members());
        members.set(0, new Member("Carol Diop", "carol@example.org", Role.COORDINATOR));
        members.add(new Member("Alice", "alice@example.org", Role.REVIEWER));

        new Governance(members, 0.6, MajorityRule.CONSENSUS, 10).applyTo(manifest);

        Map<String, Object> written = manifest.governance();
        assertThat(written).containsEntry("roles", List.of("drafter", "reviewer", "coordinator"))
                .containsEntry("charterCommittee", "2026")
                .containsEntry("quorum", 0.6)
                .containsEntry("majority", "consensus")
                .containsEntry("votingDays", 10);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) written.get("members");
        assertThat(entries.get(0)).containsEntry("name", "Carol Diop").containsEntry("country", "Senegal")
                .containsEntry("role", "coordinator");
        assertThat(entries.get(1)).containsEntry("email", "alice@example.org").containsEntry("role", "reviewer");
        assertThat(Governance.of(manifest).members()).isEqualTo(members);
    }

    @Test
    void applyWithoutPeriodRemovesIt() throws ChartaException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("votingDays", 7);
        Manifest manifest = manifest(object);

        new Governance(List.of(), 0.5, MajorityRule.SIMPLE, null).applyTo(manifest);

        assertThat(manifest.governance()).doesNotContainKey("votingDays");
    }

    @Test
    void memberMatchesAddressWithoutCase() {
        Governance rules = rules(new Member("Carol", "carol@example.org", Role.COORDINATOR));

        assertThat(rules.member("CAROL@Example.ORG")).isPresent();
        assertThat(rules.member("bob@example.org")).isEmpty();
    }

    @Test
    void anyoneCoordinatesWithoutCoordinator() {
        Governance rules = rules(new Member("Alice", "alice@example.org", Role.DRAFTER));

        assertThat(rules.mayCoordinate(CAROL)).isTrue();
    }

    @Test
    void onlyCoordinatorCoordinatesOnceNamed() {
        Governance rules = rules(new Member("Carol", "carol@example.org", Role.COORDINATOR),
                new Member("Alice", "alice@example.org", Role.DRAFTER));

        assertThat(rules.mayCoordinate(CAROL)).isTrue();
        assertThat(rules.mayCoordinate(ALICE)).isFalse();
        assertThat(rules.mayCoordinate(new Identity("Stranger", "x@example.org"))).isFalse();
    }

    @Test
    void quorumVotesRoundUp() {
        Member[] ten = new Member[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = new Member("M" + i, "m" + i + "@example.org", Role.DRAFTER);
        }

        assertThat(new Governance(List.of(ten), 0.3, MajorityRule.SIMPLE, null).quorumVotes()).isEqualTo(3);
        assertThat(new Governance(List.of(ten).subList(0, 3), 0.5, MajorityRule.SIMPLE, null).quorumVotes())
                .isEqualTo(2);
        assertThat(new Governance(List.of(), 0.5, MajorityRule.SIMPLE, null).quorumVotes()).isZero();
    }

    private static Governance rules(Member... members) {
        return new Governance(List.of(members), 0.5, MajorityRule.SIMPLE, null);
    }

    private static Map<String, Object> member(String name, String email, String role) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("email", email);
        entry.put("role", role);
        return entry;
    }

    private static Manifest manifest(Map<String, Object> governance) {
        Manifest manifest = new Manifest("Charter", List.of("en"));
        manifest.governance().clear();
        manifest.governance().putAll(governance);
        return manifest;
    }
}
