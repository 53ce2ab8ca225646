package org.charta.ui.translation;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;

/** The row above the editor shrinks the language chooser before it clips the compare button. */
@ExtendWith(ApplicationExtension.class)
class LanguageChooserWidthTest {

    /**
     * A narrow editor pane's width, in pixels. NOTE: below about 300 pixels the French row still overflows,
     * because the chooser's least width and the whole button do not fit side by side.
     */
    private static final double PANE_WIDTH = 320;

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        root.setMaxWidth(PANE_WIDTH);
        root.getStylesheets().add(LanguageChooserWidthTest.class.getResource("/org/charta/ui/charta.css")
                .toExternalForm());
        stage.setScene(new Scene(new VBox(root), 400, 200));
        stage.show();
    }

    @Test
    void compareButtonKeepsWholeText() throws Exception {
        Button compare = onFx(() -> {
            LanguageChooser languages = new LanguageChooser(new TranslationsModel(), new UiText(Locale.FRENCH),
                    new SimpleStringProperty(), (id, opened) -> { }, () -> { });
            Node row = languages.node();
            row.setVisible(true);
            row.setManaged(true);
            root.getChildren().setAll(row);
            ComboBox<?> chooser = (ComboBox<?>) row.lookup("#" + LanguageChooser.CHOOSER_ID);
            // A long entry such as "العربية — 12 paragraphes à mettre à jour" makes the chooser this wide.
            chooser.setPrefWidth(260);
            root.applyCss();
            root.layout();
            return (Button) row.lookup("#translation-compare");
        });

        assertThat(onFx(compare::getWidth)).as("width of the compare button")
                .isGreaterThanOrEqualTo(onFx(() -> compare.prefWidth(-1)) - 0.5);
        assertThat(onFx(() -> compare.getBoundsInParent().getMaxX())).as("right edge of the compare button")
                .isLessThanOrEqualTo(PANE_WIDTH + 0.5);
    }
}
