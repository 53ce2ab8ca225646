package org.charta.ui.translation;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.charta.core.charter.CharterSetup;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.dialog.Dialogs;
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
import static org.charta.ui.ChartaWindowFixture.AUTHOR;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The window's folder import on a real charter: the preview lists which file goes to which section, with the rule
 * that matched it, and nothing is written until the person confirms.
 */
@ExtendWith(ApplicationExtension.class)
class ImportPlanPreviewTest {

    private static final String ENGLISH = """
            # Our charter

            ## Preamble

            We, the citizens of the world, adopt this charter.

            ## Article 3

            Everyone has the right to life.
            """;

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
    void previewListsMatchesBeforeWriting(FxRobot robot) throws Exception {
        Path charter = work.resolve("charter");
        CharterSetup.importDocument(Files.writeString(work.resolve("charter.md"), ENGLISH), charter, null,
                List.of("en", "fr"), AUTHOR);
        Path folder = Files.createDirectories(work.resolve("fr"));
        Files.writeString(folder.resolve("article-03.md"), "## Article 3\n\nTout individu a droit à la vie.\n");
        Files.writeString(folder.resolve("00-preamble.md"), "## Préambule\n\nNous adoptons cette charte.\n");
        Files.writeString(folder.resolve("all.md"), "# Notre charte\n\n## Préambule\n\nNous.\n\n## Article 3\n\nTout.\n");
        Files.writeString(folder.resolve("notes.md"), "Rien.\n");
        openCharter(charter);

        Platform.runLater(() -> fixture.window().translations().importFolder(folder));
        fixture.waitFor(() -> robot.lookup("#" + LanguageDialog.FIELD_ID).tryQuery().isPresent());
        pressOk(robot);
        fixture.waitFor(() -> robot.lookup("#" + ImportPlanDialog.LIST_ID).tryQuery().isPresent());

        ListView<?> list = robot.lookup("#" + ImportPlanDialog.LIST_ID).queryAs(ListView.class);
        List<String> lines = onFx(() -> list.getItems().stream().map(String::valueOf).toList());
        assertThat(lines).containsExactly(
                "00-preamble.md → Preamble [preamble], by same name and numbers",
                "article-03.md → Article 3 [article-3], by same name and numbers",
                "all.md: holds several sections, skipped",
                "notes.md: matches no section, skipped");
        assertThat(charter.resolve("translations")).as("nothing is written before the import is confirmed")
                .doesNotExist();

        pressOk(robot);
        fixture.waitFor(() -> Files.isRegularFile(charter.resolve("translations/fr/article-3.md")));
        fixture.waitFor(() -> robot.lookup("#" + Dialogs.OK_BUTTON_ID).tryQuery().isPresent());
        pressOk(robot);
        assertThat(Files.readString(charter.resolve("translations/fr/preamble.md")))
                .isEqualTo("## Préambule\n\nNous adoptons cette charte.\n");
    }

    private void pressOk(FxRobot robot) throws Exception {
        Button ok = robot.lookup("#" + Dialogs.OK_BUTTON_ID).queryAs(Button.class);
        runFx(ok::fire);
        fixture.awaitIdle();
    }

    private void openCharter(Path folder) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openCharter(folder));
        fixture.waitFor(() -> fixture.window().context().session() != null
                && fixture.window().context().session().folder().equals(folder.toAbsolutePath().normalize()));
        fixture.awaitIdle();
    }
}
