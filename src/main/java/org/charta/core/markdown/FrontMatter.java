package org.charta.core.markdown;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * YAML front matter: a block that opens the file with a {@code ---} line and ends at the next {@code ---} or
 * {@code ...} line, as Jekyll, Hugo and GitHub Pages read it. CommonMark has no such block and would see a
 * thematic break and a setext heading, so Charta masks it before parsing.
 */
public final class FrontMatter {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrontMatter() {
    }

    /** Returns the offset just after the front matter's closing line, or 0 when the text has none. */
    public static int end(String text) {
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0 || !stripCarriageReturn(text.substring(0, firstLineEnd)).equals("---")) {
            return 0;
        }
        int lineStart = firstLineEnd + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String line = stripCarriageReturn(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
            if (line.equals("---") || line.equals("...")) {
                return next;
            }
            lineStart = next;
        }
        return 0;
    }

    /**
     * Returns the text with its front matter and a leading byte order mark replaced by spaces, so offsets
     * and line numbers stay the same.
     */
    public static String mask(String text) {
        if (text.startsWith("\uFEFF")) {
            return " " + mask(text.substring(1));
        }
        int end = end(text);
        if (end == 0) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char character = masked.charAt(i);
            if (character != '\n' && character != '\r') {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    /** Returns the front matter's top-level {@code title} when it is a non-blank string. */
    public static Optional<String> title(String text) {
        int end = end(text);
        if (end == 0) {
            return Optional.empty();
        }
        int bodyStart = text.indexOf('\n') + 1;
        int bodyEnd = text.lastIndexOf('\n', end - 2) + 1;
        try {
            JsonNode node = YAML.readTree(text.substring(bodyStart, Math.max(bodyStart, bodyEnd)));
            JsonNode title = node == null ? null : node.get("title");
            if (title != null && title.isValueNode() && !title.asText().isBlank()) {
                return Optional.of(title.asText().strip());
            }
        } catch (JacksonException e) {
            // Malformed front matter still masks as a block; it only gives no title.
        }
        return Optional.empty();
    }

    /**
     * Returns the text with the front matter's top-level {@code title} replaced, written as a double-quoted
     * scalar (JSON string syntax, which YAML accepts). Continuation lines of the old value are removed. Text
     * without a front matter title comes back unchanged.
     */
    public static String withTitle(String text, String title) {
        if (title(text).isEmpty()) {
            return text;
        }
        int end = end(text);
        List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\n", -1)));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("title:")) {
                lines.set(i, "title: " + quoted(title));
                while (i + 1 < lines.size() && (lines.get(i + 1).startsWith(" ") || lines.get(i + 1).startsWith("\t"))) {
                    lines.remove(i + 1);
                }
                break;
            }
        }
        return String.join("\n", lines) + text.substring(end);
    }

    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("A string could not be written as JSON", e);
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
