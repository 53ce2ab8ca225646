package org.charta.ui.translation;

import org.charta.core.charter.LanguageTags;

import org.charta.core.ChartaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportPreviewTest {

    private static final List<String> NONE = List.of();

    private static final String SOURCE = "## Article 3\n\nOne.\n\nTwo.\n\nThree.\n";

    @TempDir
    Path folder;

    @Test
    void countsParagraphsAlignedByPosition() throws Exception {
        Path file = write("fr/article-03.md", "## Article 3\n\nUn.\n\nDeux.\n");

        ImportPreview preview = ImportPreview.read(file, SOURCE);

        assertThat(preview.translatedParagraphs()).isEqualTo(2);
        assertThat(preview.sourceParagraphs()).isEqualTo(3);
        assertThat(preview.aligned()).isEqualTo(2);
    }

    @Test
    void rejectsFileThatIsNotUtf8() throws Exception {
        Path file = folder.resolve("latin1.md");
        Files.write(file, "## Article\n\nDéclaration\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ImportPreview.read(file, SOURCE))
                .isInstanceOf(ChartaException.class)
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("ui.translation.import.notUtf8");
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        Path file = write("empty.md", "  \n\n");

        assertThatThrownBy(() -> ImportPreview.read(file, SOURCE))
                .isInstanceOf(ChartaException.class)
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("ui.translation.import.empty");
    }

    @Test
    void languageComesFromFolderName() throws Exception {
        assertThat(ImportPreview.languageFromFolder(write("fr/article-03.md", "x"), NONE)).contains("fr");
        assertThat(ImportPreview.languageFromFolder(write("pt-br/article-03.md", "x"), NONE)).contains("pt-BR");
        assertThat(ImportPreview.languageFromFolder(write("udhr/article-03.md", "x"), NONE)).isEmpty();
    }

    @Test
    void threeLetterWordGivesNoLanguage() throws Exception {
        assertThat(ImportPreview.languageFromFolder(write("bad/article-03.md", "x"), NONE)).isEmpty();
        assertThat(ImportPreview.languageFromFolder(write("doc/article-03.md", "x"), NONE)).isEmpty();
        assertThat(ImportPreview.languageFromFolder(write("new-US/article-03.md", "x"), NONE)).isEmpty();
    }

    @Test
    void charterLanguageMayHaveThreeLetters() throws Exception {
        List<String> charter = List.of("en", "ast");

        assertThat(ImportPreview.languageFromFolder(write("ast/article-03.md", "x"), charter)).contains("ast");
        assertThat(ImportPreview.languageFromFolder(write("ast-ES/article-03.md", "x"), charter)).contains("ast-ES");
        assertThat(ImportPreview.languageFromFolder(write("bad/article-03.md", "x"), charter)).isEmpty();
    }

    @Test
    void languageTagsAreCanonical() {
        assertThat(LanguageTags.canonical("PT-br")).contains("pt-BR");
        assertThat(LanguageTags.canonical("ar")).contains("ar");
        assertThat(LanguageTags.canonical("french!")).isEmpty();
        assertThat(LanguageTags.canonical("und")).isEmpty();
        assertThat(LanguageTags.canonical(" ")).isEmpty();
    }

    private Path write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
