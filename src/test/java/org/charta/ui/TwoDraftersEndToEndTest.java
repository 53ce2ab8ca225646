package org.charta.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.core.AppFolders;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Comment;
import org.charta.core.markdown.Block;
import org.charta.core.git.Revision;
import org.charta.testing.GitDaemon;
import org.charta.testing.TestGit;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.MainWindow;
import org.charta.ui.comment.ThreadItem;
import org.charta.ui.history.HistoryWindow;
import org.charta.ui.outline.SectionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * Two drafters, each in a window of their own, share one charter through a real {@code git daemon} on 127.0.0.1.
 * Alice imports a Markdown document, publishes it, changes one word and comments on another paragraph. Bob
 * clones and syncs, and must then see exactly that word change, the thread where Alice put it, and a clean
 * history.
 *
 * <p>Neither window finds a Git identity in the isolated global configuration, so each drafter answers the
 * identity question once and the answer goes into their own clone. The Git configuration JGit reads is global
 * to the JVM, which is why the identities cannot come from there.
 */
@ExtendWith(ApplicationExtension.class)
class TwoDraftersEndToEndTest {

    private static final String DOCUMENT = "proposal/world-parliament-follow-up.md";
    private static final String REPLACEMENT = "Broaden";
    private static final String COMMENT = "Name the regions first?";
    private static final String RECORD_MESSAGE = "Broaden one word";
    private static final String CONFLICT_MARKER = "<<<<<<<";
    private static final int EDITED_PARAGRAPH = 1;
    private static final int COMMENTED_PARAGRAPH = 2;

    @TempDir
    Path temp;

    private ChartaWindowFixture alice;
    private ChartaWindowFixture bob;
    private Stage aliceStage;
    private Stage bobStage;
    private GitDaemon daemon;
    private Path gitHome;
    private Path remote;

    @Start
    void start(Stage stage) throws Exception {
        // A stage of its own, as Bob's: the shared TestFX stage may still carry input state from the window
        // tests before this one (a modal dialog shown and closed over it left it refusing clicks under Monocle).
        aliceStage = new Stage();
        alice = new ChartaWindowFixture(temp.resolve("alice-home"), false);
        alice.start(aliceStage);
    }

    @BeforeEach
    void startSharedRemote() throws Exception {
        gitHome = temp.resolve("git-home");
        Path remotes = Files.createDirectories(temp.resolve("remotes"));
        remote = remotes.resolve("charter.git");
        TestGit.runGit(remotes, gitHome, "init", "--bare", "-b", "main", remote.toString());
        daemon = GitDaemon.start(remotes);
    }

