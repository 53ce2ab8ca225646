package org.charta.core.governance;

/** A member of the group as the manifest lists them; the e-mail address identifies them in votes and commits. */
public record Member(String name, String email, Role role) {
}
