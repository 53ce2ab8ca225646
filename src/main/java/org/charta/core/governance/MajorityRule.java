package org.charta.core.governance;

import java.util.Locale;
import java.util.Optional;

/**
 * How a vote is decided: more for than against, at least two thirds of the for and against votes, or consensus,
 * where a single block stops adoption.
 */
public enum MajorityRule {
    SIMPLE,
    TWO_THIRDS,
    CONSENSUS;

    /** Returns the value the manifest stores: {@code simple}, {@code two-thirds} or {@code consensus}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a manifest value, ignoring case and accepting {@code _} for {@code -}; empty when no rule matches. */
    public static Optional<MajorityRule> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (MajorityRule rule : values()) {
            if (rule.key().equals(normalized)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
