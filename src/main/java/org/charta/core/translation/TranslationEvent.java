package org.charta.core.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One alignment record of a translation, stored as its own file and never rewritten. It keeps the source and
 * translation paragraphs as they were when it was made, so that later texts can be compared with them.
 *
 * @param id                 sortable id, also the file name without {@code .json}
 * @param kind               what made the record
 * @param created            when it was made, by the local clock
 * @param author             who made it
 * @param sourceLanguage     the charter's source language at that time
 * @param sourceRevision     the commit whose source file equalled the source text then, or null
 * @param sourceParagraphs   the source paragraphs then, in order
 * @param translationParagraphs the translation paragraphs then, in order
 * @param pairs              which translation paragraph follows which source paragraph, by 1-based position in
 *                           the two lists above
 */
public record TranslationEvent(String id, Kind kind, Instant created, Author author, String sourceLanguage,
                               String sourceRevision, List<String> sourceParagraphs,
                               List<String> translationParagraphs, List<Pair> pairs) {

    /** Operation that made an alignment record. */
    public enum Kind {
        /** An existing translation was imported, its paragraphs paired with the source's by {@link ImportAlignment}. */
        IMPORT,
        /** A translation was started as a copy of the source; nothing is paired. */
        ADD,
        /** A translator marked paragraphs as following the current source. */
        MARK;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Name and e-mail address of the person who made the record. */
    public record Author(@JsonProperty("name") String name, @JsonProperty("email") String email) {
    }

    /**
     * One alignment: translation paragraph {@code translation} follows source paragraph {@code source}.
     * Both are 1-based positions in the record's paragraph lists, headings included.
     */
    public record Pair(@JsonProperty("translation") int translation, @JsonProperty("source") int source) {
    }

    public TranslationEvent {
        sourceParagraphs = sourceParagraphs == null ? List.of() : List.copyOf(sourceParagraphs);
        translationParagraphs = translationParagraphs == null ? List.of() : List.copyOf(translationParagraphs);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }
}
