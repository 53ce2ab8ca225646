package org.charta.ui.sync;

import org.charta.core.charter.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The section titles that the conflict dialog names its conflicts by, in the UI language as the outline has them. */
class ConflictTitlesTest {

    private static final List<Section> SECTIONS = List.of(
            new Section("preamble", "sections/preamble.md", "Preamble", Map.of("fr", "Préambule")),
            new Section("article-1", "sections/article-1.md", "Article 1", Map.of()));

    @Test
    void frenchTitleUsedWhenTranslated() {
        assertThat(ConflictResolution.titles(SECTIONS, "fr")).containsEntry("preamble", "Préambule");
    }

    @Test
    void headingUsedWithoutTranslation() {
        assertThat(ConflictResolution.titles(SECTIONS, "fr")).containsEntry("article-1", "Article 1");
    }

    @Test
    void englishTitleUsedForEnglish() {
        assertThat(ConflictResolution.titles(SECTIONS, "en")).containsEntry("preamble", "Preamble");
    }
}
