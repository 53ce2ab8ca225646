package org.charta.core.git;

import org.charta.core.AppFolders;
import org.charta.core.charter.Charter;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;
import org.charta.core.translation.Translations;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two translators mark different paragraphs of one translation current while offline, then sync through a real
 * {@code git daemon} on 127.0.0.1: both alignment records are kept and both clones agree.
 */
class TranslationSyncTest extends IsolatedGitTest {

    private static final String SECTION = "article-3";
    private static final String SOURCE = """
            ## Article 3

            Members meet once a year in a general assembly.

            The council shall meet once a month.

            Decisions need a simple majority of the members present.
            """;
    private static final String FRENCH = """
            ## Article 3

            Les membres se réunissent une fois par an en assemblée générale.

            Le conseil se réunit une fois par mois.

            Les décisions requièrent la majorité simple des membres présents.
            """;

    private CharterRepository alice;
    private CharterRepository bob;
    private String previousHome;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        previousHome = System.getProperty(AppFolders.HOME_PROPERTY);
        System.setProperty(AppFolders.HOME_PROPERTY, temp.resolve("home").toString());
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        write(alice, ARTICLE_3, SOURCE);
        Translations.importAligned(Charter.open(alice.folder()), SECTION, "fr", FRENCH, ALICE, false);
        assertThat(RemoteSync.sync(alice, ALICE, "Translate article 3").outcome()).isEqualTo(SyncOutcome.SYNCED);
        bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(AppFolders.HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.HOME_PROPERTY, previousHome);
        }
    }

    @Test
    void offlineMarksInTwoClonesAreBothKept() throws Exception {
        write(alice, ARTICLE_3, SOURCE.replace("once a month", "twice a month")
                .replace("simple majority", "two-thirds majority"));
        assertThat(RemoteSync.sync(alice, ALICE, "Amend article 3").outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(RemoteSync.sync(bob, BOB, "Sync").outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_3)).contains("twice a month");
        assertThat(status(bob).count(ParagraphState.OUTDATED)).isEqualTo(2);

        Translations.markCurrent(Charter.open(alice.folder()), SECTION, "fr", 2, ALICE);
        Translations.markCurrent(Charter.open(bob.folder()), SECTION, "fr", 3, BOB);
        assertThat(RemoteSync.sync(alice, ALICE, "Mark paragraph 2").outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(RemoteSync.sync(bob, BOB, "Mark paragraph 3").outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(RemoteSync.sync(alice, ALICE, "Sync").outcome()).isEqualTo(SyncOutcome.SYNCED);

        for (CharterRepository clone : java.util.List.of(alice, bob)) {
            TranslationStatus status = status(clone);
            assertThat(status.isUpToDate()).as(clone.folder().toString()).isTrue();
            assertThat(eventFiles(clone)).as("import and two marks in " + clone.folder()).isEqualTo(3);
            assertThat(clone.status().isClean()).as("git status of " + clone.folder()).isTrue();
        }
        AlignedRow bobsMark = status(alice).rows().get(3);
        assertThat(bobsMark.alignedBy()).isEqualTo(BOB.name());
        assertThat(bobsMark.alignedSourceText()).contains("two-thirds majority");
    }

    private static TranslationStatus status(CharterRepository clone) throws Exception {
        return Translations.status(Charter.open(clone.folder()), SECTION, "fr");
    }

    private static long eventFiles(CharterRepository clone) throws IOException {
        try (Stream<Path> files = Files.list(clone.folder().resolve(".charta/translations/article-3/fr"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).count();
        }
    }
}
