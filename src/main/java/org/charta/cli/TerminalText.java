package org.charta.cli;

import java.util.Locale;

/**
 * Makes text that co-authors control (titles, paths, names, comments, commit messages, diff text) safe to print
 * on a terminal. A pushed comment could otherwise carry escape sequences that clear the screen or set the
 * window title, or bidirectional overrides that make a line read differently from what it contains.
 *
 * <p>Every C0 control character, DEL, every C1 control character and the bidirectional embedding, override
 * and isolate characters (U+202A to U+202E, U+2066 to U+2069) are replaced by a visible escape such as
 * <code>&#92;u001B</code>. {@code --json} output does not go through this class: {@link Json} escapes it.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** Returns multi-line text with line breaks and tabs kept and every other unsafe character escaped. */
    static String safe(String text) {
        return escape(text, false);
    }

    /**
     * Returns text for a one-line field, such as a title or a column of tabular output: a tab becomes a space,
     * so that it cannot add a column, and a line break is escaped like any other control character.
     */
    static String safeLine(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean oneLine) {
        if (text == null) {
            return "null";
        }
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (oneLine && codePoint == '\t') {
                result.append(' ');
            } else if (isEscaped(codePoint) && (oneLine || (codePoint != '\n' && codePoint != '\t'))) {
                result.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
            } else {
                result.appendCodePoint(codePoint);
            }
        });
        return result.toString();
    }

    /** Returns whether the character is a control character or a bidirectional override that this class escapes. */
    static boolean isEscaped(int codePoint) {
        return codePoint < 0x20
                || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
