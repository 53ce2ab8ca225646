package org.charta.ui.app;

import org.charta.core.ChartaException;
import org.charta.core.i18n.Messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The texts and formats of the window in its UI language. Every string a person reads in the window comes
 * from here, so a language switch only needs a new instance.
 */
public final class UiText {

    /** Languages that have a complete bundle. Any other locale falls back to English. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final Locale locale;

    public UiText(Locale locale) {
        this.locale = supported(locale);
    }

    /** Keeps the locale (and its country, for date formats) when its language has a bundle. */
    public static Locale supported(Locale locale) {
        if (locale != null && LANGUAGES.contains(locale.getLanguage())) {
            return locale;
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** Returns the text for a key, formatted with its arguments through MessageFormat. */
    public String get(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /** Returns the message of an error in the UI language, never a stack trace. */
    public String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChartaException chartaException) {
                return chartaException.localizedMessage(locale);
            }
        }
        return get("ui.error.unexpected", error.getClass().getSimpleName());
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
