package org.charta.ui.sync;

import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.translation.Translations;
import org.charta.testing.TestGit;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record dialog's list and default message for translation work, read from real repositories: language
 * versions and alignment records are named by section and language, never by path.
 */
class PendingChangesTest {

    private static final String SECTION = "article-3";

    private static final String SOURCE = "## Article 3\n\nEveryone has the right to life.\n\n"
            + "Nobody shall be held in slavery.\n";
    private static final String FRENCH = "## Article 3\n\nTout individu a droit à la vie.\n\n"
            + "Nul ne sera tenu en esclavage.\n";

    private static final UiText ENGLISH = new UiText(Locale.ENGLISH);

    @TempDir
    Path folder;

    private Path charterFolder;

    @BeforeEach
    void createCharter() throws Exception {
        TestGit.isolate(folder.resolve("config"));
        charterFolder = folder.resolve("charter");
        Charter charter = CharterSetup.create(charterFolder, "Declaration", List.of("en", "fr", "ar"), TestGit.ALICE);
        charter.addSection("Article 3", null);
        charter.writeSection(SECTION, SOURCE);
        commitAll("Add Article 3");
    }

    @AfterEach
    void restoreGit() {
        TestGit.restore();
    }

    @Test
    void importNamesLanguageVersion() throws Exception {
        Translations.importAligned(Charter.open(charterFolder), SECTION, "fr", FRENCH, TestGit.ALICE, false);

        PendingChanges pending = read();

        assertThat(pending.describe(ENGLISH)).contains("Article 3 · French", "Alignment of Article 3 · French");
        assertThat(pending.describe(ENGLISH)).noneMatch(line -> line.startsWith("File "));
        assertThat(pending.defaultMessage(ENGLISH)).isEqualTo("Update the translation: Article 3 · French");
        assertThat(pending.defaultMessage(new UiText(Locale.FRENCH)))
                .isEqualTo("Mettre à jour la traduction\u00A0: Article 3 · Français");
    }

    @Test
    void arabicEditSuggestsTranslationMessage() throws Exception {
        Translations.importAligned(Charter.open(charterFolder), SECTION, "ar", SOURCE, TestGit.ALICE, false);
        commitAll("Import the Arabic translation");
        Path arabic = charterFolder.resolve("translations/ar/" + SECTION + ".md");
        Files.writeString(arabic, "## المادة 3\n\nلكل فرد الحق في الحياة.\n\nلا يجوز استرقاق أحد.\n");

        PendingChanges pending = read();

        assertThat(pending.describe(ENGLISH)).containsExactly("Article 3 · Arabic");
        assertThat(pending.defaultMessage(ENGLISH)).isEqualTo("Update the translation: Article 3 · Arabic");
    }

    @Test
    void markedParagraphNamesAlignment() throws Exception {
        Translations.importAligned(Charter.open(charterFolder), SECTION, "fr", FRENCH, TestGit.ALICE, false);
        commitAll("Import the French translation");
        Charter charter = Charter.open(charterFolder);
        charter.writeSection(SECTION, SOURCE.replace("slavery", "slavery or servitude"));
        commitAll("Ban servitude");
        Translations.markAllOutdated(Charter.open(charterFolder), SECTION, "fr", TestGit.ALICE);

        PendingChanges pending = read();

        assertThat(pending.describe(ENGLISH)).containsExactly("Alignment of Article 3 · French");
        assertThat(pending.defaultMessage(ENGLISH)).isEqualTo("Mark the translation up to date: Article 3 · French");
    }

    private PendingChanges read() throws Exception {
        try (CharterSession session = CharterSession.open(charterFolder)) {
            return PendingChanges.read(session);
        }
    }

    private void commitAll(String message) throws Exception {
        try (Git git = Git.open(charterFolder.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent(TestGit.ALICE.name(), TestGit.ALICE.email());
            git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
        }
    }
}
