package org.charta.ui.translation;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;
import org.charta.core.translation.Translations;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.AUTHOR;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Translations in the window, against real charters on disk and the real translation core: language versions
 * open in the editor, the side-by-side view flags paragraphs whose source changed, and marking one records it.
 */
@ExtendWith(ApplicationExtension.class)
class TranslationViewTest {

    private static final String SECTION = "article-3";

    private static final String SOURCE = "## Article 3\n\nEveryone has the right to life.\n\n"
            + "Nobody shall be held in slavery.\n";
    private static final String FRENCH = "## Article 3\n\nTout individu a droit à la vie.\n\n"
            + "Nul ne sera tenu en esclavage.\n";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void sourceEditFlagsFrenchAndArabicOutdated(FxRobot robot) throws Exception {
        String english = realdata("en");
        Path folder = charter(english);
        Charter charter = Charter.open(folder);
        Translations.importAligned(charter, SECTION, "fr", realdata("fr"), AUTHOR, false);
        Translations.importAligned(charter, SECTION, "ar", realdata("ar"), AUTHOR, false);
        commitAll(folder, "Import the translations");
        openCharter(folder);
        openSection(SECTION);
        fixture.waitFor(() -> robot.lookup("#language-marker-" + SECTION + "-fr").tryQuery().isPresent());

        replaceInEditor("liberty", "freedom");
        fixture.waitFor(() -> state(SECTION, "fr", 1) == ParagraphState.OUTDATED
                && state(SECTION, "ar", 1) == ParagraphState.OUTDATED);

        TranslationWindow french = onFx(() -> fixture.window().translations().openWindow(SECTION, "fr"));
        // Monocle's headless screen is the main window's size, and a window past its edge cannot be clicked.
        runFx(() -> {
            french.stage().setX(0);
            french.stage().setY(0);
        });
        fixture.awaitIdle();
        TextFlow frenchDiff = robot.from(french.stage().getScene().getRoot()).lookup("#translation-diff-1")
                .queryAs(TextFlow.class);
        assertThat(words(frenchDiff)).contains("liberty", "freedom");
        assertThat(robot.lookup("#language-marker-" + SECTION + "-fr").queryAs(Label.class).getText())
                .isEqualTo("fr 1");

        runFx(() -> fixture.window().translations().openWindow(SECTION, "ar"));
        fixture.awaitIdle();
        assertThat(onFx(() -> french.shownStatus().language())).isEqualTo("ar");
        Node arabicText = robot.from(french.stage().getScene().getRoot()).lookup("#translation-text-1").query();
        assertThat(arabicText.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        Node arabicDiff = robot.from(french.stage().getScene().getRoot()).lookup("#translation-diff-1").query();
        assertThat(arabicDiff.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);

        runFx(() -> fixture.window().translations().openWindow(SECTION, "fr"));
        fixture.awaitIdle();
        robot.clickOn(robot.from(french.stage().getScene().getRoot()).lookup("#translation-mark-1")
                .queryButton());
        fixture.waitFor(() -> state(SECTION, "fr", 1) == ParagraphState.CURRENT);
        assertThat(state(SECTION, "ar", 1)).isEqualTo(ParagraphState.OUTDATED);
        fixture.waitFor(() -> "fr ✓".equals(robot.lookup("#language-marker-" + SECTION + "-fr")
                .queryAs(Label.class).getText()));
        runFx(() -> french.stage().close());
    }

    @Test
    void arabicVersionOpensEditsAndTakesComments(FxRobot robot) throws Exception {
        String english = realdata("en");
        Path folder = charter(english);
        Charter charter = Charter.open(folder);
        Translations.importAligned(charter, SECTION, "ar", realdata("ar"), AUTHOR, false);
        commitAll(folder, "Import the Arabic translation");
        openCharter(folder);
        openSection(SECTION);

        String arabicId = SECTION + "@ar";
        fixture.waitFor(() -> chooser(robot).getItems().contains(arabicId));
        runFx(() -> chooser(robot).setValue(arabicId));
        fixture.waitFor(() -> arabicId.equals(fixture.window().editorModel().sectionIdProperty().get())
                && arabicId.equals(fixture.window().commentsModel().sectionIdProperty().get()));
        fixture.awaitIdle();
        assertThat(onFx(() -> fixture.window().editor().text())).contains("لكل فرد");

        replaceInEditor("الحياة", "الحياة الكريمة");
        fixture.waitFor(() -> Files.readString(folder.resolve("translations/ar/" + SECTION + ".md"))
                .contains("الحياة الكريمة"));

        String text = onFx(() -> fixture.window().editor().text());
        int caret = text.indexOf("لكل فرد");
        runFx(() -> fixture.window().editor().showOffset(caret));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 1);
        Anchor anchor = onFx(() -> fixture.window().commentsController().newThreadAnchor());
        CompletableFuture<Boolean> written = new CompletableFuture<>();
        runFx(() -> fixture.window().commentsController().startThread(anchor, "Is 'dignified' in the source?",
                () -> written.complete(true)));
        written.get(20, TimeUnit.SECONDS);
        fixture.awaitIdle();

        List<CommentThread> threads = new CommentStore(folder).threads();
        assertThat(threads).extracting(CommentThread::sectionId).containsExactly(arabicId);
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);

