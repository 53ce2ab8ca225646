package org.charta.ui.conflict;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Resolution;
import org.charta.ui.app.UiText;

import java.util.Locale;
import java.util.Map;

/**
 * Opens the conflict dialog on the sample conflicts, to look at it: {@code java ... ConflictDialogDemo [language]
 * [index of the conflict to show]}.
 */
public final class ConflictDialogDemo {

    private ConflictDialogDemo() {
    }

    public static void main(String[] arguments) {
        Application.launch(DemoApplication.class, arguments);
    }

    /** The application, apart from the main class, because JavaFX refuses to start a main class on the class path. */
    public static final class DemoApplication extends Application {

    @Override
    public void start(Stage stage) {
        String language = getParameters().getUnnamed().isEmpty() ? "en" : getParameters().getUnnamed().get(0);
        int index = getParameters().getUnnamed().size() < 2 ? 0 : Integer.parseInt(getParameters().getUnnamed().get(1));
        stage.setScene(new Scene(new Label("Charta"), 300, 200));
        stage.show();
        ConflictDialog dialog = ConflictDialog.show(stage, new UiText(Locale.forLanguageTag(language)),
                ConflictSamples.all(), Map.of("votes", Resolution.of(Choice.THEIRS)), ConflictSamples.TITLE_OF,
                new ConflictDialog.Listener() {
                    @Override
                    public void chosen(String conflictId, Resolution resolution) {
                        System.out.println("chosen " + conflictId + " " + resolution);
                    }

                    @Override
                    public void finish() {
                        System.out.println("finish");
                    }

                    @Override
                    public void abort() {
                        System.out.println("abort");
                    }
                });
        dialog.stage().setX(0);
        dialog.stage().setY(0);
        dialog.choices().selectedProperty().set(index);
    }

    }
}
