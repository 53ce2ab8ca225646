package org.charta.ui.translation;

import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Language names in the interface language, and the import messages that name a language in a sentence. */
class LanguageNamesTest {

    private static final Locale FRENCH = Locale.forLanguageTag("fr");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void sentenceNameFollowsInterface() {
        assertThat(LanguageNames.inSentence("fr", FRENCH)).isEqualTo("français");
        assertThat(LanguageNames.inSentence("en", FRENCH)).isEqualTo("anglais");
        assertThat(LanguageNames.inSentence("fr", SPANISH)).isEqualTo("francés");
        assertThat(LanguageNames.inSentence("fr", Locale.ENGLISH)).isEqualTo("French");
        assertThat(LanguageNames.inSentence("qqq", FRENCH)).isEqualTo("qqq");
    }

    @Test
    void headingNameIsCapitalised() {
        assertThat(LanguageNames.asHeading("en", FRENCH)).isEqualTo("Anglais");
        assertThat(LanguageNames.asHeading("ca", SPANISH)).isEqualTo("Catalán");
    }

    @Test
    void importSummaryReadsNaturallyInFrench() {
        UiText text = new UiText(FRENCH);
        ImportPreview preview = new ImportPreview(Path.of("fr/article-03.md"), "x", 1, 1);

        String summary = preview.describe(text, LanguageNames.inSentence("fr", FRENCH));

        assertThat(summary).isEqualTo(
                "Le fichier en français compte 1 paragraphe et l'original en compte 1\u00A0: 1 paragraphe sera aligné"
                        + " par position.");
    }

    @Test
    void folderImportNamesTranslations() {
        UiText text = new UiText(FRENCH);

        assertThat(text.get("ui.translation.importFolder.importedInto", 21, LanguageNames.inSentence("fr", FRENCH)))
                .isEqualTo("21 fichiers ont été importés comme traductions en français.");
        assertThat(text.get("ui.translation.language.isSource", LanguageNames.inSentence("en", FRENCH)))
                .isEqualTo("La charte a été rédigée en anglais, sa langue originale. Choisissez une autre langue.");
    }
}
