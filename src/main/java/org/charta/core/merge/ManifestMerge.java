package org.charta.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The structural three-way merge of {@code charter.json}. Sections are matched by {@code id}; every other field,
 * and every field of a section entry, merges field by field, descending into objects. Fields this version does not
 * know merge like the others and are kept.
 *
 * <p>A section removed on one side that the other side edited (its entry or its file) is contested: it stays in
 * the merged order at the keeping side's place until the caller's {@link ConflictKind#SECTION_DELETED} resolution
 * drops it or keeps it.
 */
final class ManifestMerge {

    static final String SECTIONS = "sections";

    /** The manifest's language tags; the first is the source language. */
    static final String LANGUAGES = "languages";

    /** Tells whether a side changed a section's file against the base. */
    interface SectionFiles {
        boolean changed(String basePath, String sidePath, Side side);
    }

    /**
     * A field that both sides changed differently.
     *
     * @param pointer   the keys from the root; a section entry's field starts with {@code sections} and the id
     * @param sectionId the section whose entry contains the field, or null
     */
    record FieldConflict(List<String> pointer, String sectionId, JsonNode base, JsonNode mine, JsonNode theirs) {

        String key() {
            return String.join("/", pointer);
        }
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final SectionFiles files;
    private final List<FieldConflict> fieldConflicts = new ArrayList<>();
    private final Map<String, ObjectNode> entries = new LinkedHashMap<>();
    private final Map<String, Side> contested = new LinkedHashMap<>();
    private ObjectNode skeleton;
    private boolean structured;
    private List<String> baseOrder = List.of();
    private List<String> mineOrder = List.of();
    private List<String> theirsOrder = List.of();
    private boolean orderConflict;
    private Side cleanOrder = Side.OURS;

    private ManifestMerge(SectionFiles files) {
        this.files = files;
    }

    /**
     * Merges three manifests.
     *
     * @param base null when the histories share no manifest
     */
    static ManifestMerge merge(ObjectNode base, ObjectNode ours, ObjectNode theirs, SectionFiles files) {
        ManifestMerge merge = new ManifestMerge(files);
        ObjectNode baseRoot = base == null ? JsonNodeFactory.instance.objectNode() : base;
        Map<String, ObjectNode> baseSections = sections(baseRoot);
        Map<String, ObjectNode> oursSections = sections(ours);
        Map<String, ObjectNode> theirsSections = sections(theirs);
        merge.structured = baseSections != null && oursSections != null && theirsSections != null;

        merge.skeleton = merge.mergeObject(List.of(), null, baseRoot, ours, theirs);
        if (merge.structured) {
            merge.mergeSections(baseSections, oursSections, theirsSections);
            merge.mergeOrder(baseSections.keySet(), oursSections.keySet(), theirsSections.keySet());
        }
        return merge;
    }

    List<FieldConflict> fieldConflicts() {
        return List.copyOf(fieldConflicts);
    }

    /** Returns the contested sections, each with the side that kept it. */
    Map<String, Side> contested() {
        return Map.copyOf(contested);
    }

    /** Returns the entry of a merged or contested section, or null. */
    ObjectNode entry(String id) {
        return entries.get(id);
    }

    boolean hasOrderConflict() {
        return orderConflict;
    }

    List<String> baseOrder() {
        return baseOrder;
    }

    /** Returns the merged section order, with the local side's order where both reordered differently. */
    List<String> mineOrder() {
        return orderConflict || cleanOrder == Side.OURS ? mineOrder : theirsOrder;
    }

    /** Returns the merged section order, with the shared side's order where both reordered differently. */
    List<String> theirsOrder() {
        return orderConflict || cleanOrder == Side.THEIRS ? theirsOrder : mineOrder;
    }

    /**
     * Builds the merged manifest.
     *
     * @param fieldChoices the side kept for each field conflict, in {@link #fieldConflicts()} order
     * @param orderChoice  the side whose order is kept where both reordered differently
     * @param dropped      contested sections to leave out
     */
    ObjectNode result(List<Side> fieldChoices, Side orderChoice, Set<String> dropped) {
        ObjectNode root = skeleton.deepCopy();
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        entries.forEach((id, entry) -> merged.put(id, entry.deepCopy()));
        for (int i = 0; i < fieldConflicts.size(); i++) {
            FieldConflict conflict = fieldConflicts.get(i);
            apply(root, merged, conflict, fieldChoices.get(i) == Side.OURS ? conflict.mine() : conflict.theirs());
        }
        if (structured) {
            ArrayNode sections = nodes.arrayNode();
            for (String id : orderChoice == Side.OURS ? mineOrder() : theirsOrder()) {
                if (!dropped.contains(id)) {
                    sections.add(merged.get(id));
                }
            }
            root.set(SECTIONS, sections);
        }
        return root;
    }

    private void apply(ObjectNode root, Map<String, ObjectNode> merged, FieldConflict conflict, JsonNode value) {
        List<String> pointer = conflict.pointer();
        ObjectNode target = root;
        int first = 0;
        if (structured && pointer.size() > 2 && pointer.get(0).equals(SECTIONS)) {
            target = merged.get(pointer.get(1));
            first = 2;
        }
        for (int i = first; i < pointer.size() - 1; i++) {
            target = (ObjectNode) target.get(pointer.get(i));
        }
        String last = pointer.get(pointer.size() - 1);
        if (value == null) {
            target.remove(last);
        } else {
            target.set(last, value.deepCopy());
        }
    }

    /** Merges one value; returns null for a value that the merge removes. */
    private JsonNode mergeValue(List<String> pointer, String sectionId, JsonNode base, JsonNode ours,
                                JsonNode theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(base, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            return theirs;
        }
        if (ours instanceof ObjectNode o && theirs instanceof ObjectNode t && (base == null || base.isObject())) {
            return mergeObject(pointer, sectionId, (ObjectNode) base, o, t);
        }
        if (pointer.equals(List.of(LANGUAGES))) {
            JsonNode languages = mergeLanguages(base, ours, theirs);
            if (languages != null) {
                return languages;
            }
        }
        fieldConflicts.add(new FieldConflict(pointer, sectionId, base, ours, theirs));
        return ours;
    }

    /**
     * Merges the manifest's languages as a set, so that two people who each added a translation in another
     * language keep both: the local side's tags in order, without those the other side removed, then the other
     * side's new tags. Returns null, for a field conflict, when a list contains something other than text or the
     * two sides changed the source language (the first tag) differently.
     */
    private JsonNode mergeLanguages(JsonNode base, JsonNode ours, JsonNode theirs) {
        List<String> baseTags = textList(base == null ? nodes.arrayNode() : base);
        List<String> oursTags = textList(ours);
        List<String> theirsTags = textList(theirs);
        if (baseTags == null || oursTags == null || theirsTags == null) {
            return null;
        }
        String baseSource = baseTags.isEmpty() ? null : baseTags.get(0);
        String oursSource = oursTags.isEmpty() ? null : oursTags.get(0);
        String theirsSource = theirsTags.isEmpty() ? null : theirsTags.get(0);
        if (!Objects.equals(oursSource, theirsSource) && !Objects.equals(oursSource, baseSource)
                && !Objects.equals(theirsSource, baseSource)) {
            return null;
        }

        Set<String> merged = new LinkedHashSet<>();
        if (!Objects.equals(theirsSource, baseSource) && theirsSource != null) {
            merged.add(theirsSource);
        }
        for (String tag : oursTags) {
            if (theirsTags.contains(tag) || !baseTags.contains(tag)) {
                merged.add(tag);
            }
        }
        for (String tag : theirsTags) {
            if (!baseTags.contains(tag)) {
                merged.add(tag);
            }
        }
        ArrayNode result = nodes.arrayNode();
        merged.forEach(result::add);
        return result;
    }

    /** Returns the texts of an array of texts, or null when the node is something else. */
    private static List<String> textList(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return null;
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** Merges the fields of two objects: the local side's fields in their order, then the shared side's new ones. */
    private ObjectNode mergeObject(List<String> pointer, String sectionId, ObjectNode base, ObjectNode ours,
                                   ObjectNode theirs) {
        Set<String> keys = new LinkedHashSet<>();
        ours.fieldNames().forEachRemaining(keys::add);
        theirs.fieldNames().forEachRemaining(keys::add);
        ObjectNode merged = nodes.objectNode();
        for (String key : keys) {
            if (pointer.isEmpty() && key.equals(SECTIONS) && structured) {
                merged.set(key, nodes.arrayNode());
                continue;
            }
            JsonNode value = mergeValue(append(pointer, key), sectionId, base == null ? null : base.get(key),
                    ours.get(key), theirs.get(key));
            if (value != null) {
                merged.set(key, value);
            }
        }
        return merged;
    }

    private void mergeSections(Map<String, ObjectNode> base, Map<String, ObjectNode> ours,
                               Map<String, ObjectNode> theirs) {
        Set<String> ids = new LinkedHashSet<>(ours.keySet());
        ids.addAll(theirs.keySet());
        for (String id : ids) {
            ObjectNode baseEntry = base.get(id);
            ObjectNode oursEntry = ours.get(id);
            ObjectNode theirsEntry = theirs.get(id);
            if (oursEntry != null && theirsEntry != null) {
                List<String> pointer = List.of(SECTIONS, id);
                entries.put(id, (ObjectNode) mergeValue(pointer, id, baseEntry, oursEntry, theirsEntry));
            } else if (oursEntry != null) {
                keepUnlessDeleted(id, baseEntry, oursEntry, Side.OURS);
            } else {
                keepUnlessDeleted(id, baseEntry, theirsEntry, Side.THEIRS);
            }
        }
    }

    /** Handles a section that only {@code side} has: added there, deleted cleanly, or contested. */
    private void keepUnlessDeleted(String id, ObjectNode baseEntry, ObjectNode entry, Side side) {
        if (baseEntry == null) {
            entries.put(id, entry);
            return;
        }
        boolean edited = !baseEntry.equals(entry) || files.changed(path(baseEntry), path(entry), side);
        if (edited) {
            contested.put(id, side);
            entries.put(id, entry);
        }
    }

    /**
     * Merges the section order. A side reordered when its sections that the base also has are in another order
     * than the base's. Where one side reordered, its order wins; the other side's new and contested sections go in
     * after the section that precedes them on that side. Where both reordered the same way, that order wins; where
     * they reordered differently, it is a conflict.
     */
    private void mergeOrder(Collection<String> base, Collection<String> ours, Collection<String> theirs) {
        baseOrder = List.copyOf(base);
        mineOrder = build(ours, theirs);
        theirsOrder = build(theirs, ours);
        boolean oursReordered = !inOrderOf(base, ours).equals(inOrderOf(ours, base));
        boolean theirsReordered = !inOrderOf(base, theirs).equals(inOrderOf(theirs, base));
        if (oursReordered && theirsReordered) {
            orderConflict = !inOrderOf(ours, theirs).equals(inOrderOf(theirs, ours));
        } else if (theirsReordered) {
            cleanOrder = Side.THEIRS;
        }
    }

    /** Returns the ids of {@code order} that {@code filter} also holds, in {@code order}'s order. */
    private static List<String> inOrderOf(Collection<String> order, Collection<String> filter) {
        Set<String> kept = Set.copyOf(filter);
        return order.stream().filter(kept::contains).toList();
    }

    /** Takes {@code primary}'s merged sections, then inserts each of {@code secondary}'s after its predecessor. */
    private List<String> build(Collection<String> primary, Collection<String> secondary) {
        List<String> order = new ArrayList<>();
        for (String id : primary) {
            if (entries.containsKey(id)) {
                order.add(id);
            }
        }
        Set<String> placed = new LinkedHashSet<>(order);
        String predecessor = null;
        for (String id : secondary) {
            if (!entries.containsKey(id)) {
                continue;
            }
            if (placed.add(id)) {
                order.add(predecessor == null ? 0 : order.indexOf(predecessor) + 1, id);
            }
            predecessor = id;
        }
        return List.copyOf(order);
    }

    /** Returns the sections by id, or null when the manifest's {@code sections} is not a list of entries with ids. */
    static Map<String, ObjectNode> sections(ObjectNode manifest) {
        Map<String, ObjectNode> sections = new LinkedHashMap<>();
        JsonNode list = manifest.get(SECTIONS);
        if (list == null) {
            return sections;
        }
        if (!list.isArray()) {
            return null;
        }
        for (Iterator<JsonNode> elements = list.elements(); elements.hasNext(); ) {
            JsonNode element = elements.next();
            JsonNode id = element.get("id");
            if (!(element instanceof ObjectNode entry) || id == null || !id.isTextual()
                    || sections.put(id.asText(), entry) != null) {
                return null;
            }
        }
        return sections;
    }

    static String path(JsonNode entry) {
        JsonNode path = entry == null ? null : entry.get("path");
        return path != null && path.isTextual() ? path.asText() : null;
    }

    private static List<String> append(List<String> pointer, String key) {
        List<String> longer = new ArrayList<>(pointer);
        longer.add(key);
        return List.copyOf(longer);
    }
}
