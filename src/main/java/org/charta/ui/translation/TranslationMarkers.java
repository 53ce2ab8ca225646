package org.charta.ui.translation;

import org.charta.core.translation.TranslationStatus;
import org.charta.ui.outline.LanguageMarker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the translations' status into the outline's compact language markers. */
public final class TranslationMarkers {

    private TranslationMarkers() {
    }

    /** Returns one marker per language version, by source section id. */
    public static Map<String, List<LanguageMarker>> of(Map<String, List<TranslationStatus>> statuses) {
        Map<String, List<LanguageMarker>> markers = new HashMap<>();
        statuses.forEach((sectionId, versions) -> markers.put(sectionId, versions.stream()
                .map(status -> new LanguageMarker(status.language(), LanguageNames.endonym(status.language()),
                        LanguageNames.pending(status)))
                .toList()));
        return Map.copyOf(markers);
    }
}
