package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which file or document part goes to which section, rule by rule, on a real imported charter. */
class TranslationMatcherTest extends IsolatedGitTest {

    private static final String ENGLISH = """
            # Our charter

            ## Preamble

            We, the citizens of the world, adopt this charter.

            ## Article 3

            Everyone has the right to life.
            """;

    private static final String PREAMBLE_FR = "## Préambule\n\nNous, citoyens du monde, adoptons cette charte.\n";
    private static final String ARTICLE_FR = "## Article 3\n\nTout individu a droit à la vie.\n";

    private Charter charter;

    @BeforeEach
    void importCharter() throws Exception {
        Path document = Files.writeString(temp.resolve("charter.md"), ENGLISH);
        charter = CharterSetup.importDocument(document, temp.resolve("charter"), null, List.of("en"), TestGit.ALICE);
    }

    @Test
    void numberedKeyComparesNumbers() {
        assertThat(TranslationMatcher.numberedKey("article-01")).isEqualTo("article-1");
        assertThat(TranslationMatcher.numberedKey("00-preamble")).isEqualTo("preamble");
        assertThat(TranslationMatcher.numberedKey("01")).isEqualTo("1");
        assertThat(TranslationMatcher.numberedKey("07_Article-010")).isEqualTo("article-10");
        assertThat(TranslationMatcher.numberedKey("article-10"))
                .isNotEqualTo(TranslationMatcher.numberedKey("article-1"));
    }

    @Test
    void sourceFileNameMatchesFirst() throws Exception {
        Path folder = folder("fr", "article-3.md", ARTICLE_FR);

        ImportPlan plan = TranslationMatcher.plan(charter, "fr", folder);

        assertThat(plan.matches()).extracting(ImportMatch::sectionId, ImportMatch::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("article-3", MatchRule.SOURCE_FILE_NAME));
    }

    @Test
    void numberedNameMatchesPaddedAndPrefixed() throws Exception {
        Path folder = folder("fr", "article-03.md", ARTICLE_FR);
        Files.writeString(folder.resolve("00-preamble.md"), PREAMBLE_FR);

        FolderImport result = Translations.importFolder(charter, "fr", folder, TestGit.ALICE);

        assertThat(result.plan().matches()).extracting(ImportMatch::sectionId)
                .containsExactly("preamble", "article-3");
        assertThat(result.plan().matches()).extracting(ImportMatch::rule).containsOnly(MatchRule.NUMBERED_NAME);
        assertThat(result.imported()).extracting(LanguageVersion::id).containsExactly("preamble@fr", "article-3@fr");
        assertThat(result.unmatched()).isEmpty();
        assertThat(charter.readSection("article-3@fr")).isEqualTo(ARTICLE_FR);
    }

    @Test
    void twoFilesForOneSectionRejected() throws Exception {
        Path folder = folder("fr", "article-3.md", ARTICLE_FR);
        Files.writeString(folder.resolve("article-03.md"), ARTICLE_FR);

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Translations.importFolder(charter, "fr", folder, TestGit.ALICE));

