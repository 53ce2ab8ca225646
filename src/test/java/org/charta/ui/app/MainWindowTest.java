package org.charta.ui.app;

import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.outline.SectionItem;
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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void opensDemoCharterOnFirstRun(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();

        ListView<SectionItem> outline = robot.lookup("#outline").queryListView();
        List<String> titles = onFx(() -> outline.getItems().stream().map(SectionItem::title).toList());
        assertThat(titles).startsWith("Preamble", "Article 1 – Purpose", "Article 2 – Membership");
        assertThat(fixture.window().editor().text()).startsWith("## Preamble\n\nWe, people of many countries");
        assertThat(onFx(() -> outline.getSelectionModel().getSelectedItem().id())).isEqualTo("preamble");
        assertThat(fixture.charterFolder()).isEqualTo(home.resolve("data/demo/charter").toAbsolutePath());
    }
}
