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

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** A section file that disappeared after the charter opened is reported, not opened silently empty. */
@ExtendWith(ApplicationExtension.class)
class SectionReadFailureTest {

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
    void missingFileShowsError(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        Files.delete(fixture.charterFolder().resolve("sections/article-3-the-assembly.md"));

        runFx(() -> fixture.window().charters().openSection("article-3-the-assembly"));
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("The section could not be read");
        robot.clickOn("#dialog-ok");
        assertThat(onFx(() -> fixture.window().editorModel().sectionIdProperty().get())).isEqualTo("preamble");
    }
}
