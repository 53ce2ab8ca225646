package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Manifest;

import java.util.List;
import java.util.Optional;

/**
 * The governance rules of a charter as its manifest's {@code governance} object holds them: the members and their
 * roles, the quorum (the share of members who must vote, from 0 to 1), the majority rule and the voting period in
 * days (null: the coordinator closes the vote when they decide). Unknown keys of the object are kept on rewrite.
 */
public record Governance(List<Member> members, double quorum, MajorityRule majority, Integer votingDays) {

    /**
     * Reads the rules of a manifest.
     *
     * @throws ChartaException {@code error.governance.invalid} naming the field when a value has the wrong shape
     */
    public static Governance of(Manifest manifest) throws ChartaException {
        // TODO: stopgap from the amendments branch that reads members only; the vote branch replaces it.
        List<Member> members = new java.util.ArrayList<>();
        if (manifest.governance().get("members") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof java.util.Map<?, ?> member) {
                    members.add(new Member(String.valueOf(member.get("name")), String.valueOf(member.get("email")),
                            Role.valueOf(String.valueOf(member.get("role")).toUpperCase(java.util.Locale.ROOT))));
                }
            }
        }
        return new Governance(members, 0.5, MajorityRule.SIMPLE, null);
    }

    /** Writes these rules into the manifest's {@code governance} object, keeping the keys this code does not know. */
    public void applyTo(Manifest manifest) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The member with this e-mail address, compared without regard to case. */
    public Optional<Member> member(String email) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Whether the person may open and close votes, merge and tag: a coordinator, or anyone while the charter has no
     * coordinator yet (a new group sets itself up). The real enforcement is the Git host's branch protection.
     */
    public boolean mayCoordinate(Identity identity) {
        List<Member> coordinators = members.stream().filter(member -> member.role() == Role.COORDINATOR).toList();
        return coordinators.isEmpty()
                || coordinators.stream().anyMatch(member -> member.email().equalsIgnoreCase(identity.email()));
    }
}
