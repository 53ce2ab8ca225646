package org.charta.ui.translation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.charta.core.translation.TranslationStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translations of the open charter as last computed: the status of every language version, by source
 * section id, and the manifest's languages. Only {@link TranslationController} sets it, on the JavaFX thread.
 */
public final class TranslationsModel {

    private final ObjectProperty<Map<String, List<TranslationStatus>>> statuses =
            new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<List<String>> languages = new SimpleObjectProperty<>(List.of());

    /** Status of each translation, keyed by source section id, languages in manifest order. */
    public ObjectProperty<Map<String, List<TranslationStatus>>> statusesProperty() {
        return statuses;
    }

    /** The manifest's languages; the first is the source language. */
    public ObjectProperty<List<String>> languagesProperty() {
        return languages;
    }

    /** Returns the source language, or empty text when the manifest names none. */
    public String sourceLanguage() {
        List<String> all = languages.get();
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Returns the translations of one section, empty when it has none. */
    public List<TranslationStatus> of(String sectionId) {
        return statuses.get().getOrDefault(sectionId, List.of());
    }

    /** Returns the status of one language version, or null when it is not known. */
    public TranslationStatus find(String sectionId, String language) {
        for (TranslationStatus status : of(sectionId)) {
            if (status.language().equals(language)) {
                return status;
            }
        }
        return null;
    }

    /** Replaces every status, grouping a flat overview by section. */
    void setAll(List<TranslationStatus> overview, List<String> manifestLanguages) {
        Map<String, List<TranslationStatus>> grouped = new LinkedHashMap<>();
        for (TranslationStatus status : overview) {
            grouped.computeIfAbsent(status.sectionId(), id -> new ArrayList<>()).add(status);
        }
        grouped.replaceAll((id, list) -> List.copyOf(list));
        languages.set(List.copyOf(manifestLanguages));
        statuses.set(Map.copyOf(grouped));
    }

    /** Replaces the statuses of one section, after its source or one of its translations changed. */
    void setSection(String sectionId, List<TranslationStatus> sectionStatuses) {
        Map<String, List<TranslationStatus>> updated = new LinkedHashMap<>(statuses.get());
        if (sectionStatuses.isEmpty()) {
            updated.remove(sectionId);
        } else {
            updated.put(sectionId, List.copyOf(sectionStatuses));
        }
        statuses.set(Map.copyOf(updated));
    }

    void clear() {
        languages.set(List.of());
        statuses.set(Map.of());
    }
}
