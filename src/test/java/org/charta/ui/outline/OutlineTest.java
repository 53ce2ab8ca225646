package org.charta.ui.outline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** Outline changes made through the keyboard, buttons and dialogs, checked against the manifest on disk. */
@ExtendWith(ApplicationExtension.class)
class OutlineTest {

    private static final List<String> DEMO_ORDER = List.of("preamble", "article-1-purpose", "article-2-membership",
            "article-3-the-assembly", "article-4-amendments");

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
    void addPutsSectionAfterSelected(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-1-purpose");

        robot.clickOn("#outline-add");
        robot.clickOn("#dialog-text").write("Article 1a – Values");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().outlineModel().sections().size() == 6);
        fixture.awaitIdle();

        List<String> ids = manifestIds();
        assertThat(ids).hasSize(6);
        assertThat(ids.get(2)).isEqualTo("article-1a-values");
        assertThat(fixture.readFile("sections/article-1a-values.md")).startsWith("## Article 1a – Values");
        assertThat(onFx(() -> fixture.window().editorModel().sectionIdProperty().get()))
                .isEqualTo("article-1a-values");
    }

    @Test
    void renameChangesHeadingInFile(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-2-membership");

        robot.push(KeyCode.F2);
        robot.clickOn("#dialog-text").push(KeyCode.CONTROL, KeyCode.A).write("Article 2 – Members");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> "Article 2 – Members".equals(
                fixture.window().outlineModel().find("article-2-membership").sourceTitle()));
        fixture.awaitIdle();

        assertThat(fixture.readFile("sections/article-2-membership.md")).startsWith("## Article 2 – Members\n");
        assertThat(onFx(() -> fixture.window().editor().text())).startsWith("## Article 2 – Members\n");
        assertThat(manifestIds()).isEqualTo(DEMO_ORDER);
    }

    @Test
    void renameKeepsCaretInItsParagraph(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-2-membership");
        int caret = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(1).start() + 7);
        runFx(() -> fixture.window().editor().showOffset(caret));
        String before = onFx(() -> fixture.window().editor().text());
        runFx(() -> outline(robot).requestFocus());

        robot.push(KeyCode.F2);
        robot.clickOn("#dialog-text").push(KeyCode.CONTROL, KeyCode.A).write("Article 2 – Who may join");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().editor().text().startsWith("## Article 2 – Who may join\n")
                && !fixture.window().editorModel().lockedProperty().get());

        String after = onFx(() -> fixture.window().editor().text());
        int shift = after.length() - before.length();
        assertThat(onFx(() -> fixture.window().editor().caretOffsetProperty().getValue())).isEqualTo(caret + shift);
    }

    @Test
    void altDownMovesSectionDown(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-1-purpose");

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        fixture.waitFor(() -> fixture.window().outlineModel().indexOf("article-1-purpose") == 2);
        fixture.awaitIdle();

        assertThat(manifestIds()).containsExactly("preamble", "article-2-membership", "article-1-purpose",
                "article-3-the-assembly", "article-4-amendments");
        assertThat(onFx(() -> outline(robot).getSelectionModel().getSelectedItem().id()))
                .isEqualTo("article-1-purpose");
    }

    @Test
    void altDownTwiceMovesTwoPlaces(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-1-purpose");

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        fixture.waitFor(() -> fixture.window().outlineModel().indexOf("article-1-purpose") == 2
                && !fixture.window().outlineModel().busyProperty().get());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        fixture.waitFor(() -> fixture.window().outlineModel().indexOf("article-1-purpose") == 3);
        fixture.awaitIdle();

        assertThat(manifestIds()).containsExactly("preamble", "article-2-membership", "article-3-the-assembly",
                "article-1-purpose", "article-4-amendments");
        assertThat(onFx(() -> outline(robot).isFocused())).isTrue();
        assertThat(onFx(() -> outline(robot).getSelectionModel().getSelectedItem().id()))
                .isEqualTo("article-1-purpose");
    }

    @Test
    void clickWhileBusyOpensNothing(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-1-purpose");
        runFx(() -> fixture.window().outlineModel().busyProperty().set(true));

        robot.clickOn("Article 3 – The Assembly");
        fixture.awaitIdle();
        String open = onFx(() -> fixture.window().editorModel().sectionIdProperty().get());
        runFx(() -> fixture.window().outlineModel().busyProperty().set(false));

        assertThat(open).isEqualTo("article-1-purpose");
        assertThat(onFx(() -> outline(robot).getSelectionModel().getSelectedItem().id()))
                .isEqualTo("article-1-purpose");
    }

    @Test
    void deleteOfRecordedMentionsHistory(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-3-the-assembly");

        robot.push(KeyCode.DELETE);
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        robot.clickOn("#dialog-cancel");

        assertThat(message).contains("recorded versions stay in the history")
                .contains("changes not yet recorded are lost");
    }

    @Test
    void deleteWarnsNeverRecordedTextIsLost(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-1-purpose");
        robot.clickOn("#outline-add");
        robot.clickOn("#dialog-text").write("Article 1a – Draft");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> "article-1a-draft".equals(fixture.window().editorModel().sectionIdProperty().get()));
        fixture.awaitIdle();
        runFx(() -> outline(robot).requestFocus());

        robot.push(KeyCode.DELETE);
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        robot.clickOn("#dialog-cancel");

        assertThat(message).contains("has never been recorded").contains("lost for good");
    }

    @Test
    void deleteAsksThenRemovesSection(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-3-the-assembly");

        robot.push(KeyCode.DELETE);
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .contains("Article 3 – The Assembly");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().outlineModel().sections().size() == 4);
        fixture.awaitIdle();

        assertThat(manifestIds()).doesNotContain("article-3-the-assembly").hasSize(4);
        assertThat(fixture.charterFolder().resolve("sections/article-3-the-assembly.md")).doesNotExist();
        assertThat(onFx(() -> fixture.window().editorModel().sectionIdProperty().get()))
                .isEqualTo("article-4-amendments");
    }

    @Test
    void cancelledDeleteKeepsSection(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        select(robot, "article-3-the-assembly");

        robot.push(KeyCode.DELETE);
        fixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("#dialog-cancel");
        fixture.awaitIdle();

        assertThat(manifestIds()).isEqualTo(DEMO_ORDER);
        assertThat(fixture.charterFolder().resolve("sections/article-3-the-assembly.md")).exists();
    }

    /** Clicks a title in the outline, which opens the section, and waits until the editor shows it. */
    private void select(FxRobot robot, String id) throws Exception {
        int index = onFx(() -> fixture.window().outlineModel().indexOf(id));
        runFx(() -> {
            outline(robot).getSelectionModel().select(index);
            outline(robot).requestFocus();
        });
        fixture.waitFor(() -> id.equals(fixture.window().editorModel().sectionIdProperty().get()));
        fixture.awaitIdle();
        runFx(() -> outline(robot).requestFocus());
    }

    private static ListView<SectionItem> outline(FxRobot robot) {
        return robot.lookup("#outline").queryListView();
    }

    private List<String> manifestIds() throws Exception {
        Path file = fixture.charterFolder().resolve("charter.json");
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(file));
        List<String> ids = new ArrayList<>();
        manifest.get("sections").forEach(section -> ids.add(section.get("id").asText()));
        return ids;
    }
}
