package org.charta.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charta.core.amend.AmendmentRecords;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Merges two versions of an amendment record, {@code .charta/amendments/<id>/amendment.json}, field by field. Two
 * people change one record offline when, say, the author withdraws it while a coordinator opens the vote.
 *
 * <p>A field that one side changed takes that side's value; nested objects (the vote window) merge the same way,
 * key by key. Where both sides changed {@code status} differently, the status later in an amendment's life wins
 * ({@link AmendmentStatus#stage()}), and the shared side wins a tie. Any other field that both changed differently
 * takes the shared side's value, as other files under {@code .charta/} do.
 */
final class RecordMerge {

    private static final String STATUS = "status";

    private RecordMerge() {
    }

    /** Returns whether the path is an amendment record. */
    static boolean isRecord(String path) {
        if (!path.startsWith(AmendmentRefs.FOLDER) || !path.endsWith("/amendment.json")) {
            return false;
        }
        String id = path.substring(AmendmentRefs.FOLDER.length(), path.length() - "/amendment.json".length());
        return id.matches(AmendmentRefs.ID_PATTERN);
    }

    /** Returns the record's bytes: NFC, LF line endings, a final newline. */
    static byte[] write(ObjectNode record) {
        return AmendmentRecords.toBytes(record);
    }

    /**
     * Returns the merged record, or null when a version is not a JSON object (the caller then keeps the shared
     * version whole).
     *
     * @param base the common ancestor's bytes, or null when the record is new on both sides
     */
    static ObjectNode merge(byte[] base, byte[] ours, byte[] theirs) {
        ObjectNode baseNode = base == null ? JsonNodeFactory.instance.objectNode() : ManifestJson.parse(base);
        ObjectNode oursNode = ManifestJson.parse(ours);
        ObjectNode theirsNode = ManifestJson.parse(theirs);
        if (baseNode == null || oursNode == null || theirsNode == null) {
            return null;
        }
        return mergeObjects(baseNode, oursNode, theirsNode, true);
    }

    private static ObjectNode mergeObjects(ObjectNode base, ObjectNode ours, ObjectNode theirs, boolean top) {
        Set<String> keys = new LinkedHashSet<>();
        ours.fieldNames().forEachRemaining(keys::add);
        theirs.fieldNames().forEachRemaining(keys::add);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String key : keys) {
            JsonNode value = mergeField(key, base.get(key), ours.get(key), theirs.get(key), top);
            if (value != null) {
                merged.set(key, value);
            }
        }
        return merged;
    }

    /** Returns the merged value of one field, or null when the merge drops it. */
    private static JsonNode mergeField(String key, JsonNode base, JsonNode ours, JsonNode theirs, boolean top) {
        if (Objects.equals(ours, theirs) || Objects.equals(base, ours)) {
            return theirs;
        }
        if (Objects.equals(base, theirs)) {
            return ours;
        }
        if (ours instanceof ObjectNode oursObject && theirs instanceof ObjectNode theirsObject) {
            ObjectNode baseObject = base instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
            return mergeObjects(baseObject, oursObject, theirsObject, false);
        }
        if (top && STATUS.equals(key)) {
            return laterStatus(ours, theirs);
        }
        return theirs;
    }

    private static JsonNode laterStatus(JsonNode ours, JsonNode theirs) {
        int oursStage = stage(ours);
        int theirsStage = stage(theirs);
        return oursStage > theirsStage ? ours : theirs;
    }

    /** Returns the status's stage, or -1 for a value that names no status, which then loses. */
    private static int stage(JsonNode status) {
        if (status == null || !status.isTextual()) {
            return -1;
        }
        try {
            return AmendmentStatus.fromFileValue(status.asText()).stage();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
