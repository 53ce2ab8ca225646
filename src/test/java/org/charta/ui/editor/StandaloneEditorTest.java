package org.charta.ui.editor;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.Duration;
import java.util.Locale;

import static org.charta.ui.ChartaWindowFixture.runFx;

/** Base of tests on the section editor alone on a stage, with its own executor, disposed after each test. */
@ExtendWith(ApplicationExtension.class)
abstract class StandaloneEditorTest {

    protected BackgroundExecutor executor;
    protected RichTextSectionEditor editor;

    /** Returns the scene's width and height in pixels. */
    protected double[] sceneSize() {
        return new double[] {700, 400};
    }

    /** Shows the editor on the stage; TestFX reads {@code @Start} only on the test class itself. */
    protected void show(Stage stage) {
        executor = new BackgroundExecutor();
        editor = new RichTextSectionEditor(executor, new UiText(Locale.ENGLISH));
        double[] size = sceneSize();
        stage.setScene(new Scene(new StackPane(editor.node()), size[0], size[1]));
        stage.show();
        fitStage(stage, size);
    }

    /**
     * Gives the stage the scene's size in the middle of the screen. TestFX reuses one stage for every test class,
     * so a main window test before this one can leave its size of 1280 by 800 pixels and its minimum size there.
     * A showing stage keeps that size when its scene changes, and these tests click where the scene's size puts words.
     */
    private static void fitStage(Stage stage, double[] size) {
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        stage.centerOnScreen();
    }

    @AfterEach
    void stop() throws Exception {
        runFx(editor::dispose);
        executor.shutdown(Duration.ofSeconds(5));
    }
}