        assertThat(error.messageKey()).isEqualTo("error.translation.ambiguousFiles");
        assertThat(error.getLocalizedMessage()).contains("article-03.md").contains("article-3.md")
                .contains("article-3");
        assertThat(charter.folder().resolve("translations")).doesNotExist();
        assertThat(charter.manifest().section("article-3").orElseThrow().translations()).isEmpty();
    }

    @Test
    void fileMatchingTwoSectionsRejected() throws Exception {
        Path document = Files.writeString(temp.resolve("twins.md"), "## Part 1\n\nOne.\n\n## Part 01\n\nAlso one.\n");
        Charter twins = CharterSetup.importDocument(document, temp.resolve("twins"), null, List.of("en"),
                TestGit.ALICE);
        Path folder = folder("fr-twins", "part-001.md", "## Partie 1\n\nUn.\n");

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> TranslationMatcher.plan(twins, "fr", folder));

        assertThat(error.messageKey()).isEqualTo("error.translation.ambiguousSections");
        assertThat(error.getLocalizedMessage()).contains("part-001.md").contains("part-1").contains("part-01");
    }

    @Test
    void nameOrderWhenCountsAgree() throws Exception {
        Path folder = folder("fr", "a-titre.md", "# Notre charte\n");
        Files.writeString(folder.resolve("b-preambule.md"), PREAMBLE_FR);
        Files.writeString(folder.resolve("c-article.md"), ARTICLE_FR);

        ImportPlan plan = TranslationMatcher.plan(charter, "fr", folder);

        assertThat(plan.byOrder()).isTrue();
        assertThat(plan.matches()).extracting(match -> match.file().getFileName().toString() + "=" + match.sectionId())
                .containsExactly("a-titre.md=our-charter", "b-preambule.md=preamble", "c-article.md=article-3");
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void nameOrderNeedsEqualCounts() throws Exception {
        Path folder = folder("fr", "b-preambule.md", PREAMBLE_FR);
        Files.writeString(folder.resolve("c-article.md"), ARTICLE_FR);

        // With no match by name and not one file per section, nothing can be imported: that is an error.
        assertThatThrownBy(() -> TranslationMatcher.plan(charter, "fr", folder))
                .isInstanceOf(ChartaException.class).hasMessageContaining("No file in " + folder);
    }

    @Test
    void nameOrderNotUsedWhenOneNameMatches() throws Exception {
        Path folder = folder("fr", "a-titre.md", "# Notre charte\n");
        Files.writeString(folder.resolve("b-preambule.md"), PREAMBLE_FR);
        Files.writeString(folder.resolve("article-3.md"), ARTICLE_FR);

        ImportPlan plan = TranslationMatcher.plan(charter, "fr", folder);

        assertThat(plan.matches()).extracting(ImportMatch::sectionId).containsExactly("article-3");
        assertThat(plan.unmatched()).hasSize(2);
    }

    @Test
    void wholeDocumentSkippedBesideSectionFiles() throws Exception {
        Path folder = folder("fr", "article-03.md", ARTICLE_FR);
        Files.writeString(folder.resolve("all.md"), "# Notre charte\n\n" + PREAMBLE_FR + "\n" + ARTICLE_FR);

        ImportPlan plan = TranslationMatcher.plan(charter, "fr", folder);

        assertThat(plan.matches()).extracting(ImportMatch::sectionId).containsExactly("article-3");
        assertThat(plan.wholeDocuments()).extracting(path -> path.getFileName().toString()).containsExactly("all.md");
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void documentSplitIntoSectionsInOrder() throws Exception {
        Path document = Files.writeString(temp.resolve("charte.md"),
                "# Notre charte\n\n" + PREAMBLE_FR + "\n" + ARTICLE_FR);

        FolderImport result = Translations.importFolder(charter, "fr", document, TestGit.ALICE);

        assertThat(result.plan().isDocument()).isTrue();
        assertThat(result.plan().matches()).extracting(ImportMatch::origin)
                .containsExactly("charte.md #1 (Notre charte)", "charte.md #2 (Préambule)",
                        "charte.md #3 (Article 3)");
        assertThat(result.imported()).extracting(LanguageVersion::id)
                .containsExactly("our-charter@fr", "preamble@fr", "article-3@fr");
        assertThat(charter.readSection("article-3@fr")).isEqualTo(ARTICLE_FR);
        assertThat(Translations.status(charter, "article-3", "fr").isUpToDate()).isTrue();
    }

    @Test
    void documentAloneInFolderIsSplit() throws Exception {
        Path folder = folder("fr", "all.md", "# Notre charte\n\n" + PREAMBLE_FR + "\n" + ARTICLE_FR);

        ImportPlan plan = TranslationMatcher.plan(charter, "fr", folder);

        assertThat(plan.isDocument()).isTrue();
        assertThat(plan.matches()).hasSize(3);
    }

    @Test
    void documentWithOtherCountRejected() throws Exception {
        Path document = Files.writeString(temp.resolve("charte.md"), PREAMBLE_FR + "\n" + ARTICLE_FR);

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Translations.importFolder(charter, "fr", document, TestGit.ALICE));

        assertThat(error.messageKey()).isEqualTo("error.translation.partCount");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("charte.md").contains(" 2 sections")
                .contains("has 3");
        assertThat(charter.folder().resolve("translations")).doesNotExist();
    }

    @Test
    void existingTranslationLeftUnchanged() throws Exception {
        Translations.importAligned(charter, "article-3", "fr", ARTICLE_FR, TestGit.ALICE, false);
        Path folder = folder("fr", "article-03.md", "## Article 3\n\nAutre texte.\n");

        FolderImport result = Translations.importFolder(charter, "fr", folder, TestGit.ALICE);

        assertThat(result.imported()).isEmpty();
        assertThat(result.skipped()).containsExactly("article-3");
        assertThat(charter.readSection("article-3@fr")).isEqualTo(ARTICLE_FR);
    }

    private Path folder(String name, String file, String text) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve(file), text);
        return folder;
    }
}
