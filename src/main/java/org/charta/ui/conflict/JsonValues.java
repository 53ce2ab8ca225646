package org.charta.ui.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Shows the JSON values of manifest conflicts as a person reads them. */
final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    /**
     * Returns a JSON string value as its plain text, without quotes or escapes, and any other JSON text (a number,
     * an array of section ids, an object) as it is. Null stays null.
     */
    static String readable(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node != null && node.isTextual() ? node.textValue() : json;
        } catch (JsonProcessingException notJson) {
            return json;
        }
    }
}
