package org.charta.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times in text output: {@code yyyy-MM-dd HH:mm} in the local time zone, with Latin digits, the same
 * for every command and every locale. A short localized format such as {@code 12/4/26} is ambiguous across
 * the countries that share one charter.
 */
final class CliDates {

    private static final String PATTERN = "yyyy-MM-dd HH:mm";

    private CliDates() {
    }

    static String format(Instant instant) {
        return format(instant, ZoneId.systemDefault());
    }

    static String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(PATTERN, Locale.ROOT).withZone(zone).format(instant);
    }
}
