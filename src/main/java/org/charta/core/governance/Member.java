package org.charta.core.governance;

import java.util.Objects;

/** A member of the group as the manifest lists them; the e-mail address identifies them in votes and commits. */
public record Member(String name, String email, Role role) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }
}
