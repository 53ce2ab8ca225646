package org.charta.ui.editor;

import javafx.stage.Stage;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    @TempDir
    Path home;

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
    void typingPauseSavesSectionFile(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path preamble = fixture.charterFolder().resolve("sections/preamble.md");
        moveCaretToEnd();

        robot.write("Autosaved words.");
        long pauseStarted = System.nanoTime();
        WaitForAsyncUtils.waitFor(1500, TimeUnit.MILLISECONDS,
                () -> Files.readString(preamble).contains("Autosaved words."));
        long savedAfterMillis = (System.nanoTime() - pauseStarted) / 1_000_000;

        assertThat(savedAfterMillis).isLessThan(1500);
        fixture.waitFor(() -> fixture.window().editorModel().saveStateProperty().get() == SaveState.SAVED);
        assertThat(onFx(() -> fixture.window().editor().dirtyProperty().get())).isFalse();
    }

    @Test
    void switchingSectionSavesFirst(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        moveCaretToEnd();
        robot.write("Saved on switch.");

        runFx(() -> fixture.window().charters().openSection("article-1-purpose"));
        fixture.waitFor(() -> "article-1-purpose".equals(fixture.window().editorModel().sectionIdProperty().get()));

        assertThat(fixture.readFile("sections/preamble.md")).contains("Saved on switch.");
        assertThat(onFx(() -> fixture.window().editor().text())).startsWith("## Article 1");
    }

    @Test
    void failedSaveKeepsTextInEditor(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Path preamble = fixture.charterFolder().resolve("sections/preamble.md");
        moveCaretToEnd();
        // A folder in place of the file makes the atomic rename fail, as a full or read-only disk would. A
        // read-only folder would not stop a test that runs as root.
        Files.delete(preamble);
        Files.createDirectories(preamble.resolve("blocker"));
        try {
            robot.write("Kept in the editor.");
            fixture.waitFor(() -> fixture.window().editorModel().saveStateProperty().get() == SaveState.FAILED);
            robot.clickOn("#dialog-ok");

            assertThat(onFx(() -> fixture.window().editor().text())).endsWith("Kept in the editor.");
            assertThat(onFx(() -> fixture.window().editorModel().saveErrorProperty().get())).contains("preamble.md");
        } finally {
            Files.delete(preamble.resolve("blocker"));
            Files.delete(preamble);
        }
    }

    private void moveCaretToEnd() throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.area().requestFocus();
            editor.area().moveTo(editor.area().getLength());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
