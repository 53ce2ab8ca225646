package org.charta.core.charter;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The charter's manifest, {@code charter.json}: title, languages, the ordered sections and the governance
 * rules. Fields that this version of Charta does not know are kept and written back unchanged, so that
 * older and newer versions can share one repository.
 */
@JsonPropertyOrder({"format", "title", "languages", "sections", "governance"})
public final class Manifest {

    /** Version of the repository format that this code writes. */
    public static final int FORMAT = 1;

    private int format = FORMAT;
    private String title = "";
    private List<String> languages = new ArrayList<>();
    private List<SectionEntry> sections = new ArrayList<>();
    private Map<String, Object> governance = defaultGovernance();
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    public Manifest() {
    }

    public Manifest(String title, List<String> languages) {
        this.title = title;
        this.languages = new ArrayList<>(languages);
    }

    /** Governance written into new charters; the amendments feature reads and extends it. */
    static Map<String, Object> defaultGovernance() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("roles", List.of("drafter", "reviewer", "coordinator"));
        rules.put("quorum", 0.5);
        rules.put("majority", "simple");
        rules.put("members", new ArrayList<>());
        return rules;
    }

    @JsonProperty("format")
    public int format() {
        return format;
    }

    @JsonProperty("format")
    void setFormat(int format) {
        this.format = format;
    }

    @JsonProperty("title")
    public String title() {
        return title;
    }

    @JsonProperty("title")
    public void setTitle(String title) {
        this.title = title;
    }

    /** Language tags of the charter; the first is the source language. */
    @JsonProperty("languages")
    public List<String> languages() {
        return languages;
    }

    @JsonProperty("languages")
    void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    /** Sections in reading order. */
    @JsonProperty("sections")
    public List<SectionEntry> sections() {
        return sections;
    }

    @JsonProperty("sections")
    void setSections(List<SectionEntry> sections) {
        this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
    }

    @JsonProperty("governance")
    public Map<String, Object> governance() {
        return governance;
    }

    @JsonProperty("governance")
    void setGovernance(Map<String, Object> governance) {
        this.governance = governance == null ? new LinkedHashMap<>() : new LinkedHashMap<>(governance);
    }

    public Optional<SectionEntry> section(String id) {
        return sections.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /**
     * Returns the path of every section file and every translation file, as the manifest writes them. Editing any
     * of them is unrecorded work on the charter's text.
     */
    public Set<String> textPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (SectionEntry entry : sections) {
            paths.add(entry.path());
            paths.addAll(entry.translations().values());
        }
        paths.remove(null);
        return paths;
    }

    public int indexOf(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @JsonAnyGetter
    Map<String, Object> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    void putUnknownField(String name, Object value) {
        unknownFields.put(name, value);
    }
}
