package org.charta.core.amend;

import java.util.Locale;
import java.util.Optional;

/** A member's vote; {@code BLOCK} exists only under the consensus rule. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN,
    BLOCK;

    /** Returns the value vote files and the command line use, such as {@code for} or {@code abstain}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a vote file or command-line value, ignoring case; empty when it names no choice. */
    public static Optional<VoteChoice> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        for (VoteChoice choice : values()) {
            if (choice.key().equals(normalized)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
