package org.charta.core.io;

import org.charta.core.ChartaException;

import java.util.Locale;

/**
 * The rule for text that co-authors share (comments, a conflict settled with one's own text): no control character
 * other than a line break, a carriage return or a tab. Shared text reaches every co-author, and an escape sequence
 * in it would act on the terminal of anyone who prints the file.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Throws when the text contains a forbidden control character.
     *
     * @param messageKey the message to throw, with the character as {@code U+XXXX} in {0} and its position in the
     *                   text (from 1, counted in characters) in {1}
     */
    public static void reject(String text, String messageKey) throws ChartaException {
        int position = 0;
        for (int offset = 0; offset < text.length(); offset += Character.charCount(text.codePointAt(offset))) {
            int codePoint = text.codePointAt(offset);
            position++;
            if (isForbidden(codePoint)) {
                throw new ChartaException(messageKey, String.format(Locale.ROOT, "U+%04X", codePoint), position);
            }
        }
    }

    /**
     * Throws {@code error.file.controlCharacter} when a file's text contains a forbidden control character: Git
     * would treat the file as binary, and printing it would act on the terminal. The message names the file, the
     * character as {@code U+XXXX} and its line (from 1).
     */
    public static void rejectInFile(String text, String file) throws ChartaException {
        int line = 1;
        for (int offset = 0; offset < text.length(); offset += Character.charCount(text.codePointAt(offset))) {
            int codePoint = text.codePointAt(offset);
            if (isForbidden(codePoint)) {
                throw new ChartaException("error.file.controlCharacter", file,
                        String.format(Locale.ROOT, "U+%04X", codePoint), line);
            }
            if (codePoint == '\n' || codePoint == '\r' && !text.startsWith("\n", offset + 1)) {
                line++;
            }
        }
    }

    private static boolean isForbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\n' && codePoint != '\t' && codePoint != '\r';
    }
}
