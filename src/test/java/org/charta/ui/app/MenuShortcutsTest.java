package org.charta.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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

/**
 * The menus show the shortcuts of Undo, Redo and the section moves, and a shortcut that the focused control
 * also handles still acts once.
 */
@ExtendWith(ApplicationExtension.class)
class MenuShortcutsTest {

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
    void menusShowUndoRedoAndMoveShortcuts(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);

        assertThat(shortcut(bar, "menu-undo")).isEqualTo("Ctrl+Z");
        assertThat(shortcut(bar, "menu-redo")).isEqualTo("Ctrl+Y");
        assertThat(shortcut(bar, "menu-section-up")).isEqualTo("Alt+↑");
        assertThat(shortcut(bar, "menu-section-down")).isEqualTo("Alt+↓");
    }

    @Test
    void undoShortcutInEditorUndoesOneStep(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        caretToEnd();
        robot.write(" One");
        robot.sleep(1000);
        robot.write(" two");

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(onFx(() -> fixture.window().editor().text())).endsWith("sets out.\n One");
    }

    @Test
    void undoShortcutInReplyFieldLeavesEditor(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        caretToEnd();
        robot.write(" Kept");
        fixture.waitFor(() -> robot.lookup(".thread-card .text-field").tryQuery().isPresent());
        robot.clickOn(".thread-card .text-field").write("reply");

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(onFx(() -> fixture.window().editor().text())).endsWith("sets out.\n Kept");
    }

    @Test
    void altDownInEditorMovesSectionOnce(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openSection("article-1-purpose"));
        fixture.waitFor(() -> "article-1-purpose".equals(fixture.window().editorModel().sectionIdProperty().get()));
        caretToEnd();

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        fixture.waitFor(() -> fixture.window().outlineModel().indexOf("article-1-purpose") != 1
                && !fixture.window().outlineModel().busyProperty().get());
        fixture.awaitIdle();

        assertThat(onFx(() -> fixture.window().outlineModel().indexOf("article-1-purpose"))).isEqualTo(2);
    }

    private void caretToEnd() throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.requestFocus();
            editor.showOffset(editor.text().length());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shortcut(MenuBar bar, String id) throws Exception {
        return onFx(() -> {
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        return item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                    }
                }
            }
            return "";
        });
    }
}
