package org.charta.ui.amend;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.app.MainWindow;
import org.charta.ui.editor.RichTextSectionEditor;
import org.charta.ui.release.ReleasesWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The New amendment, Record and Tag dialogs and the Releases window open at a size that shows their whole
 * content, also under a window manager (run with -Dtestfx.headless=false on an X display with openbox).
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizesTest {

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
    void newAmendmentDialogShowsWholeContent(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        runFx(fixture.window()::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        settle();

        Scene scene = onFx(() -> robot.lookup("#amend-create-title").query().getScene());
        ListView<?> sections = robot.lookup("#amend-create-sections").queryAs(ListView.class);
        runFx(() -> Shots.save(scene, "size-new-amendment"));

        assertThat(onFx(sections::getHeight)).isGreaterThanOrEqualTo(100);
        assertFits(scene);
        robot.clickOn("#dialog-cancel");
    }

    @Test
    void recordDialogShowsWholeContent(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) window.editor();
            editor.selectRange(0, 0);
            editor.replaceSelection("Now ");
        });
        fixture.awaitIdle();
        runFx(window::record);
        fixture.waitFor(() -> robot.lookup("#record-message").tryQuery().isPresent());
        settle();

        Scene scene = onFx(() -> robot.lookup("#record-message").query().getScene());
        runFx(() -> Shots.save(scene, "size-record"));

        assertFits(scene);
        robot.clickOn("#dialog-cancel");
    }

    @Test
    void tagDialogShowsWholeContent(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().releases().tag());
        fixture.waitFor(() -> robot.lookup("#release-name").tryQuery().isPresent());
        settle();

        Scene scene = onFx(() -> robot.lookup("#release-name").query().getScene());
        Node notes = robot.lookup("#release-notes").query();
        runFx(() -> Shots.save(scene, "size-tag"));

        assertThat(onFx(() -> notes.getBoundsInLocal().getHeight())).isGreaterThanOrEqualTo(150);
        assertFits(scene);
        robot.clickOn("#dialog-cancel");
    }

    @Test
    void releasesWindowOpensLargeEnough(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        ReleasesWindow releases = onFx(() -> fixture.window().releases().openWindow());
        fixture.awaitIdle();
        settle();
        runFx(() -> Shots.save(releases.stage().getScene(), "size-releases"));

        assertThat(onFx(() -> releases.stage().getWidth())).isGreaterThanOrEqualTo(ReleasesWindow.MIN_WIDTH);
        assertThat(onFx(() -> releases.stage().getHeight())).isGreaterThanOrEqualTo(ReleasesWindow.MIN_HEIGHT);
        runFx(() -> releases.stage().close());
    }

    /** Lets a window manager place and size the new window before it is measured. */
    private void settle() throws Exception {
        Thread.sleep(Boolean.getBoolean("testfx.headless") ? 0 : 1500);
        fixture.awaitIdle();
    }

    private static void assertFits(Scene scene) throws Exception {
        double needed = onFx(() -> scene.getRoot().prefHeight(scene.getWidth()));
        assertThat(onFx(scene::getHeight)).isGreaterThanOrEqualTo(needed - 1);
        Window window = scene.getWindow();
        assertThat(onFx(window::getHeight)).isGreaterThanOrEqualTo(needed - 1);
    }
}