    @AfterEach
    void closeEverything() throws Exception {
        List<Exception> failures = new ArrayList<>();
        // Bob's window closes first: each fixture's close hides every stage, and Alice's is the primary one.
        closeQuietly(bob, failures);
        closeQuietly(alice, failures);
        if (daemon != null) {
            daemon.close();
        }
        TestGit.restore();
        System.clearProperty(AppFolders.HOME_PROPERTY);
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Test
    void wordEditAndThreadReachSecondDrafter(FxRobot robot) throws Exception {
        alice.awaitCharterOpen();
        String url = daemon.url("charter.git");
        Path aliceCharter = temp.resolve("alice/charter");
        Path bobCharter = temp.resolve("bob/charter");

        importDocument(robot, markdownDocument(), aliceCharter);
        answerIdentity(robot, alice, TestGit.ALICE.name(), TestGit.ALICE.email());
        awaitCharter(alice, aliceCharter);
        publish(robot, url);

        bobStage = onFx(Stage::new);
        bob = new ChartaWindowFixture(temp.resolve("bob-home"), false);
        onFx(() -> bob.start(bobStage));
        bob.awaitCharterOpen();
        cloneCharter(robot, url, bobCharter);
        awaitCharter(bob, bobCharter);

        // Alice opens the first "##" section (the "#" title is a section of its own), changes one word in it
        // and comments on another paragraph.
        SectionItem section = onFx(() -> alice.window().outlineModel().sections().get(1));
        openSection(robot, alice, aliceStage, section.id());
        String before = onFx(() -> alice.window().editor().text());
        Block edited = paragraph(alice, EDITED_PARAGRAPH);
        String oldWord = uniqueWord(edited, before);
        assertThat(wholeWordCount(before, REPLACEMENT)).isZero();

        replaceWord(robot, edited.start(), oldWord);
        alice.waitFor(() -> alice.window().editor().text().contains(REPLACEMENT));
        String after = onFx(() -> alice.window().editor().text());
        int wordStart = before.indexOf(oldWord, edited.start());
        assertThat(after).isEqualTo(before.substring(0, wordStart) + REPLACEMENT
                + before.substring(wordStart + oldWord.length()));

        String threadId = startThread(robot, COMMENTED_PARAGRAPH, COMMENT);
        record(robot, RECORD_MESSAGE);
        syncAndAwait(robot, alice, aliceStage);

        // Bob: open the same section, sync, and find the word, the thread and the history.
        openSection(robot, bob, bobStage, section.id());
        syncAndAwait(robot, bob, bobStage);
        bob.waitFor(() -> bob.window().editor().text().contains(REPLACEMENT));
        bob.waitFor(() -> bob.window().commentsModel().threads().size() == 1);
        bob.awaitIdle();

        String bobText = onFx(() -> bob.window().editor().text());
        assertThat(bobText).isEqualTo(after);
        assertThat(wholeWordCount(bobText, oldWord)).isZero();
        assertThat(wholeWordCount(bobText, REPLACEMENT)).isEqualTo(1);
        assertThat(onFx(() -> bob.window().editor().dirtyProperty().get())).isFalse();

        ThreadItem received = onFx(() -> bob.window().commentsModel().threads().get(0));
        Comment first = received.thread().first();
        assertThat(received.id()).isEqualTo(threadId);
        assertThat(received.location().state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(received.location().paragraph()).isEqualTo(COMMENTED_PARAGRAPH);
        assertThat(first.text()).isEqualTo(COMMENT);
        assertThat(first.authorName()).isEqualTo(TestGit.ALICE.name());
        assertThat(first.authorEmail()).isEqualTo(TestGit.ALICE.email());
        Parent card = (Parent) within(robot, bobStage, "#thread-" + threadId);
        assertThat(labelText(robot, card, ".thread-location")).isEqualTo("¶ " + COMMENTED_PARAGRAPH);
        assertThat(labelText(robot, card, ".comment-author")).isEqualTo(TestGit.ALICE.name());
        assertThat(labelText(robot, card, ".comment-text")).isEqualTo(COMMENT);

        HistoryWindow history = openHistory(bob);
        bob.waitFor(() -> history.revisionList().getItems().size() == 2);
        runFx(() -> history.revisionList().getSelectionModel().selectIndices(0, 1));
        bob.waitFor(() -> !diffTexts(history, "diff-inserted").isEmpty());
        Revision newest = onFx(() -> history.revisionList().getItems().get(0));
        assertThat(onFx(() -> diffTexts(history, "diff-deleted"))).containsExactly(oldWord);
        assertThat(onFx(() -> diffTexts(history, "diff-inserted"))).containsExactly(REPLACEMENT);
        // The history lays out each line of the section as its own flow, so the words carry no line breaks.
        assertThat(onFx(() -> String.join("", diffTexts(history, "diff-equal", "diff-inserted"))))
                .isEqualTo(after.replace("\n", ""));
        assertThat(newest.message().strip()).isEqualTo(RECORD_MESSAGE);
        assertThat(newest.authorName()).isEqualTo(TestGit.ALICE.name());
        runFx(() -> history.stage().close());

        assertThat(filesContaining(aliceCharter, CONFLICT_MARKER)).isEmpty();
        assertThat(filesContaining(bobCharter, CONFLICT_MARKER)).isEmpty();
        String fsck = TestGit.runGit(remote, gitHome, "fsck", "--full", "--strict");
        assertThat(fsck.toLowerCase(Locale.ROOT)).doesNotContain("error").doesNotContain("missing");
        String sharedHead = TestGit.runGit(remote, gitHome, "rev-parse", "main").strip();
        assertThat(TestGit.runGit(aliceCharter, gitHome, "rev-parse", "HEAD").strip()).isEqualTo(sharedHead);
        assertThat(TestGit.runGit(bobCharter, gitHome, "rev-parse", "HEAD").strip()).isEqualTo(sharedHead);
        assertThat(Files.readString(bobCharter.resolve(".git/config"))).contains("name = " + TestGit.BOB.name());

        alice.awaitIdle();
        assertSynced(robot, alice, aliceStage);
        assertSynced(robot, bob, bobStage);
    }

    /** Returns the real document when the shared data is present, otherwise a small one written here. */
    private Path markdownDocument() throws IOException {
        String realData = System.getProperty("charta.realdata");
        if (realData != null && Files.isRegularFile(Path.of(realData, DOCUMENT))) {
            return Path.of(realData, DOCUMENT);
        }
        Path document = temp.resolve("assembly-charter.md");
        Files.writeString(document, """
                # Charter of the Harbour Assembly

                ## Purpose

                Extend the assembly to every harbour town, so that the people decide together how the shared \
                waters are kept.

                Every decision is written down, published within a week and open to comment by anyone \
                who lives nearby.

                ## Membership

                Anyone who has lived in a harbour town for a year may join by writing to the secretary.

                Members keep their seat until they resign or leave the towns for good.

                ## Meetings

                The assembly meets four times a year, in a different town each time.

                A meeting may decide only when a third of the members are present.
                """, StandardCharsets.UTF_8);
        return document;
    }

    private void importDocument(FxRobot robot, Path document, Path folder) throws Exception {
        fireMenuItem(alice.window(), "menu-import");
        alice.waitFor(() -> robot.lookup("#import-document").tryQuery().isPresent());
        paste(robot, "#import-document", document.toString());
        paste(robot, "#import-folder", folder.toString());
        robot.clickOn("#dialog-ok");
    }

    /** Types the name and pastes the address into the identity dialog, which the window shows once per clone. */
    private static void answerIdentity(FxRobot robot, ChartaWindowFixture fixture, String name, String email)
            throws Exception {
        fixture.waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent());
        robot.clickOn("#identity-name").write(name, 0);
        paste(robot, "#identity-email", email);
        robot.clickOn("#dialog-ok");
    }

    private void publish(FxRobot robot, String url) throws Exception {
        fireMenuItem(alice.window(), "menu-publish");
        alice.waitFor(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        paste(robot, "#dialog-text", url);
        robot.clickOn("#dialog-ok");

        // Success is confirmed in a dialog, which has to be dismissed.
        alice.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && !alice.window().statusModel().busyProperty().get());
        String header = robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText();
        robot.clickOn("#dialog-ok");
        alice.awaitIdle();
        assertThat(header).isEqualTo("The charter is shared");
        alice.waitFor(() -> alice.window().statusModel().hasRemoteProperty().get());
    }

    private void cloneCharter(FxRobot robot, String url, Path folder) throws Exception {
        fireMenuItem(bob.window(), "menu-clone");
        bob.waitFor(() -> robot.lookup("#clone-url").tryQuery().isPresent());
        paste(robot, "#clone-url", url);
        paste(robot, "#clone-folder", folder.toString());
        robot.clickOn("#dialog-ok");
    }

    /** Waits until the window shows the charter in the folder with its outline and first section. */
    private static void awaitCharter(ChartaWindowFixture fixture, Path folder) throws Exception {
        fixture.waitFor(() -> {
            CharterSession session = fixture.window().context().session();
            return session != null && session.folder().equals(folder.toAbsolutePath().normalize())
                    && fixture.window().outlineModel().sections().size() >= 2
                    && fixture.window().editorModel().sectionIdProperty().get() != null;
        });
        fixture.awaitIdle();
    }

    /** Clicks the section's row in the window's outline and waits until the editor shows it. */
    private void openSection(FxRobot robot, ChartaWindowFixture fixture, Stage stage, String id) throws Exception {
        bringToFront(fixture, stage);
        Node cell = robot.from(stage.getScene().getRoot()).lookup("#outline .list-cell")
                .match((ListCell<SectionItem> candidate) -> candidate.getItem() != null
                        && candidate.getItem().id().equals(id))
                .query();
        robot.clickOn(cell);
        fixture.waitFor(() -> id.equals(fixture.window().editorModel().sectionIdProperty().get())
                && !fixture.window().editor().text().isEmpty());
        fixture.awaitIdle();
    }

    /** Selects the word in Alice's editor and types the replacement over it, as a person would. */
    private void replaceWord(FxRobot robot, int from, String word) throws Exception {
        bringToFront(alice, aliceStage);
        runFx(() -> {
            MainWindow window = alice.window();
            int start = window.editor().text().indexOf(word, from);
            window.editor().requestFocus();
            window.editor().selectRange(start, start + word.length());
        });
        alice.waitFor(() -> aliceStage.getScene().getFocusOwner() != null
                && "section-editor".equals(aliceStage.getScene().getFocusOwner().getId()));
        robot.write(REPLACEMENT, 0);
    }

    /** Puts the caret into the paragraph, then starts a thread there through the comments panel. */
    private String startThread(FxRobot robot, int number, String comment) throws Exception {
        Block target = paragraph(alice, number);
        runFx(() -> alice.window().editor().showOffset(target.start() + 1));
        alice.waitFor(() -> alice.window().commentsModel().caretParagraphProperty().get() == number);

        Button newThread = (Button) within(robot, aliceStage, "#comment-new");
        assertThat(onFx(newThread::getText)).isEqualTo("New comment on paragraph " + number);
        robot.clickOn(newThread);
        robot.clickOn(within(robot, aliceStage, "#comment-new-text")).write(comment, 0);
        robot.clickOn(within(robot, aliceStage, "#comment-new-post"));
        alice.waitFor(() -> alice.window().commentsModel().threads().size() == 1);
        alice.awaitIdle();
        ThreadItem started = onFx(() -> alice.window().commentsModel().threads().get(0));
        assertThat(started.location().paragraph()).isEqualTo(number);
        return started.id();
    }

    /** Presses Ctrl+S in Alice's editor and records with the message typed into the dialog. */
    private void record(FxRobot robot, String message) throws Exception {
        robot.clickOn(within(robot, aliceStage, "#section-editor")).push(KeyCode.CONTROL, KeyCode.S);
        alice.waitFor(() -> robot.lookup("#record-message").tryQuery().isPresent());
        robot.clickOn("#record-message").push(KeyCode.CONTROL, KeyCode.A).write(message, 0);
        robot.clickOn("#dialog-ok");
        alice.waitFor(() -> alice.window().statusModel().activityProperty().get().startsWith("Recorded"));
        alice.awaitIdle();
    }

    /**
     * Presses Ctrl+Shift+S in the window and waits for the result. Bob's clone has no identity yet, so his
     * first sync shows the identity dialog.
     */
    private void syncAndAwait(FxRobot robot, ChartaWindowFixture fixture, Stage stage) throws Exception {
        bringToFront(fixture, stage);
        robot.clickOn(within(robot, stage, "#section-editor")).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        if (fixture == bob) {
            answerIdentity(robot, bob, TestGit.BOB.name(), TestGit.BOB.email());
        }
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced")
                && !fixture.window().statusModel().busyProperty().get());
        fixture.awaitIdle();
    }

