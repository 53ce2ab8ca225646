package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.diff.DiffSegment;
import org.charta.testing.IsolatedGitTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The state of each translation paragraph as the source and the translation change, on a real charter. */
class TranslationStatusTest extends IsolatedGitTest {

    static final Identity AUTHOR = new Identity("Ada Translator", "ada@example.org");

    static final String SOURCE = """
            ## Article 3

            Everyone has the right to life, liberty and the security of person.

            No one shall be held in slavery or servitude in any of its forms.

            Everyone has the right to recognition everywhere as a person before the law.
            """;

    static final String FRENCH = """
            ## Article 3

            Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.

            Nul ne sera tenu en esclavage ni en servitude sous aucune de ses formes.

            Chacun a le droit à la reconnaissance en tous lieux de sa personnalité juridique.
            """;

    private Charter charter;

    @BeforeEach
    void createCharter() throws Exception {
        charter = CharterSetup.create(temp.resolve("charter"), "Charter", List.of("en"), AUTHOR);
        charter.addSection("Article 3", null);
        charter.writeSection("article-3", SOURCE);
        Translations.importAligned(charter, "article-3", "fr", FRENCH, AUTHOR, false);
    }

    @Test
    void importedTranslationIsCurrent() throws Exception {
        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.count(ParagraphState.CURRENT)).isEqualTo(4);
        assertThat(status.path()).isEqualTo("translations/fr/article-3.md");
        assertThat(status.sourceLanguage()).isEqualTo("en");
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2, 3);
        assertThat(status.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3);
        assertThat(charter.manifest().languages()).containsExactly("en", "fr");
        assertThat(charter.readSection("article-3@fr")).isEqualTo(FRENCH);
    }

    @Test
    void rewordedSourceMakesOutdatedWithWordDiff() throws Exception {
        charter.writeSection("article-3", SOURCE.replace("slavery or servitude", "slavery or bondage"));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.OUTDATED, ParagraphState.CURRENT);
        AlignedRow outdated = status.rows().get(2);
        assertThat(outdated.translationNumber()).isEqualTo(2);
        assertThat(outdated.sourceNumber()).isEqualTo(2);
        assertThat(outdated.alignedSourceText())
                .isEqualTo("No one shall be held in slavery or servitude in any of its forms.");
        assertThat(outdated.sourceText())
                .isEqualTo("No one shall be held in slavery or bondage in any of its forms.");
        assertThat(outdated.sourceChange()).containsExactly(
                new DiffSegment(DiffSegment.Kind.EQUAL, "No one shall be held in slavery or "),
                new DiffSegment(DiffSegment.Kind.DELETED, "servitude"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "bondage"),
                new DiffSegment(DiffSegment.Kind.EQUAL, " in any of its forms."));
        assertThat(outdated.alignedBy()).isEqualTo("Ada Translator");
        assertThat(outdated.alignedAt()).isNotNull();
        assertThat(status.isUpToDate()).isFalse();
    }

    @Test
    void insertedSourceParagraphIsMissing() throws Exception {
        charter.writeSection("article-3", SOURCE.replace("No one shall",
                "Everyone has the right to a nationality and to change it.\n\nNo one shall"));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.MISSING, ParagraphState.CURRENT, ParagraphState.CURRENT);
        assertThat(status.rows().get(2).sourceNumber()).isEqualTo(2);
        assertThat(status.rows().get(2).translationNumber()).isNull();
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, null, 2, 3);
        assertThat(status.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void deletedSourceParagraphIsSourceRemoved() throws Exception {
        charter.writeSection("article-3",
                SOURCE.replace("No one shall be held in slavery or servitude in any of its forms.\n\n", ""));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.SOURCE_REMOVED, ParagraphState.CURRENT);
        AlignedRow removed = status.rows().get(2);
        assertThat(removed.translationNumber()).isEqualTo(2);
        assertThat(removed.sourceNumber()).isNull();
        assertThat(removed.alignedSourceText()).startsWith("No one shall be held");
    }

    @Test
    void movedSourceParagraphStaysCurrent() throws Exception {
        charter.writeSection("article-3", """
                ## Article 3

                Everyone has the right to recognition everywhere as a person before the law.

                Everyone has the right to life, liberty and the security of person.

                No one shall be held in slavery or servitude in any of its forms.
                """);

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 3, 1, 2);
        assertThat(status.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3);
    }

    @Test
    void translatorEditsStayCurrent() throws Exception {
        charter.writeSection("article-3@fr", FRENCH.replace("Tout individu a droit", "Toute personne a droit"));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.rows().get(1).translationText()).startsWith("Toute personne a droit");
    }

    @Test
    void markCurrentClearsExactlyThatParagraph() throws Exception {
        charter.writeSection("article-3", SOURCE.replace("slavery or servitude", "slavery or forced labour")
                .replace("recognition everywhere", "recognition in every place"));
        assertThat(Translations.status(charter, "article-3", "fr").count(ParagraphState.OUTDATED)).isEqualTo(2);

        Translations.markCurrent(charter, "article-3", "fr", 2, AUTHOR);

        TranslationStatus status = Translations.status(charter, "article-3", "fr");
        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.CURRENT, ParagraphState.OUTDATED);
        assertThat(status.rows().get(2).alignedSourceText()).contains("forced labour");
        assertThat(TranslationEvents.read(charter.folder(), "article-3", "fr")).extracting(TranslationEvent::kind)
                .containsExactly(TranslationEvent.Kind.IMPORT, TranslationEvent.Kind.MARK);
    }

    @Test
    void markAllOutdatedClearsEveryOutdated() throws Exception {
        charter.writeSection("article-3", SOURCE.replace("slavery or servitude", "slavery or forced labour")
                .replace("recognition everywhere", "recognition in every place"));

        int marked = Translations.markAllOutdated(charter, "article-3", "fr", AUTHOR);

        assertThat(marked).isEqualTo(2);
        assertThat(Translations.status(charter, "article-3", "fr").isUpToDate()).isTrue();
        assertThat(Translations.markAllOutdated(charter, "article-3", "fr", AUTHOR)).isZero();
    }

    @Test
    void addedCopyIsUnalignedUntilMarked() throws Exception {
        Translations.add(charter, "article-3", "es", AUTHOR);

        TranslationStatus added = Translations.status(charter, "article-3", "es");
        // Each copied paragraph is one row with its source paragraph beside it, counted once.
        assertThat(added.count(ParagraphState.UNALIGNED)).isEqualTo(4);
        assertThat(added.count(ParagraphState.MISSING)).isZero();
        assertThat(added.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3);
        assertThat(added.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2, 3);
        assertThat(charter.readSection("article-3@es")).isEqualTo(SOURCE);

        charter.writeSection("article-3@es", SOURCE.replace("Everyone has the right to life",
                "Todo individuo tiene derecho a la vida"));
        for (int paragraph = 0; paragraph <= 3; paragraph++) {
            Translations.markCurrent(charter, "article-3", "es", paragraph, AUTHOR);
        }

        TranslationStatus marked = Translations.status(charter, "article-3", "es");
        assertThat(marked.isUpToDate()).isTrue();
        assertThat(marked.rows()).extracting(AlignedRow::sourceNumber).containsExactly(0, 1, 2, 3);
        assertThat(marked.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2, 3);
    }

    @Test
    void unalignedTranslationParagraphFollowsPredecessor() throws Exception {
        charter.writeSection("article-3@fr", FRENCH.replace("Nul ne sera",
                "Une phrase ajoutée par la traductrice, sans équivalent.\n\nNul ne sera"));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.UNALIGNED, ParagraphState.CURRENT, ParagraphState.CURRENT);
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void unalignedParagraphAtPlaceOfMissingOneIsOneRow() throws Exception {
        charter.writeSection("article-3", SOURCE.replace("No one shall",
                "Everyone has the right to rest.\n\nNo one shall"));
        charter.writeSection("article-3@fr", FRENCH.replace("Nul ne sera",
                "Toute personne a droit au repos.\n\nNul ne sera"));

        TranslationStatus status = Translations.status(charter, "article-3", "fr");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.UNALIGNED, ParagraphState.CURRENT, ParagraphState.CURRENT);
        AlignedRow added = status.rows().get(2);
        assertThat(added.translationText()).isEqualTo("Toute personne a droit au repos.");
        assertThat(added.sourceText()).isEqualTo("Everyone has the right to rest.");
        assertThat(added.sourceNumber()).isEqualTo(2);
        assertThat(status.count(ParagraphState.MISSING)).isZero();

        Translations.markCurrent(charter, "article-3", "fr", 2, AUTHOR);
        assertThat(Translations.status(charter, "article-3", "fr").isUpToDate()).isTrue();
    }

    @Test
    void markingCurrentParagraphWritesNothing() throws Exception {
        java.nio.file.Path records = charter.folder().resolve(".charta/translations/article-3/fr");
        long before;
        try (var files = java.nio.file.Files.list(records)) {
            before = files.count();
        }

        boolean written = Translations.markCurrent(charter, "article-3", "fr", 1, AUTHOR);

        assertThat(written).isFalse();
        try (var files = java.nio.file.Files.list(records)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void overviewListsEveryTranslation() throws Exception {
        Translations.add(charter, "article-3", "ar", AUTHOR);
        Translations.importAligned(charter, "preamble", "fr", "## Préambule\n\nConsidérant.\n", AUTHOR, false);

        List<TranslationStatus> all = Translations.overview(charter, java.util.Optional.empty());
        List<TranslationStatus> french = Translations.overview(charter, java.util.Optional.of("fr"));

        assertThat(all).extracting(status -> status.version().id())
                .containsExactly("preamble@fr", "article-3@fr", "article-3@ar");
        assertThat(french).extracting(status -> status.version().id()).containsExactly("preamble@fr", "article-3@fr");
    }

    @Test
    void unknownVersionIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> charter.readSection("article-3@de"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("article-3@de")
                .extracting(e -> ((ChartaException) e).messageKey()).isEqualTo("error.translation.unknown");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Translations.status(charter, "article-9", "fr"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("article-9");
    }

    /**
     * A translation that leaves out a source paragraph is aligned by length. Leaving the second paragraph out
     * shortens the whole text, so the length ratio fits a merge of the first two source paragraphs into the first
     * translated one better than a pair and a missing paragraph. The import cannot tell an omission from a merge.
     */
    @Test
    void importWithFewerParagraphsMergesWhereTheLengthsFit() throws Exception {
        String withoutSecond = FRENCH.replace("Nul ne sera tenu en esclavage ni en servitude sous aucune de ses formes.\n\n",
                "");

        Translations.importAligned(charter, "article-3", "ca", withoutSecond, AUTHOR, false);

        TranslationStatus status = Translations.status(charter, "article-3", "ca");
        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.CURRENT, ParagraphState.CURRENT);
        assertThat(status.rows()).extracting(AlignedRow::translationNumber).containsExactly(0, 1, 2);
        assertThat(status.rows().get(1).sourceNumbers()).containsExactly(1, 2);
    }

    @Test
    void mergedRowIsOutdatedWhenOneOfItsSourcesChanges() throws Exception {
        String joined = FRENCH.replace("personne.\n\nNul", "personne. Nul");
        Translations.importAligned(charter, "article-3", "ca", joined, AUTHOR, false);
        charter.writeSection("article-3", SOURCE.replace("servitude", "bondage"));

        TranslationStatus status = Translations.status(charter, "article-3", "ca");

        assertThat(status.rows()).extracting(AlignedRow::state).containsExactly(ParagraphState.CURRENT,
                ParagraphState.OUTDATED, ParagraphState.CURRENT);
        AlignedRow merged = status.rows().get(1);
        assertThat(merged.sourceNumbers()).containsExactly(1, 2);
        assertThat(merged.sourceChange()).extracting(org.charta.core.diff.DiffSegment::text)
                .contains("servitude", "bondage");

        Translations.markCurrent(charter, "article-3", "ca", 1, AUTHOR);

        TranslationStatus marked = Translations.status(charter, "article-3", "ca");
        assertThat(marked.isUpToDate()).isTrue();
        assertThat(marked.rows().get(1).sourceNumbers()).as("the mark keeps the merge").containsExactly(1, 2);
    }

    @Test
    void secondHeadingIsMarkedByAddress() throws Exception {
        charter.writeSection("article-3", SOURCE + "\n## Notes and comments on this article\n\nA note.\n");
        Translations.importAligned(charter, "article-3", "ca", FRENCH + "\n## Notes\n\nUne note.\n", AUTHOR, false);
        charter.writeSection("article-3", SOURCE + "\n## Notes and remarks on this article\n\nA note.\n");

        TranslationStatus status = Translations.status(charter, "article-3", "ca");
        assertThat(status.rows()).filteredOn(row -> row.state() == ParagraphState.OUTDATED)
                .extracting(AlignedRow::translationAddress).containsExactly("h2");

        Translations.markCurrent(charter, "article-3", "ca", "h2", AUTHOR);

        assertThat(Translations.status(charter, "article-3", "ca").isUpToDate()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Translations.markCurrent(charter, "article-3", "ca", "h3", AUTHOR))
                .isInstanceOf(ChartaException.class).hasMessageContaining("h3");
    }

    @Test
    void missingTranslationFileDoesNotStopTheOverview() throws Exception {
        Translations.importAligned(charter, "article-3", "ca", FRENCH, AUTHOR, false);
        String path = charter.manifest().section("article-3").orElseThrow().translations().get("ca");
        java.nio.file.Files.delete(charter.folder().resolve(path));

        List<TranslationStatus> all = Translations.overview(charter, java.util.Optional.empty());

        assertThat(all).filteredOn(TranslationStatus::fileMissing).singleElement().satisfies(missing -> {
            assertThat(missing.path()).isEqualTo(path);
            assertThat(missing.isUpToDate()).isFalse();
        });
        assertThat(all).filteredOn(status -> !status.fileMissing()).isNotEmpty();
    }

    @Test
    void recordFileHasDocumentedFields() throws Exception {
        java.nio.file.Path folder = charter.folder().resolve(".charta/translations/article-3/fr");
        List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> listed = java.nio.file.Files.list(folder)) {
            files = listed.toList();
        }

        assertThat(files).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(files.get(0).toFile());
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "kind", "created", "author", "sourceLanguage", "sourceRevision",
                "sourceParagraphs", "translationParagraphs", "pairs");
        assertThat(files.get(0).getFileName().toString()).isEqualTo(json.get("id").asText() + ".json");
        assertThat(json.get("kind").asText()).isEqualTo("import");
        assertThat(json.get("sourceLanguage").asText()).isEqualTo("en");
        assertThat(json.get("sourceRevision").isNull()).as("the source is not recorded yet").isTrue();
        assertThat(json.get("sourceParagraphs")).hasSize(4);
        assertThat(json.get("pairs").get(1).get("translation").asInt()).isEqualTo(2);
        assertThat(json.get("pairs").get(1).get("source").asInt()).isEqualTo(2);
        assertThat(java.time.Instant.parse(json.get("created").asText())).isNotNull();
    }

    @Test
    void versionIdParsesOnlyOneSeparator() {
        assertThat(LanguageVersion.parse("article-3@fr")).contains(new LanguageVersion("article-3", "fr"));
        assertThat(LanguageVersion.parse("article-3")).isEmpty();
        assertThat(LanguageVersion.parse("@fr")).isEmpty();
        assertThat(LanguageVersion.parse("article-3@")).isEmpty();
        assertThat(LanguageVersion.parse("a@b@c")).isEmpty();
        assertThat(new LanguageVersion("article-3", "fr").id()).isEqualTo("article-3@fr");
    }

    @Test
    void versionSectionHasTranslatedTitle() throws Exception {
        charter.writeSection("article-3@fr", FRENCH.replace("## Article 3", "## Article trois"));

        org.charta.core.charter.Section version = charter.section("article-3@fr");

        assertThat(version.id()).isEqualTo("article-3@fr");
        assertThat(version.path()).isEqualTo("translations/fr/article-3.md");
        assertThat(version.title()).isEqualTo("Article trois");
    }
}
