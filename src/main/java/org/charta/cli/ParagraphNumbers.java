package org.charta.cli;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes paragraph numbers and addresses ({@code 3}, {@code h1}) in the reader's digits, so that every command
 * prints paragraph 3 of an Arabic listing as {@code ٣}, as its counts are printed.
 */
final class ParagraphNumbers {

    private ParagraphNumbers() {
    }

    /** Formats a gutter number without grouping separators. */
    static String format(int number, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(false);
        return format.format(number);
    }

    /** Formats an address: a number in the locale's digits, a heading address such as {@code h1} unchanged. */
    static String formatAddress(String address, Locale locale) {
        if (address.matches("[0-9]{1,9}")) {
            return format(Integer.parseInt(address), locale);
        }
        return address;
    }

    /** Formats addresses as one comma-separated list. */
    static String formatAddresses(List<String> addresses, Locale locale) {
        return addresses.stream().map(address -> formatAddress(address, locale)).collect(Collectors.joining(", "));
    }
}
