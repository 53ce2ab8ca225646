package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Translation writes are all or nothing, never overwrite unlisted files, and never pair a taken paragraph. */
class TranslationWritesTest extends IsolatedGitTest {

    private static final Identity AUTHOR = TranslationStatusTest.AUTHOR;

    private Charter charter;

    @BeforeEach
    void createCharter() throws Exception {
        charter = CharterSetup.create(temp.resolve("charter"), "Charter", List.of("en"), AUTHOR);
        for (String title : List.of("Article 1", "Article 2", "Article 3")) {
            charter.addSection(title, null);
        }
        charter.writeSection("article-3", TranslationStatusTest.SOURCE);
    }

    @Test
    void failedRecordWriteLeavesManifestUnchanged() throws Exception {
        String manifestBefore = Files.readString(ManifestStore.manifestPath(charter.folder()));
        blockRecords("article-3", "fr");

        ChartaException error = catchThrowableOfType(() -> Translations.importAligned(charter, "article-3", "fr",
                TranslationStatusTest.FRENCH, AUTHOR, false), ChartaException.class);

        assertThat(error).isNotNull();
        assertThat(error.messageKey()).isEqualTo("error.file.writeFailed");
        assertThat(Files.readString(ManifestStore.manifestPath(charter.folder()))).isEqualTo(manifestBefore);
        assertThat(charter.manifest().section("article-3").orElseThrow().translations()).isEmpty();
        assertThat(charter.manifest().languages()).containsExactly("en");
        assertThat(charter.folder().resolve("translations/fr/article-3.md")).doesNotExist();
    }

    @Test
    void failedFolderImportUndoesEarlierSections() throws Exception {
        Path folder = temp.resolve("french");
        Files.createDirectories(folder);
        for (String id : List.of("article-1", "article-2", "article-3")) {
            Files.writeString(folder.resolve(id + ".md"), "## Article\n\nTexte de " + id + ".\n");
        }
        String manifestBefore = Files.readString(ManifestStore.manifestPath(charter.folder()));
        blockRecords("article-3", "fr");

        ChartaException error = catchThrowableOfType(
                () -> Translations.importFolder(charter, "fr", folder, AUTHOR), ChartaException.class);

        assertThat(error).isNotNull();
        assertThat(error.messageKey()).isEqualTo("error.file.writeFailed");
        assertThat(Files.readString(ManifestStore.manifestPath(charter.folder()))).isEqualTo(manifestBefore);
        assertThat(charter.manifest().languages()).containsExactly("en");
        for (String id : List.of("article-1", "article-2", "article-3")) {
            assertThat(charter.manifest().section(id).orElseThrow().translations()).as(id).isEmpty();
            assertThat(charter.folder().resolve("translations/fr/" + id + ".md")).doesNotExist();
            assertThat(TranslationEvents.read(charter.folder(), id, "fr")).as(id).isEmpty();
        }
    }

    @Test
    void addRejectsUnlistedExistingFile() throws Exception {
        Path file = charter.folder().resolve("translations/fr/article-3.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Travail non listé\n");

        ChartaException error = catchThrowableOfType(() -> Translations.add(charter, "article-3", "fr", AUTHOR),
                ChartaException.class);

        assertThat(error).isNotNull();
        assertThat(error.messageKey()).isEqualTo("error.translation.fileExists");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("translations/fr/article-3.md")
                .contains("article-3@fr");
        assertThat(Files.readString(file)).isEqualTo("Travail non listé\n");
        assertThat(charter.manifest().section("article-3").orElseThrow().translations()).isEmpty();
        assertThat(TranslationEvents.read(charter.folder(), "article-3", "fr")).isEmpty();
    }

