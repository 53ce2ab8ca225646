package org.charta.ui.sync;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charta.testing.GitDaemon;
import org.charta.testing.TestGit;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** Sync from the window against the demo's shared remote (a local bare repository). */
@ExtendWith(ApplicationExtension.class)
class SyncTest {

    @TempDir
    Path home;

    @TempDir
    Path other;

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
    void syncSendsEditToSharedRemote(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        appendToEditor("Sent by sync.");

        robot.clickOn("#section-editor").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced"));
        fixture.awaitIdle();

        try (Git shared = Git.open(sharedRemote().toFile())) {
            String message = shared.log().setMaxCount(1).call().iterator().next().getFullMessage();
            assertThat(message).isEqualTo("Edit Preamble");
        }
        assertThat(onFx(() -> fixture.window().statusModel().aheadProperty().get())).isZero();
        assertThat(onFx(() -> fixture.window().editorModel().lockedProperty().get())).isFalse();
    }

    @Test
    void receivedChangeReloadsOpenSection(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        try (Git clone = Git.cloneRepository().setURI(sharedRemote().toUri().toString())
                .setDirectory(other.resolve("clone").toFile()).call()) {
            Path preamble = other.resolve("clone/sections/preamble.md");
            Files.writeString(preamble, Files.readString(preamble).replace("one planet", "one fragile planet"));
            clone.commit().setAll(true).setMessage("Stress fragility").setAuthor(TestGit.BOB.name(),
                    TestGit.BOB.email()).setCommitter(TestGit.BOB.name(), TestGit.BOB.email()).setSign(false).call();
            clone.push().call();
        }

        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced"));
        fixture.awaitIdle();

        fixture.waitFor(() -> fixture.window().editor().text().contains("one fragile planet"));
        assertThat(onFx(() -> fixture.window().editor().dirtyProperty().get())).isFalse();
    }

