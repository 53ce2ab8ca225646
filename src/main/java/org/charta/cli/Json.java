package org.charta.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes the {@code --json} output of commands: indented, UTF-8, one document per run.
 *
 * <p>JSON output is often read on a terminal too, so every character that {@link TerminalText} escapes in text
 * output is written as a <code>&#92;uXXXX</code> escape here: Jackson's defaults cover C0 controls, and
 * {@link TerminalSafeEscapes} adds DEL, the C1 controls and the bidirectional overrides. A JSON parser reads the
 * same string either way.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Command output could not be written as JSON", e);
        }
    }

    /** Jackson's standard escapes, plus DEL, the C1 controls and the bidirectional overrides. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {

        private static final int DELETE = 0x7F;

        private final int[] asciiEscapes;

        TerminalSafeEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            asciiEscapes[DELETE] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson calls this method only for characters above ASCII; getEscapeCodesForAscii covers the rest.
            return TerminalText.isEscaped(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }
}
