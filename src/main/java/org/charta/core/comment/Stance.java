package org.charta.core.comment;

import java.util.Locale;
import java.util.Optional;

/** Where a comment stands in the deliberation on an amendment: an argument for it, against it, or neither. */
public enum Stance {
    FOR,
    AGAINST,
    NONE;

    /** The value a comment file stores: {@code for} or {@code against}; a comment without a stance stores none. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code for}, {@code against} or {@code none}, ignoring case; empty for anything else. */
    public static Optional<Stance> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        for (Stance stance : values()) {
            if (stance.key().equals(normalized)) {
                return Optional.of(stance);
            }
        }
        return Optional.empty();
    }
}
