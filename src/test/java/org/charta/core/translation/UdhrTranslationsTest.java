package org.charta.core.translation;

import org.charta.core.Identity;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.Votes;
import org.charta.core.amend.VoteChoice;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.diff.DiffSegment;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Acceptance on real text: the Universal Declaration of Human Rights adopted from its English files, the five
 * other languages imported as translations, then an amendment to the English article 3 merged through a vote.
 * Skipped when the shared real data is absent.
 */
class UdhrTranslationsTest extends IsolatedGitTest {

    private static final Identity ALICE = TestGit.ALICE;
    private static final Identity CAROL = TestGit.CAROL;
    private static final List<String> TRANSLATED = List.of("fr", "es", "ca", "id", "ar");
    private static final String ARTICLE_3 = "article-03";
    private static final String PREAMBLE = "00-preamble";

    private static Path udhr() {
        return Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr");
    }

    @Test
    void amendmentOutdatesOnlyArticleThreeTranslations() throws Exception {
        assumeTrue(Files.isDirectory(udhr().resolve("en")), "the UDHR real data is absent");
        Path folder = temp.resolve("udhr");
        List<TranslationStatus> before;
        Charter charter = adoptEnglish(folder);
        assertThat(charter.manifest().sections()).hasSize(31);

        for (String language : TRANSLATED) {
            FolderImport result = Translations.importFolder(charter, language, udhr().resolve(language), ALICE);
            assertThat(result.imported()).as(language).hasSize(31);
            assertThat(result.unmatched()).as(language).isEmpty();
            assertThat(result.plan().wholeDocuments()).as(language).extracting(Path::getFileName)
                    .extracting(Path::toString).containsExactly("all.md");
        }
        makeCarolCoordinator(folder);
        try (CharterRepository repository = closeLater(CharterRepository.open(folder))) {
            assertThat(repository.record("Import the five translations", ALICE)).isPresent();

            List<TranslationStatus> imported = Translations.overview(charter, Optional.empty());
            assertThat(imported).hasSize(31 * 5);
            assertThat(imported).as("every paragraph of every imported translation is current")
                    .filteredOn(status -> !status.isUpToDate()).extracting(status -> status.version().id()).isEmpty();
            assertImportedPreamble(imported);

            amendArticleThree(repository, folder);
            before = imported;
        }

        charter.reload();
        List<TranslationStatus> amended = Translations.overview(charter, Optional.empty());
        assertThat(amended).filteredOn(status -> !status.isUpToDate())
                .filteredOn(status -> !status.sectionId().equals(PREAMBLE)).extracting(status -> status.version().id())
                .containsExactlyInAnyOrder("article-03@fr", "article-03@es", "article-03@ca", "article-03@id",
                        "article-03@ar");
        assertThat(amended).filteredOn(status -> !status.sectionId().equals(ARTICLE_3))
                .as("every other translation is as before the amendment")
                .containsExactlyElementsOf(before.stream().filter(status -> !status.sectionId().equals(ARTICLE_3))
                        .toList());
        for (TranslationStatus status : amended) {
            if (!status.sectionId().equals(ARTICLE_3)) {
                continue;
            }
            assertThat(status.count(ParagraphState.OUTDATED)).as(status.language()).isEqualTo(1);
            assertThat(status.count(ParagraphState.CURRENT)).as(status.language()).isEqualTo(1);
            AlignedRow outdated = status.rows().get(1);
            assertThat(outdated.state()).isEqualTo(ParagraphState.OUTDATED);
            assertThat(outdated.translationNumber()).isEqualTo(1);
            assertThat(outdated.sourceNumber()).isEqualTo(1);
            assertThat(outdated.sourceChange()).as(status.language()).containsExactly(
                    new DiffSegment(DiffSegment.Kind.EQUAL, "Everyone has the right to life, liberty and the "),
                    new DiffSegment(DiffSegment.Kind.DELETED, "security"),
                    new DiffSegment(DiffSegment.Kind.INSERTED, "safety"),
                    new DiffSegment(DiffSegment.Kind.EQUAL, " of person."));
        }

        Translations.markCurrent(charter, ARTICLE_3, "fr", 1, ALICE);

        assertThat(Translations.status(charter, ARTICLE_3, "fr").isUpToDate()).isTrue();
        TranslationStatus marked = Translations.status(charter, ARTICLE_3, "fr");
        assertThat(marked.rows().get(1).alignedRevision()).as("the merged English text is committed").hasSize(40);
        assertThat(Translations.overview(charter, Optional.empty())).filteredOn(status -> !status.isUpToDate())
                .filteredOn(status -> status.sectionId().equals(ARTICLE_3)).hasSize(4);
    }

