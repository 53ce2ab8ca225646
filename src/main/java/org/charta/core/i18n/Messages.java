package org.charta.core.i18n;

import java.text.MessageFormat;
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

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale bundleLocale = Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale;
        return ResourceBundle.getBundle(BUNDLE, bundleLocale);
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
