package org.charta.core.charter;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One section in the manifest: its stable id, the file that contains its text, translations of its title and the
 * files of its translations.
 * The title itself lives in the file's first heading. Fields this version does not know are kept as read.
 */
@JsonPropertyOrder({"id", "path", "titles", "translations"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class SectionEntry {

    private String id;
    private String path;
    private Map<String, String> titles = new LinkedHashMap<>();
    private Map<String, String> translations = new LinkedHashMap<>();
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    public SectionEntry() {
    }

    public SectionEntry(String id, String path) {
        this.id = id;
        this.path = path;
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("id")
    void setId(String id) {
        this.id = id;
    }

    /** Path of the section file relative to the charter folder, with forward slashes. */
    @JsonProperty("path")
    public String path() {
        return path;
    }

    @JsonProperty("path")
    void setPath(String path) {
        this.path = path;
    }

    /** Translated titles by language tag, for the outline; the source title is the file's heading. */
    @JsonProperty("titles")
    public Map<String, String> titles() {
        return titles;
    }

    @JsonProperty("titles")
    void setTitles(Map<String, String> titles) {
        this.titles = titles == null ? new LinkedHashMap<>() : new LinkedHashMap<>(titles);
    }

    /**
     * Translation files by language tag, relative to the charter folder with forward slashes. Each is a language
     * version of the section, addressed as {@code <id>@<language>}.
     */
    @JsonProperty("translations")
    public Map<String, String> translations() {
        return translations;
    }

    @JsonProperty("translations")
    void setTranslations(Map<String, String> translations) {
        this.translations = translations == null ? new LinkedHashMap<>() : new LinkedHashMap<>(translations);
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
