package org.charta.ui.translation;

import java.util.Locale;
import java.util.Optional;

/** Checks the language tags a person types, with the rule the command line applies to {@code --language}. */
final class LanguageTags {

    private static final String UNDETERMINED = "und";

    private LanguageTags() {
    }

    /**
     * Returns the tag in its canonical BCP 47 form ({@code PT-br} gives {@code pt-BR}), or empty when it is not
     * well formed. {@link Locale#forLanguageTag} drops what it cannot parse, so a tag counts only when it
     * survives the round trip unchanged but for case; {@code und} names no language and is rejected too.
     */
    // TODO: use the core's copy of this rule once the translation core exposes one.
    static Optional<String> canonical(String tag) {
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
