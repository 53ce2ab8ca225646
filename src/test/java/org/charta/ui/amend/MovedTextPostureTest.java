package org.charta.ui.amend;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.charta.ui.text.UprightFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** A moved paragraph is slanted, except its Arabic words, which the slanted Linux font draws as symbols. */
@ExtendWith(ApplicationExtension.class)
class MovedTextPostureTest {

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        root.getStylesheets().addAll(
                MovedTextPostureTest.class.getResource("/org/charta/ui/charta.css").toExternalForm(),
                MovedTextPostureTest.class.getResource("/org/charta/ui/amend/amendments.css").toExternalForm());
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void movedArabicWordsAreUpright() throws Exception {
        List<Text> words = show("نقلت هذه الفقرة moved");
        runFx(() -> Shots.save(root.getScene(), "italic-moved-arabic"));

        assertThat(onFx(() -> UprightFont.isItalic(words.get(0).getFont()))).as("Arabic word italic").isFalse();
        assertThat(onFx(() -> UprightFont.isItalic(words.get(3).getFont()))).as("English word italic").isTrue();
    }

    private List<Text> show(String paragraph) throws Exception {
        return onFx(() -> {
            List<Text> words = DiffFlows.words(paragraph, DiffFlows.MOVED_STYLE);
            TextFlow flow = new TextFlow(words.toArray(Text[]::new));
            flow.getStyleClass().add("diff-flow");
            root.getChildren().setAll(flow);
            root.applyCss();
            root.layout();
            return words;
        });
    }
}
