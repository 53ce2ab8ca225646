package org.charta.ui.comment;

import javafx.application.Platform;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** File > Export comments writes the threads as a Markdown report or as CSV, then reports it in the status bar. */
@ExtendWith(ApplicationExtension.class)
class CommentExportTest {

    private static final String PREAMBLE_COMMENT = "Should we name the UN General Assembly here, or keep it general?";
    private static final String MEMBERSHIP_COMMENT = "Is sixteen the right age everywhere?";

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
    void exportWritesMarkdownOfWholeCharter(FxRobot robot) throws Exception {
        Path file = export(robot, "#export-scope-charter", "#export-format-markdown");

        String report = Files.readString(file);
        assertThat(file.getFileName().toString()).isEqualTo("comments.md");
        assertThat(report).contains(PREAMBLE_COMMENT);
        assertThat(report).contains(MEMBERSHIP_COMMENT);
        assertThat(onFx(() -> fixture.window().statusModel().activityProperty().get()))
                .isEqualTo("Exported 3 comment threads to comments.md.");
    }

    @Test
    void exportWritesCsvOfOpenSection(FxRobot robot) throws Exception {
        Path file = export(robot, "#export-scope-section", "#export-format-csv");

        List<String> lines = Files.readAllLines(file);
        assertThat(file.getFileName().toString()).isEqualTo("comments.csv");
        assertThat(String.join("\n", lines)).contains(PREAMBLE_COMMENT);
        assertThat(String.join("\n", lines)).doesNotContain(MEMBERSHIP_COMMENT);
        assertThat(onFx(() -> fixture.window().statusModel().activityProperty().get()))
                .isEqualTo("Exported 2 comment threads to comments.csv.");
    }

    /** Exports from the preamble, which the demo opens first, choosing scope and format in the dialog. */
    private Path export(FxRobot robot, String scope, String format) throws Exception {
        fixture.awaitCharterOpen();
        fixture.waitFor(() -> "preamble".equals(fixture.window().commentsModel().sectionIdProperty().get()));
        Path folder = Files.createDirectories(home.resolve("exports"));
        runFx(() -> fixture.window().commentsController().exporter()
                .setFileChooser((chosenFormat, name) -> java.util.Optional.of(folder.resolve(name))));

        Platform.runLater(() -> fixture.window().exportComments());
        fixture.waitFor(() -> robot.lookup(scope).tryQuery().isPresent());
        robot.clickOn(scope);
        robot.clickOn(format);
        robot.clickOn("#dialog-ok");

        fixture.waitFor(() -> !fixture.window().statusModel().activityProperty().get().isEmpty());
        fixture.awaitIdle();
        try (var files = Files.list(folder)) {
            return files.findFirst().orElseThrow();
        }
    }
}
