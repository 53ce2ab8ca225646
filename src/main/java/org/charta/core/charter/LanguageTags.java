package org.charta.core.charter;

import java.util.Locale;
import java.util.Optional;

/** BCP 47 language tags as the manifest keeps them. */
public final class LanguageTags {

    private static final String UNDETERMINED = "und";

    private LanguageTags() {
    }

    /**
     * Returns the tag in its canonical form ({@code PT-br} and {@code " pt-br "} give {@code pt-BR}), or empty when
     * it is not a well-formed BCP 47 tag. {@link Locale#forLanguageTag} turns an ill-formed tag into {@code und}
     * or drops its ill-formed part, so a tag is accepted only when it survives the round trip unchanged but for
     * case and surrounding blanks.
     * {@code und} itself names no language and is rejected too.
     */
    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String trimmed = tag.strip();
        String canonical = Locale.forLanguageTag(trimmed).toLanguageTag();
        if (canonical.equals(UNDETERMINED) || !canonical.equalsIgnoreCase(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(canonical);
    }
}
