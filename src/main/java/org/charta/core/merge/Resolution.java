package org.charta.core.merge;

import java.util.Objects;

/**
 * The choice made for one conflict.
 *
 * @param choice what is kept
 * @param text   the person's text for {@link Choice#EDITED}, else null
 */
public record Resolution(Choice choice, String text) {

    public Resolution {
        Objects.requireNonNull(choice, "choice");
        if ((choice == Choice.EDITED) != (text != null)) {
            throw new IllegalArgumentException("Only an edited resolution carries a text");
        }
    }

    public static Resolution of(Choice choice) {
        return new Resolution(choice, null);
    }

    public static Resolution edited(String text) {
        return new Resolution(Choice.EDITED, text);
    }
}
