package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.charta.core.markdown.Block;
import org.charta.ui.ChartaWindowFixture;
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

/** A click on a comment thread scrolls the editor so the thread's whole paragraph can be read. */
@ExtendWith(ApplicationExtension.class)
class ThreadClickScrollTest {

    private static final String SECTION = "article-3-the-assembly";
    private static final int PARAGRAPHS = 30;
    private static final int TARGET = 24;

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
    void threadClickShowsWholeParagraph(FxRobot robot) throws Exception {
        openLongSection();
        Block target = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(TARGET - 1));
        runFx(() -> fixture.window().editor().showOffset(target.start() + 3));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == TARGET);
        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("Too long?");
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        String id = onFx(() -> fixture.window().commentsModel().threads().get(0).id());
        runFx(() -> fixture.window().editor().showOffset(0));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#thread-" + id + " .thread-location");
        WaitForAsyncUtils.waitForFxEvents();

        RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
        Bounds view = onFx(() -> editor.area().localToScreen(editor.area().getBoundsInLocal()));
        Bounds first = onFx(() -> editor.area().getParagraphBoundsOnScreen(target.startLine()).orElseThrow());
        Bounds last = onFx(() -> editor.area().getParagraphBoundsOnScreen(target.endLine()).orElseThrow());
        assertThat(first.getMinY()).as("paragraph top").isGreaterThanOrEqualTo(view.getMinY());
        assertThat(last.getMaxY()).as("paragraph bottom").isLessThanOrEqualTo(view.getMaxY());
        assertThat(first.getMinY() - view.getMinY()).as("paragraph top within the upper half")
                .isLessThan(view.getHeight() / 2);
    }

    /** Opens a section without threads and fills it with paragraphs longer than the editor's view. */
    private void openLongSection() throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openSection(SECTION));
        fixture.waitFor(() -> SECTION.equals(fixture.window().editorModel().sectionIdProperty().get())
                && fixture.window().commentsModel().threads().isEmpty());
        StringBuilder text = new StringBuilder("## Article 3 – The Assembly\n");
        for (int number = 1; number <= PARAGRAPHS; number++) {
            text.append("\nParagraph ").append(number).append(" of the long article: ")
                    .append("the assembly meets, deliberates and decides in the open. ".repeat(5)).append('\n');
        }
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.area().selectAll();
            editor.replaceSelection(text.toString());
        });
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() == PARAGRAPHS);
        fixture.awaitIdle();
    }
}
