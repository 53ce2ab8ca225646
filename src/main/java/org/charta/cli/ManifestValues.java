package org.charta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Turns the JSON text of a {@code charter.json} field in a conflict into text a person reads. */
final class ManifestValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestValues() {
    }

    /**
     * Returns a list of plain values as comma-separated values, such as a section order
     * {@code article-1, article-2}, and a JSON string as its text. Other JSON, such as an object, is returned as it
     * is.
     */
    static String readable(String json) {
        JsonNode value;
        try {
            value = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (!value.isArray()) {
            return json;
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                return json;
            }
            items.add(item.asText());
        }
        return String.join(", ", items);
    }
}