    @Test
    void abortInDialogKeepsLocalText(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        try (Git clone = Git.cloneRepository().setURI(sharedRemote().toUri().toString())
                .setDirectory(other.resolve("clone").toFile()).call()) {
            Path preamble = other.resolve("clone/sections/preamble.md");
            Files.writeString(preamble, Files.readString(preamble).replace("one planet", "one shared planet"));
            clone.commit().setAll(true).setMessage("Their wording").setAuthor(TestGit.BOB.name(),
                    TestGit.BOB.email()).setCommitter(TestGit.BOB.name(), TestGit.BOB.email()).setSign(false).call();
            clone.push().call();
        }
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf("one planet");
            editor.selectRange(start, start + "one planet".length());
            editor.replaceSelection("one common planet");
        });

        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> robot.lookup("#conflict-abort").tryQuery().isPresent());
        robot.clickOn("#conflict-abort").clickOn("#dialog-ok");
        fixture.waitFor(() -> String.valueOf(onFx(() -> fixture.window().statusModel().lastSyncProperty().get()))
                .startsWith("Sync aborted"));
        fixture.awaitIdle();

        assertThat(fixture.readFile("sections/preamble.md")).contains("one common planet")
                .doesNotContain("one shared planet");
        assertThat(onFx(() -> fixture.window().editor().text())).contains("one common planet");
        assertThat(onFx(() -> fixture.window().editorModel().lockedProperty().get())).isFalse();
    }

    @Test
    void conflictIsSettledInDialog(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        try (Git clone = Git.cloneRepository().setURI(sharedRemote().toUri().toString())
                .setDirectory(other.resolve("clone").toFile()).call()) {
            Path preamble = other.resolve("clone/sections/preamble.md");
            Files.writeString(preamble, Files.readString(preamble).replace("one planet", "one shared planet"));
            clone.commit().setAll(true).setMessage("Their wording").setAuthor(TestGit.BOB.name(),
                    TestGit.BOB.email()).setCommitter(TestGit.BOB.name(), TestGit.BOB.email()).setSign(false).call();
            clone.push().call();
        }
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf("one planet");
            editor.selectRange(start, start + "one planet".length());
            editor.replaceSelection("one common planet");
        });

        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> robot.lookup("#conflict-keep-theirs").tryQuery().isPresent());
        String heading = robot.lookup("#conflict-heading").queryLabeled().getText();
        String textWhileOpen = fixture.readFile("sections/preamble.md");
        robot.clickOn("#conflict-keep-theirs");
        robot.clickOn("#conflict-finish");
        fixture.waitFor(() -> fixture.readFile("sections/preamble.md").contains("one shared planet"));
        fixture.awaitIdle();

        assertThat(heading).contains("Preamble");
        assertThat(textWhileOpen).contains("one common planet");
        assertThat(onFx(() -> fixture.window().editor().text())).contains("one shared planet")
                .doesNotContain("one common planet");
        assertThat(onFx(() -> fixture.window().statusModel().lastSyncProperty().get())).startsWith("Synced");
    }

    @Test
    void unreachableRemoteShowsOfflineWithoutDialog(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        setOriginUrl(GitDaemon.unreachableUrl("charter.git"));
        appendToEditor("Written offline.");

        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Offline"));
        fixture.awaitIdle();

        assertThat(onFx(() -> fixture.window().statusModel().offlineProperty().get())).isTrue();
        List<Window> windows = onFx(() -> List.copyOf(Window.getWindows()));
        assertThat(windows).hasSize(1);
        assertThat(fixture.readFile("sections/preamble.md")).contains("Written offline.");
    }

    @Test
    void staleIndexLockIsOfferedForRemoval(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path lock = fixture.charterFolder().resolve(".git/index.lock");
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
        appendToEditor("Blocked by a lock.");

        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("The local repository is locked");
        assertThat(onFx(() -> fixture.window().statusModel().lastSyncProperty().get())).doesNotStartWith("Synced");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced"));

        assertThat(lock).doesNotExist();
        assertThat(fixture.readFile("sections/preamble.md")).contains("Blocked by a lock.");
    }

    @Test
    void recordAfterLockRemovalKeepsMessage(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path lock = fixture.charterFolder().resolve(".git/index.lock");
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
        appendToEditor("Recorded after the lock.");

        runFx(() -> fixture.window().record());
        fixture.waitFor(() -> robot.lookup("#record-message").tryQuery().isPresent());
        robot.clickOn("#record-message").push(KeyCode.CONTROL, KeyCode.A).write("Explain the lock");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> robot.lookup(".dialog-pane .header-panel .label").tryQuery()
                .map(label -> "The local repository is locked".equals(((javafx.scene.control.Labeled) label)
                        .getText())).orElse(false));
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().statusModel().activityProperty().get().startsWith("Recorded"));
        fixture.awaitIdle();

        assertThat(robot.lookup("#record-message").tryQuery()).isEmpty();
        try (Git local = Git.open(fixture.charterFolder().toFile())) {
            String message = local.log().setMaxCount(1).call().iterator().next().getFullMessage();
            assertThat(message).isEqualTo("Explain the lock");
        }
    }

    @Test
    void heldIndexLockIsReportedNotRemoved(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path lock = fixture.charterFolder().resolve(".git/index.lock");
        String message;
        // An open descriptor on the lock stands for a Git program that is still running.
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            appendToEditor("Kept despite the lock.");

            runFx(() -> fixture.window().sync());
            fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            message = robot.lookup(".dialog-pane .content").queryLabeled().getText();
            robot.clickOn("#dialog-ok");
            fixture.awaitIdle();
        }

        assertThat(message).contains("index.lock");
        assertThat(lock).exists();
        assertThat(onFx(() -> fixture.window().statusModel().lastSyncProperty().get())).doesNotStartWith("Synced");
        assertThat(onFx(() -> fixture.window().statusModel().indexLockedProperty().get())).isTrue();
        assertThat(fixture.readFile("sections/preamble.md")).contains("Kept despite the lock.");
    }

    @Test
    void failedSyncReplacesEarlierSynced(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        appendToEditor("First, shared.");
        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced"));
        fixture.awaitIdle();
        Path lock = fixture.charterFolder().resolve(".git/index.lock");
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            appendToEditor("Then blocked.");

            runFx(() -> fixture.window().sync());
            fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            robot.clickOn("#dialog-ok");
            fixture.awaitIdle();
        }

        assertThat(onFx(() -> fixture.window().statusModel().lastSyncProperty().get())).startsWith("Sync failed");
    }

    private void appendToEditor(String words) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.selectRange(editor.text().length(), editor.text().length());
            editor.replaceSelection(words);
        });
    }

    private Path sharedRemote() {
        return home.resolve("data/demo/shared.git");
    }

    private void setOriginUrl(String url) throws Exception {
        try (Git git = Git.open(fixture.charterFolder().toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }
}