    /**
     * Checks the preamble, the one section whose paragraphs differ in number. The English text has a paragraph
     * "Now, therefore," that the French, Spanish and Catalan texts leave out; the import joins it to a neighbouring
     * paragraph, the "Whereas" before it, whose length fits the joined texts. The Arabic text joins "Now,
     * therefore," and "The General Assembly" into one paragraph and splits "Proclaims" into two. It also has no
     * paragraph for "Whereas it is essential to promote the development of friendly relations", which the import
     * joins to the next "Whereas", so it is not flagged either. The Indonesian text has every paragraph.
     */
    private static void assertImportedPreamble(List<TranslationStatus> statuses) {
        for (TranslationStatus status : statuses) {
            if (!status.sectionId().equals(PREAMBLE)) {
                continue;
            }
            String id = status.version().id();
            assertThat(status.isUpToDate()).as(id).isTrue();
            List<AlignedRow> merges = status.rows().stream().filter(AlignedRow::isMerge).toList();
            switch (status.language()) {
                case "id" -> assertThat(merges).as(id).isEmpty();
                case "ar" -> {
                    assertThat(merges).as(id).extracting(AlignedRow::sourceNumbers)
                            .containsExactly(List.of(4, 5), List.of(8, 9));
                    assertThat(status.rows()).as(id).filteredOn(row -> row.sourceNumbers().equals(List.of(10)))
                            .extracting(AlignedRow::translationNumber).containsExactly(8, 9);
                }
                default -> assertThat(merges).as(id).singleElement().satisfies(merge -> {
                    assertThat(merge.sourceNumbers()).isEqualTo(List.of(7, 8));
                    assertThat(merge.sourceTexts().get(1)).isEqualTo("Now, therefore,");
                });
            }
        }
    }

    /** Copies the English files (without the whole-text file) and adopts them as a charter. */
    private static Charter adoptEnglish(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(udhr().resolve("en"))) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("all.md")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return CharterSetup.adopt(folder, "Universal Declaration of Human Rights", List.of("en"), ALICE);
    }

    /** Makes Carol the only member, a coordinator, so that she can open, cast and close the vote and merge. */
    private static void makeCarolCoordinator(Path folder) throws Exception {
        Manifest manifest = ManifestStore.read(folder);
        manifest.governance().put("members", List.of(Map.of("name", CAROL.name(), "email", CAROL.email(),
                "role", "coordinator")));
        ManifestStore.write(folder, manifest);
    }

    /** Changes "security" to "safety" in the English article 3 through a created, adopted and merged amendment. */
    private static void amendArticleThree(CharterRepository repository, Path folder) throws Exception {
        String id = Amendments.create(repository, "Safety of person", "", List.of(ARTICLE_3), null, ALICE).id();
        Path file = folder.resolve("article-03.md");
        String text = Files.readString(file);
        assertThat(text).contains("security of person");
        Files.writeString(file, text.replace("security of person", "safety of person"));
        assertThat(repository.record("Amend article 3", ALICE)).isPresent();
        Amendments.propose(repository, id, ALICE);
        Votes.open(repository, id, CAROL);
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);
        Amendments.merge(repository, id, CAROL);
        assertThat(Files.readString(file)).contains("safety of person");
    }
}
