package org.charta.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Access to the {@code org.charta.i18n.messages} bundles, shared by the core, the CLI and the UI.
 *
 * <p>Properties files are read as UTF-8 (the Java 9+ default for resource bundles). Every text goes through
 * {@link MessageFormat}, with or without arguments, so an apostrophe is always written twice ({@code ''}).
 */
public final class Messages {

    public static final String BUNDLE = "org.charta.i18n.messages";

    /**
     * Language tags of the bundles, English (the base bundle) first. Any other language reads English.
     */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ca", "id", "ar");

    /**
     * Reads bundles without {@link ResourceBundle}'s default fallback to the system locale: with that fallback a
     * request for English on a French system returned the French bundle, because no {@code messages_en} exists.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Returns the bundle of the locale's language, or the English base bundle for a language without one. */
    public static ResourceBundle bundle(Locale locale) {
        Locale bundleLocale = Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale;
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK);
    }

    /** Returns the text for the key, or the key itself in brackets when a bundle lacks it. */
    public static String get(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** Formats the text for the key with {@link MessageFormat} in the given locale. */
    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = get(locale, key);
        Locale formatLocale = Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale;
        return new MessageFormat(pattern, formatLocale).format(arguments);
    }

    public static String get(String key) {
        return get(Locale.getDefault(), key);
    }

    public static String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }
}
