package org.charta.ui.history;

import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The history window after an edit is recorded: the word diff shows exactly the changed words. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {

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
    void recordedEditShowsChangedWords(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        replaceWord("many", "all");

        robot.clickOn("#section-editor").push(KeyCode.CONTROL, KeyCode.S);
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> fixture.window().statusModel().activityProperty().get().startsWith("Recorded"));
        fixture.awaitIdle();

        HistoryWindow history = openHistory();
        fixture.waitFor(() -> history.revisionList().getItems().size() == 2);
        runFx(() -> history.revisionList().getSelectionModel().selectIndices(0, 1));
        fixture.waitFor(() -> !texts(history, DiffView.INSERTED_STYLE).isEmpty());

        assertThat(onFx(() -> texts(history, DiffView.DELETED_STYLE))).containsExactly("many");
        assertThat(onFx(() -> texts(history, DiffView.INSERTED_STYLE))).containsExactly("all");
        assertThat(onFx(() -> history.revisionList().getItems().get(0).message())).isEqualTo("Edit Preamble");
    }

    @Test
    void revisionComparesWithWorkingText(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        replaceWord("planet", "small planet");

        HistoryWindow history = openHistory();
        fixture.waitFor(() -> !texts(history, DiffView.INSERTED_STYLE).isEmpty());

        assertThat(onFx(() -> texts(history, DiffView.INSERTED_STYLE))).containsExactly("small ");
        assertThat(onFx(() -> texts(history, DiffView.DELETED_STYLE))).isEmpty();
    }

    private void replaceWord(String word, String replacement) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf(word);
            editor.selectRange(start, start + word.length());
        });
        runFx(() -> ((RichTextSectionEditor) fixture.window().editor()).replaceSelection(replacement));
    }

    private HistoryWindow openHistory() throws Exception {
        AtomicReference<HistoryWindow> window = new AtomicReference<>();
        runFx(() -> window.set(fixture.window().openHistory().orElseThrow()));
        return window.get();
    }

    private static List<String> texts(HistoryWindow history, String styleClass) {
        return history.diffView().texts().stream()
                .filter(text -> text.getStyleClass().contains(styleClass))
                .map(Text::getText)
                .toList();
    }
}
