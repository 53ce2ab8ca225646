package org.charta.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times in text output, in the local time zone and the reader's locale: the locale's medium date
 * with its short time ("Dec 4, 2026, 3:05 PM", "4 déc. 2026 15:05"), which names the month and so reads the
 * same in every country, with the locale's own digits (java.time prints ASCII digits unless given the locale's
 * {@link DecimalStyle}). JSON output keeps ISO 8601 instants.
 */
final class CliDates {

    private CliDates() {
    }

    static String format(Instant instant, Locale locale) {
        return format(instant, ZoneId.systemDefault(), locale);
    }

    static String format(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withDecimalStyle(DecimalStyle.of(locale)).withZone(zone).format(instant);
    }
}
