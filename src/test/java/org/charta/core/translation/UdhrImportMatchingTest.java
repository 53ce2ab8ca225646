package org.charta.core.translation;

import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.SectionEntry;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Acceptance on real text: the English Universal Declaration of Human Rights imported from its whole document
 * ({@code all.md}, so sections are named {@code article-1}), then the five other languages imported from their
 * folders of {@code article-01.md}-style files, and in a second charter from their own {@code all.md}. Skipped
 * when the shared real data is absent.
 */
class UdhrImportMatchingTest extends IsolatedGitTest {

    private static final List<String> TRANSLATED = List.of("fr", "es", "ca", "id", "ar");

    /** The title heading, the preamble and the 30 articles. */
    private static final int SECTIONS = 32;

    /** Every section but the title heading, which the folders have no file for. */
    private static final int SECTION_FILES = 31;

    private static Path udhr() {
        return Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr");
    }

    @Test
    void foldersMatchChartaImportedFromWholeDocument() throws Exception {
        assumeTrue(Files.isRegularFile(udhr().resolve("en/all.md")), "the UDHR real data is absent");
        Charter charter = importEnglish("by-folder");

        for (String language : TRANSLATED) {
            FolderImport result = Translations.importFolder(charter, language, udhr().resolve(language),
                    TestGit.ALICE);

            assertThat(result.imported()).as(language).hasSize(SECTION_FILES);
            assertThat(result.unmatched()).as(language).isEmpty();
            assertThat(result.plan().wholeDocuments()).as(language).extracting(path -> path.getFileName().toString())
                    .containsExactly("all.md");
            // article-10.md to article-30.md have the English file names; the others need numbers compared.
            assertThat(result.plan().matches()).as(language).extracting(ImportMatch::rule)
                    .containsOnly(MatchRule.SOURCE_FILE_NAME, MatchRule.NUMBERED_NAME);
            assertThat(result.plan().matches()).as(language)
                    .anyMatch(match -> match.file().getFileName().toString().equals("article-01.md")
                            && match.sectionId().equals("article-1"))
                    .anyMatch(match -> match.file().getFileName().toString().equals("00-preamble.md")
                            && match.sectionId().equals("preamble"));
        }
        List<TranslationStatus> statuses = Translations.overview(charter, Optional.empty());
        assertThat(statuses).hasSize(SECTION_FILES * TRANSLATED.size());
        assertThat(statuses).filteredOn(status -> status.sectionId().equals("article-3"))
                .allMatch(TranslationStatus::isUpToDate);
    }

    @Test
    void wholeDocumentsSplitIntoSections() throws Exception {
        assumeTrue(Files.isRegularFile(udhr().resolve("en/all.md")), "the UDHR real data is absent");
        Charter charter = importEnglish("by-document");

        for (String language : TRANSLATED) {
            FolderImport result = Translations.importFolder(charter, language,
                    udhr().resolve(language).resolve("all.md"), TestGit.ALICE);

            assertThat(result.plan().isDocument()).as(language).isTrue();
            assertThat(result.imported()).as(language).hasSize(SECTIONS);
            assertThat(result.imported()).as(language).extracting(LanguageVersion::sectionId)
                    .containsExactlyElementsOf(charter.manifest().sections().stream().map(SectionEntry::id).toList());
        }
        assertThat(Translations.overview(charter, Optional.empty())).hasSize(SECTIONS * TRANSLATED.size());
        assertThat(charter.readSection("article-1@fr")).isEqualTo(
                Files.readString(udhr().resolve("fr/article-01.md")) + "\n");
        assertThat(Translations.status(charter, "article-30", "ar").isUpToDate()).isTrue();
    }

    private Charter importEnglish(String name) throws Exception {
        Charter charter = CharterSetup.importDocument(udhr().resolve("en/all.md"), temp.resolve(name), null,
                List.of("en"), TestGit.ALICE);
        assertThat(charter.manifest().sections()).hasSize(SECTIONS);
        assertThat(charter.manifest().section("article-1")).isPresent();
        return charter;
    }
}
