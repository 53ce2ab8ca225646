package org.charta.ui.outline;

/**
 * A compact marker after a section's title in the outline: one of its language versions and how many of its
 * paragraphs wait for a translator.
 *
 * @param language the translation's language tag, shown as is ("fr")
 * @param name     the language's name, for the tooltip
 * @param pending  paragraphs to update; 0 when the translation is up to date
 */
public record LanguageMarker(String language, String name, long pending) {
}
