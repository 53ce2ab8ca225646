package org.charta.core.translation;

import org.charta.core.charter.Charter;
import org.charta.core.charter.LanguageTags;

import java.util.Objects;
import java.util.Optional;

/**
 * One language version of a section, addressed as {@code <section-id>@<language>} (for example
 * {@code article-03@fr}). A section id never contains {@code @}, so a version id has exactly one.
 *
 * @param sectionId id of the source section in the manifest
 * @param language  canonical BCP 47 tag of the translation
 */
public record LanguageVersion(String sectionId, String language) {

    public LanguageVersion {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(language, "language");
    }

    /** Returns {@code sectionId@language}. */
    public String id() {
        return sectionId + Charter.VERSION_SEPARATOR + language;
    }

    /**
     * Splits a version id. Returns empty when the id does not have exactly one {@code @} with text on both sides.
     * The language is returned as written, so callers check it against the manifest.
     */
    public static Optional<LanguageVersion> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int at = id.lastIndexOf(Charter.VERSION_SEPARATOR);
        if (at <= 0 || at == id.length() - 1 || id.indexOf(Charter.VERSION_SEPARATOR) != at) {
            return Optional.empty();
        }
        return Optional.of(new LanguageVersion(id.substring(0, at), id.substring(at + 1)));
    }

    /**
     * Returns this version with its language in canonical form ({@code article-3@FR} gives {@code article-3@fr}),
     * or empty when the language is not a well-formed BCP 47 tag.
     */
    public Optional<LanguageVersion> canonical() {
        return LanguageTags.canonical(language).map(tag -> new LanguageVersion(sectionId, tag));
    }

    @Override
    public String toString() {
        return id();
    }
}
