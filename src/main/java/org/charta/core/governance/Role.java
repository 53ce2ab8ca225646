package org.charta.core.governance;

import java.util.Locale;
import java.util.Optional;

/** What a member may do: drafters edit and propose, reviewers comment, coordinators run votes, merge and tag. */
public enum Role {
    DRAFTER,
    REVIEWER,
    COORDINATOR;

    /** Returns the value the manifest stores: {@code drafter}, {@code reviewer} or {@code coordinator}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a manifest or command-line value, ignoring case; empty when it names no role. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.key().equals(normalized)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
