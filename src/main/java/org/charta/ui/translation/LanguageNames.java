package org.charta.ui.translation;

import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;

import java.util.Locale;

/** Names of languages as a person reads them, and the count of paragraphs a translator still has to do. */
public final class LanguageNames {

    private LanguageNames() {
    }

    /**
     * Returns the language's name in that language ("Français", "العربية"), so each translator finds their own
     * whatever the interface language, or the tag itself when Java knows no name for it.
     */
    public static String endonym(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        if (name.isBlank() || name.equalsIgnoreCase(tag)) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * Returns the language's name in the interface language as it reads inside a sentence: "français" in French,
     * "French" in English, with the case that Java's locale data gives each language. An unknown tag stays as it is.
     */
    public static String inSentence(String tag, Locale interfaceLocale) {
        String name = Locale.forLanguageTag(tag).getDisplayName(interfaceLocale);
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name;
    }

    /** Returns the language's name in the interface language with a capital, for a column head or a title. */
    public static String asHeading(String tag, Locale interfaceLocale) {
        String name = inSentence(tag, interfaceLocale);
        return name.substring(0, 1).toUpperCase(interfaceLocale) + name.substring(1);
    }

    /**
     * Counts the rows that need a translator: outdated, source removed, unaligned and missing. A translation
     * that starts as a copy of the source counts both its unaligned paragraphs and the missing source ones.
     */
    public static long pending(TranslationStatus status) {
        return status.rows().size() - status.count(ParagraphState.CURRENT);
    }
}