    private static void assertSynced(FxRobot robot, ChartaWindowFixture fixture, Stage stage) throws Exception {
        fixture.waitFor(() -> fixture.window().statusModel().aheadProperty().get() == 0
                && fixture.window().statusModel().behindProperty().get() == 0);
        assertThat(labelText(robot, stage.getScene().getRoot(), "#status-ahead-behind")).isEqualTo("↑0 ↓0");
        assertThat(labelText(robot, stage.getScene().getRoot(), "#status-last-sync")).startsWith("Synced");
        assertThat(labelText(robot, stage.getScene().getRoot(), "#status-unrecorded"))
                .isEqualTo("All sections recorded");
        assertThat(labelText(robot, stage.getScene().getRoot(), "#status-remote")).isEqualTo("Shared remote");
    }

    /**
     * Pastes the text into the field with Ctrl+V. Paths and addresses are pasted because the robot took about
     * 60 ms per typed character here (it waits for the JavaFX events after each one). Prose is typed.
     */
    private static void paste(FxRobot robot, String query, String text) throws Exception {
        runFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.V);
        assertThat(onFx(() -> field.getText())).isEqualTo(text);
    }

    /**
     * Fires a File menu item of one window, which runs the item's own action as a click on it would. The
     * menu's popup stays closed because a lookup cannot tell the two windows' popups apart.
     */
    private static void fireMenuItem(MainWindow window, String id) throws Exception {
        MenuBar bar = (MenuBar) onFx(() -> window.context().stage().getScene().lookup("#menu-bar"));
        MenuItem item = onFx(() -> bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow());
        // The action opens a modal dialog and waits in it, so it must not run inside runFx.
        Platform.runLater(item::fire);
    }

    private static void bringToFront(ChartaWindowFixture fixture, Stage stage) throws Exception {
        runFx(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        fixture.waitFor(stage::isFocused);
    }

    private static Block paragraph(ChartaWindowFixture fixture, int number) throws Exception {
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= number);
        return onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(number - 1));
    }

    /** Returns the first word of five letters or more in the paragraph that occurs nowhere else in the text. */
    private static String uniqueWord(Block paragraph, String text) {
        Matcher words = Pattern.compile("\\p{L}{5,}").matcher(paragraph.text());
        while (words.find()) {
            if (wholeWordCount(text, words.group()) == 1) {
                return words.group();
            }
        }
        throw new AssertionError("No word occurs only once in paragraph " + paragraph.number() + ": "
                + paragraph.text());
    }

    private static int wholeWordCount(String text, String word) {
        Matcher matcher = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Node within(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    private static String labelText(FxRobot robot, Node root, String query) throws Exception {
        Labeled label = robot.from(root).lookup(query).queryLabeled();
        return onFx(label::getText);
    }

    private static HistoryWindow openHistory(ChartaWindowFixture fixture) throws Exception {
        AtomicReference<HistoryWindow> window = new AtomicReference<>();
        runFx(() -> window.set(fixture.window().openHistory().orElseThrow()));
        return window.get();
    }

    private static List<String> diffTexts(HistoryWindow history, String... styleClasses) {
        List<String> classes = List.of(styleClasses);
        return history.diffView().texts().stream()
                .filter(text -> text.getStyleClass().stream().anyMatch(classes::contains))
                .map(Text::getText)
                .toList();
    }

    private static List<Path> filesContaining(Path folder, String marker) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !folder.relativize(file).startsWith(".git"))
                    .filter(file -> contains(file, marker))
                    .toList();
        }
    }

    private static boolean contains(Path file, String marker) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ChartaWindowFixture fixture, List<Exception> failures) {
        if (fixture == null) {
            return;
        }
        try {
            fixture.close();
        } catch (Exception e) {
            failures.add(e);
        }
    }
}
