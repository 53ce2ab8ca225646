package org.charta.ui.sync;

import javafx.stage.Stage;
import org.charta.testing.PlainGitClone;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.charta.ui.editor.SaveState;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * A person keeps typing while a sync brings a shared change to another paragraph of the open section:
 * every character must reach the editor and the file, in order, where the caret was.
 */
@ExtendWith(ApplicationExtension.class)
class TypingDuringSyncTest {

    private static final String PARAGRAPH_TWO_END = "if at all.";

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
    void typingDuringSyncKeepsEveryCharacter(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        pushChangeToParagraphOne();
        caretAfter(PARAGRAPH_TWO_END);
        CountDownLatch gitBusy = new CountDownLatch(1);

        robot.write(" alpha");
        // A task holding the serial lane keeps the sync waiting, so the next words are typed while it runs.
        runFx(() -> {
            fixture.window().context().executor().submit("hold the serial lane", () -> gitBusy.await(20,
                    TimeUnit.SECONDS), done -> { }, error -> { });
            fixture.window().sync();
        });
        robot.write(" bravo charlie");
        boolean lockedWhileTyping = onFx(() -> fixture.window().editorModel().lockedProperty().get());
        gitBusy.countDown();
        StringBuilder typed = new StringBuilder(" alpha bravo charlie");
        for (int word = 1; word <= 40 && !syncFinished(); word++) {
            String next = String.format(" w%02d", word);
            robot.write(next);
            typed.append(next);
        }
        fixture.waitFor(this::syncFinished);
        robot.write(" omega");
        typed.append(" omega");
        fixture.waitFor(() -> fixture.window().editorModel().saveStateProperty().get() == SaveState.SAVED);
        fixture.awaitIdle();

        String expected = PARAGRAPH_TWO_END + typed;
        String file = fixture.readFile("sections/preamble.md");
        assertThat(lockedWhileTyping).as("editor locked while words were typed").isTrue();
        assertThat(onFx(() -> fixture.window().editor().text())).contains(expected);
        assertThat(file).contains(expected);
        assertThat(file).startsWith("## Preamble\n");
        assertThat(file).contains("one fragile planet");
        int caret = onFx(() -> fixture.window().editor().caretOffsetProperty().getValue());
        assertThat(caret).isEqualTo(file.indexOf(expected) + expected.length());
    }

    private boolean syncFinished() throws Exception {
        return onFx(() -> fixture.window().statusModel().lastSyncProperty().get().startsWith("Synced")
                && !fixture.window().statusModel().busyProperty().get());
    }

    private void pushChangeToParagraphOne() throws Exception {
        Path shared = home.resolve("data/demo/shared.git");
        try (PlainGitClone clone = PlainGitClone.of(shared.toUri().toString(), other.resolve("web"))) {
            String preamble = Files.readString(clone.folder().resolve("sections/preamble.md"));
            clone.write("sections/preamble.md", preamble.replace("one planet", "one fragile planet"))
                    .commitAndPush("Stress fragility");
        }
    }

    private void caretAfter(String text) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.requestFocus();
            editor.showOffset(editor.text().indexOf(text) + text.length());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
