package org.charta.ui.app;

import javafx.geometry.NodeOrientation;
import org.charta.core.ChartaException;
import org.charta.core.i18n.Messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The texts and formats of the window in its UI language. Every string a person reads in the window comes
 * from here, so a language switch only needs a new instance.
 */
public final class UiText {

    /** Languages that have a bundle, in the order the language menu lists them. Any other falls back to English. */
    public static final List<String> LANGUAGES = Messages.LANGUAGES;

    /**
     * Each language's name in that language, as the language menu shows it whatever the UI language is, so a
     * person finds their own language in a menu they cannot read. Names are not translated, so they live here
     * and not in the bundles.
     */
    private static final Map<String, String> NATIVE_NAMES = Map.of(
            "en", "English",
            "fr", "Français",
            "es", "Español",
            "ca", "Català",
            "id", "Bahasa Indonesia",
            "ar", "العربية");

    /** Languages written from right to left, whose windows are mirrored. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private final Locale locale;

    public UiText(Locale locale) {
        this.locale = supported(locale);
    }

    /** Keeps the locale (and its country, for date formats) when its language has a bundle. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        // With -Djava.locale.useOldISOCodes=true Java names Indonesian "in", the code ISO 639 withdrew in 1989.
        if ("in".equals(locale.getLanguage())) {
            return supported(new Locale.Builder().setLocale(locale).setLanguage("id").build());
        }
        return LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }

    /** Returns the language's name written in that language ("Français"), or the tag for an unknown one. */
    public static String nativeName(String language) {
        return NATIVE_NAMES.getOrDefault(language, language);
    }

    /** Returns whether the language is written from right to left. */
    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * Returns the orientation of every window in this language: right to left mirrors the layout, the menus and
     * the dialogs for Arabic. Text inside a control still runs in its own direction (Unicode bidirectional
     * algorithm), so Latin names, paths and addresses stay readable.
     */
    public NodeOrientation orientation() {
        return isRightToLeft(locale) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Returns the text for a key, formatted with its arguments through MessageFormat, without bidirectional
     * marks. The Arabic bundle places marks such as U+200F after Latin words for terminals, but the fonts JavaFX
     * picks on Linux draw them as empty boxes, and a label orders its text by its own direction.
     */
    public String get(String key, Object... arguments) {
        return withoutBidiMarks(Messages.format(locale, key, arguments));
    }

    /** Removes the marks and embeddings of the Unicode bidirectional algorithm (LRM, RLM, ALM, LRE...PDI). */
    static String withoutBidiMarks(String value) {
        StringBuilder visible = new StringBuilder(value.length());
        value.codePoints()
                .filter(codePoint -> !isBidiMark(codePoint))
                .forEach(visible::appendCodePoint);
        return visible.toString();
    }

    private static boolean isBidiMark(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
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

    /**
     * Formats a date and time in the locale's medium date and short time, with the locale's digits and without
     * invisible format characters. This is the one place the window formats dates.
     */
    public String dateTime(Instant instant) {
        String formatted = localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT))
                .format(instant);
        return withoutFormatCharacters(formatted);
    }

    /** Formats a time in the locale's short style, with the locale's digits and without format characters. */
    public String time(Instant instant) {
        return withoutFormatCharacters(localized(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).format(instant));
    }

    /**
     * Removes the invisible format characters (Unicode category Cf) that CLDR puts into some date patterns, such
     * as the right-to-left mark U+200F and the Arabic letter mark U+061C of Java 17's Arabic dates. The fonts
     * JavaFX picks on Linux draw them as empty boxes, and the label's own direction already orders the date.
     */
    static String withoutFormatCharacters(String value) {
        StringBuilder visible = new StringBuilder(value.length());
        value.codePoints()
                .filter(codePoint -> Character.getType(codePoint) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        return visible.toString();
    }

    /** Formats a count without digit grouping, such as a paragraph number, in the locale's digits. */
    public String plainNumber(long value) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** Applies the locale and time zone, and the locale's digits, which java.time leaves ASCII by default. */
    private DateTimeFormatter localized(DateTimeFormatter formatter) {
        return formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale)).withZone(ZoneId.systemDefault());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