    @Test
    void markRejectsSourceParagraphAlreadyTranslated() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", TranslationStatusTest.FRENCH, AUTHOR, false);
        String inserted = TranslationStatusTest.FRENCH.replace("Nul ne sera",
                "Un paragraphe ajouté sans original.\n\nNul ne sera");
        charter.writeSection("article-3@fr", inserted);
        List<TranslationEvent> before = TranslationEvents.read(charter.folder(), "article-3", "fr");

        assertThatThrownBy(() -> Translations.markCurrent(charter, "article-3", "fr", 2, AUTHOR))
                .isInstanceOfSatisfying(ChartaException.class, error -> {
                    assertThat(error.messageKey()).isEqualTo("error.translation.sourceTaken");
                    assertThat(error.localizedMessage(Locale.ENGLISH)).contains("Paragraph 2")
                            .contains("article-3@fr");
                });

        assertThat(TranslationEvents.read(charter.folder(), "article-3", "fr")).isEqualTo(before);
        TranslationStatus status = Translations.status(charter, "article-3", "fr");
        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.UNALIGNED, ParagraphState.CURRENT, ParagraphState.CURRENT);
    }

    @Test
    void markPairsFreeSourceParagraph() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", TranslationStatusTest.FRENCH, AUTHOR, false);
        charter.writeSection("article-3", TranslationStatusTest.SOURCE.replace("No one shall",
                "Everyone has the right to a nationality.\n\nNo one shall"));
        charter.writeSection("article-3@fr", TranslationStatusTest.FRENCH.replace("Nul ne sera",
                "Tout individu a droit à une nationalité.\n\nNul ne sera"));

        Translations.markCurrent(charter, "article-3", "fr", 2, AUTHOR);

        TranslationStatus status = Translations.status(charter, "article-3", "fr");
        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3, 4);
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void translationEditCountsAsTextChange() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", TranslationStatusTest.FRENCH, AUTHOR, false);
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            repository.record("Import the French translation", AUTHOR);
            charter.writeSection("article-3@fr", TranslationStatusTest.FRENCH + "\nUn paragraphe de plus.\n");

            List<String> unrecorded = repository.status().uncommittedPaths();

            assertThat(unrecorded).containsExactly("translations/fr/article-3.md");
            assertThat(charter.manifest().textPaths()).contains("translations/fr/article-3.md",
                    "sections/article-3.md");
            assertThat(unrecorded.stream().filter(charter.manifest().textPaths()::contains)).hasSize(1);
        }
    }

    @Test
    void deleteSectionRemovesTranslationsAndRecords() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", TranslationStatusTest.FRENCH, AUTHOR, false);
        Path translation = charter.folder().resolve("translations/fr/article-3.md");
        Path records = charter.folder().resolve(".charta/translations/article-3");
        assertThat(translation).exists();
        assertThat(records).isDirectory();

        charter.deleteSection("article-3");

        assertThat(translation).doesNotExist();
        assertThat(records).doesNotExist();
        charter.addSection("Article 3", null);
        Translations.add(charter, "article-3", "fr", AUTHOR);
        assertThat(TranslationEvents.read(charter.folder(), "article-3", "fr")).extracting(TranslationEvent::kind)
                .containsExactly(TranslationEvent.Kind.ADD);
    }

    @Test
    void deletedSectionRecordsDeletion() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", TranslationStatusTest.FRENCH, AUTHOR, false);
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            repository.record("Import the French translation", AUTHOR);

            charter.deleteSection("article-3");
            repository.record("Delete article 3", AUTHOR);

            assertThat(repository.status().uncommittedPaths()).isEmpty();
        }
    }

    /**
     * Puts a dangling symbolic link where the records of a translation go: reading finds no records, but creating
     * the folder to write one fails, after the translation file is written.
     */
    private void blockRecords(String sectionId, String language) throws Exception {
        Path records = charter.folder().resolve(".charta/translations").resolve(sectionId).resolve(language);
        Files.createDirectories(records.getParent());
        Files.createSymbolicLink(records, records.getParent().resolve("missing-target"));
    }
}
