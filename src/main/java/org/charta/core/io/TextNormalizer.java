package org.charta.core.io;

import java.text.Normalizer;

/** The one normal form of everything Charta writes: NFC and LF line endings. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Converts CRLF and lone CR line endings to LF and the text to Unicode NFC, and drops a leading byte order
     * mark (some Windows editors save UTF-8 with one). Trailing spaces stay.
     */
    public static String normalize(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lineFeeds = withoutMark.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lineFeeds, Normalizer.Form.NFC);
    }

    /** Returns the text with exactly one final line feed, as Markdown files conventionally end. */
    public static String withFinalNewline(String text) {
        if (text.isEmpty() || text.endsWith("\n")) {
            return text;
        }
        return text + "\n";
    }
}