        runFx(() -> chooser(robot).setValue(SECTION));
        fixture.waitFor(() -> SECTION.equals(fixture.window().commentsModel().sectionIdProperty().get()));
        fixture.awaitIdle();
        Thread.sleep(200);
        fixture.awaitIdle();
        assertThat(onFx(() -> fixture.window().commentsModel().threads())).isEmpty();
    }

    @Test
    void mergedSourceChangeFlagsOutdated(FxRobot robot) throws Exception {
        Path folder = charter(SOURCE);
        Charter charter = Charter.open(folder);
        Translations.importAligned(charter, SECTION, "fr", FRENCH, AUTHOR, false);
        commitAll(folder, "Import the French translation");
        openCharter(folder);
        openSection(SECTION);
        fixture.waitFor(() -> "fr ✓".equals(robot.lookup("#language-marker-" + SECTION + "-fr")
                .tryQuery().map(node -> ((Label) node).getText()).orElse("")));

        fixture.awaitIdle();
        mergeSourceChange(folder, SOURCE.replace("slavery", "slavery or servitude"));
        CompletableFuture<Boolean> reloaded = new CompletableFuture<>();
        runFx(() -> fixture.window().charters().reloadAfterSync(() -> reloaded.complete(true)));
        reloaded.get(20, TimeUnit.SECONDS);

        fixture.waitFor(() -> state(SECTION, "fr", 2) == ParagraphState.OUTDATED);
        fixture.waitFor(() -> "fr 1".equals(robot.lookup("#language-marker-" + SECTION + "-fr")
                .queryAs(Label.class).getText()));
        assertThat(state(SECTION, "fr", 1)).isEqualTo(ParagraphState.CURRENT);
    }

    @Test
    void typingDuringImportOfOpenTranslationKeepsBoth(FxRobot robot) throws Exception {
        Path folder = charter(SOURCE);
        Translations.importAligned(Charter.open(folder), SECTION, "fr", FRENCH, AUTHOR, false);
        commitAll(folder, "Import the French translation");
        openCharter(folder);
        openSection(SECTION + "@fr");
        Path file = Files.writeString(work.resolve("article-3.fr.md"), FRENCH.replace("Tout individu",
                "Toute personne"));
        ImportPreview preview = ImportPreview.read(file, SOURCE);
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.requestFocus();
            editor.showOffset(editor.text().indexOf("esclavage.") + "esclavage.".length());
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch busy = new CountDownLatch(1);

        // A task holding the serial lane keeps the import waiting, so the words are typed while it runs.
        runFx(() -> {
            fixture.window().context().executor().submit("hold the serial lane", () -> busy.await(20,
                    TimeUnit.SECONDS), done -> { }, error -> { });
            fixture.window().translations().importConfirmed(fixture.window().context().session(), SECTION, "fr",
                    preview, true);
        });
        robot.write(" Mot tapé.");
        boolean lockedWhileTyping = onFx(() -> fixture.window().editorModel().lockedProperty().get());
        String heldText = onFx(() -> fixture.window().editor().text());
        busy.countDown();
        fixture.waitFor(() -> !fixture.window().editorModel().lockedProperty().get());
        fixture.waitFor(() -> Files.readString(folder.resolve("translations/fr/" + SECTION + ".md"))
                .contains("Mot tapé."));
        fixture.awaitIdle();

        assertThat(lockedWhileTyping).as("editor locked while the import runs").isTrue();
        assertThat(heldText).as("typing held during the import").doesNotContain("Mot tapé");
        String text = onFx(() -> fixture.window().editor().text());
        assertThat(text).contains("Toute personne").contains("Mot tapé.");
        assertThat(Files.readString(folder.resolve("translations/fr/" + SECTION + ".md")))
                .contains("Toute personne").contains("Mot tapé.");
    }

    @Test
    void markButtonsOnlyWhereMarkingWorks(FxRobot robot) throws Exception {
        Path folder = charter(SOURCE);
        Charter charter = Charter.open(folder);
        Translations.importAligned(charter, SECTION, "fr", FRENCH, AUTHOR, false);
        charter.writeSection(SECTION, SOURCE.replace("\n\nNobody shall be held in slavery.\n", "\n")
                .replace("## Article 3", "## Article 3 (revised)"));
        commitAll(folder, "Drop a paragraph and retitle");
        openCharter(folder);
        openSection(SECTION);
        runFx(() -> fixture.window().translations().openWindow(SECTION, "fr"));
        fixture.waitFor(() -> robot.lookup("#translation-summary").tryQuery().isPresent());
        fixture.awaitIdle();

        assertThat(state(SECTION, "fr", 2)).isEqualTo(ParagraphState.SOURCE_REMOVED);
        assertThat(state(SECTION, "fr", 1)).isEqualTo(ParagraphState.CURRENT);
        assertThat(robot.lookup("#translation-mark-2").tryQuery()).as("source removed").isEmpty();
        assertThat(robot.lookup("#translation-mark-1").tryQuery()).as("current").isEmpty();
        assertThat(robot.lookup("#translation-mark-h1").tryQuery()).as("outdated heading").isPresent();
        TextFlow headingDiff = robot.lookup("#translation-diff-0").queryAs(TextFlow.class);
        assertThat(words(headingDiff)).doesNotContain("#").contains("revised");

        robot.clickOn("#translation-mark-h1");
        fixture.waitFor(() -> state(SECTION, "fr", 0) == ParagraphState.CURRENT);
        fixture.waitFor(() -> robot.lookup("#translation-mark-all").queryButton().isDisabled());
    }

    @Test
    void translationWritesShowAsUnrecorded(FxRobot robot) throws Exception {
        Path folder = charter(SOURCE);
        Translations.importAligned(Charter.open(folder), SECTION, "fr", FRENCH, AUTHOR, false);
        commitAll(folder, "Import the French translation");
        mergeSourceChange(folder, SOURCE.replace("slavery", "slavery or servitude"));
        openCharter(folder);
        fixture.waitFor(() -> state(SECTION, "fr", 2) == ParagraphState.OUTDATED);
        fixture.waitFor(() -> "All sections recorded".equals(unrecordedLabel(robot)));

        // An alignment record under .charta/translations is metadata, as a comment is.
        runFx(() -> fixture.window().translations().markCurrent(SECTION, "fr", 2));
        fixture.waitFor(() -> "Outline, comments or alignments not recorded".equals(unrecordedLabel(robot)));
        assertThat(onFx(() -> fixture.window().statusModel().unrecordedPathsProperty().get()))
                .anyMatch(path -> path.startsWith(".charta/translations/"));

        // A new language version is section text: its file counts, the changed charter.json does not.
        runFx(() -> fixture.window().translations().add(SECTION, "ar"));
        fixture.waitFor(() -> "1 section not recorded".equals(unrecordedLabel(robot)));
        assertThat(onFx(() -> fixture.window().statusModel().unrecordedPathsProperty().get()))
                .contains("charter.json").anyMatch(path -> path.startsWith("translations/ar/"));
    }

    private static String unrecordedLabel(FxRobot robot) {
        return robot.lookup("#status-unrecorded").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    /** Creates a charter with one preamble and an Article 3 whose text is given, all recorded. */
    private Path charter(String articleText) throws Exception {
        Path folder = work.resolve("charter");
        Charter charter = CharterSetup.create(folder, "Declaration", List.of("en", "fr", "ar"), AUTHOR);
        String id = charter.addSection("Article 3", null).id();
        assertThat(id).isEqualTo(SECTION);
        charter.writeSection(SECTION, articleText);
        commitAll(folder, "Add Article 3");
        return folder;
    }

    private static void commitAll(Path folder, String message) throws Exception {
        try (Git git = Git.open(folder.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent(AUTHOR.name(), AUTHOR.email());
            git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
        }
    }

    /** Changes the source on a side branch and merges it into main with a real merge commit, as an amendment is. */
    private static void mergeSourceChange(Path folder, String changed) throws Exception {
        try (Git git = Git.open(folder.toFile())) {
            String main = git.getRepository().getBranch();
            git.branchCreate().setName("amendment").call();
            git.checkout().setName("amendment").call();
            Files.writeString(folder.resolve("sections/" + SECTION + ".md"), changed);
            PersonIdent person = new PersonIdent(AUTHOR.name(), AUTHOR.email());
            git.commit().setAll(true).setMessage("Ban servitude").setAuthor(person).setCommitter(person).call();
            git.checkout().setName(main).call();
            MergeResult result = git.merge().include(git.getRepository().resolve("amendment"))
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge the servitude amendment").call();
            assertThat(result.getMergeStatus().isSuccessful()).isTrue();
        }
    }

    private void openCharter(Path folder) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openCharter(folder));
        fixture.waitFor(() -> fixture.window().context().session() != null
                && fixture.window().context().session().folder().equals(folder.toAbsolutePath().normalize())
                && fixture.window().editorModel().sectionIdProperty().get() != null);
        fixture.awaitIdle();
    }

    private void openSection(String id) throws Exception {
        runFx(() -> fixture.window().charters().openSection(id));
        fixture.waitFor(() -> id.equals(fixture.window().editorModel().sectionIdProperty().get()));
        fixture.awaitIdle();
    }

    private void replaceInEditor(String word, String replacement) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf(word);
            assertThat(start).as("'%s' in the open text", word).isNotNegative();
            editor.selectRange(start, start + word.length());
            editor.replaceSelection(replacement);
        });
    }

    /** Returns the state of a translation paragraph as the window's model has it now, or null. */
    private ParagraphState state(String sectionId, String language, int translationParagraph) throws Exception {
        // Conditions of waitFor already run on the JavaFX thread, where waiting for it again would never end.
        TranslationStatus status = javafx.application.Platform.isFxApplicationThread()
                ? fixture.window().translations().model().find(sectionId, language)
                : onFx(() -> fixture.window().translations().model().find(sectionId, language));
        if (status == null) {
            return null;
        }
        return status.rows().stream()
                .filter(row -> row.translationNumber() != null && row.translationNumber() == translationParagraph)
                .map(AlignedRow::state).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> chooser(FxRobot robot) {
        return robot.lookup("#" + LanguageChooser.CHOOSER_ID).queryAs(ComboBox.class);
    }

    private static String words(TextFlow flow) {
        StringBuilder words = new StringBuilder();
        flow.getChildren().forEach(node -> words.append(((javafx.scene.text.Text) node).getText()));
        return words.toString();
    }

    private static String realdata(String language) throws Exception {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", language,
                "article-03.md");
        assumeTrue(Files.isRegularFile(file), "realdata is absent");
        return Files.readString(file);
    }
}
