package org.charta.ui.comment;

import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The comments panel's button shows in full how to start a thread, however narrow the panel is. */
@ExtendWith(ApplicationExtension.class)
class NewThreadButtonTest {

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
    void buttonWithoutParagraphShowsWholeText(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.selectRange(0, editor.text().length());
            editor.replaceSelection("## Preamble\n");
        });
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 0);
        // A narrow window leaves the comments panel about 240 pixels, less than the text needs on one line.
        runFx(() -> fixture.window().context().stage().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();

        Button button = robot.lookup("#comment-new").queryButton();
        String displayed = onFx(() -> ((Text) button.lookup(".text")).getText());

        assertThat(onFx(button::getText)).isEqualTo("New comment (put the caret in a paragraph)");
        assertThat(displayed).isEqualTo(onFx(button::getText));
    }
}
