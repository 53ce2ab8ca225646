package org.charta.core.comment;

import java.util.Locale;
import java.util.Optional;

/** The position of a comment in the deliberation on an amendment: an argument for it, against it, or neither. */
public enum Stance {
    FOR,
    AGAINST,
    NONE;

    /** Returns the value a comment file stores, such as {@code for}; a comment without a stance stores none. */
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
