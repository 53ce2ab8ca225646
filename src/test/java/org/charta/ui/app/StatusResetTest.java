package org.charta.ui.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charta.core.charter.CharterSetup;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The status bar shows only the open charter's state, never the previous charter's sync. */
@ExtendWith(ApplicationExtension.class)
class StatusResetTest {

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
    void openingCharterClearsLastSync(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().sync());
        fixture.waitFor(() -> !fixture.window().statusModel().lastSyncProperty().get().isEmpty()
                && !fixture.window().statusModel().busyProperty().get());
        Path unshared = work.resolve("unshared");
        CharterSetup.create(unshared, "Unshared charter", List.of("en"), ChartaWindowFixture.AUTHOR);

        runFx(() -> fixture.window().charters().openCharter(unshared));
        fixture.waitFor(() -> fixture.window().context().session() != null
                && fixture.window().context().session().folder().equals(unshared.toAbsolutePath().normalize())
                && fixture.window().editorModel().sectionIdProperty().get() != null);
        fixture.awaitIdle();

        assertThat(robot.lookup("#status-last-sync").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#status-remote").queryAs(Label.class).getText()).isEqualTo("Not shared");
        assertThat(onFx(() -> fixture.window().statusModel().offlineProperty().get())).isFalse();
    }
}
