package org.charta.core.merge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charta.core.io.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes {@code charter.json} as a Jackson tree, in the format of {@code ManifestStore}: indented JSON
 * with Jackson's default pretty printer, LF endings and a final newline. A manifest that {@code ManifestStore} wrote
 * comes back byte for byte when its tree is written again.
 */
final class ManifestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestJson() {
    }

    /** Returns the manifest's root object, or null when the bytes are not a JSON object. */
    static ObjectNode parse(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            // JacksonException is an IOException; reading a byte array raises no other kind.
            return null;
        }
    }

    static byte[] write(JsonNode manifest) {
        return text(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the value as indented JSON, or null for a missing value. */
    static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        try {
            return TextNormalizer.withFinalNewline(TextNormalizer.normalize(MAPPER.writeValueAsString(value)));
        } catch (JacksonException e) {
            throw new IllegalStateException("A JSON tree held in memory could not be written", e);
        }
    }
}
