package org.charta.ui.dialog;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charta.ui.app.UiText;

import java.util.Optional;

/**
 * The Preferences dialog. It sets the minutes between two background fetches; the grid leaves room for more
 * settings. OK with an invalid value shows one message that names it, keeps the dialog open and saves nothing.
 */
public final class PreferencesDialog {

    /** The settings the dialog returns when the person confirms valid values. */
    public record Values(int fetchIntervalMinutes) {
    }

    private final Dialog<Values> dialog = new Dialog<>();
    private final Spinner<Integer> fetchInterval;
    private final Label error = new Label();
    private final UiText text;
    private final int maxMinutes;

    private PreferencesDialog(Window owner, UiText text, Values current, int maxMinutes) {
        this.text = text;
        this.maxMinutes = maxMinutes;
        Dialogs.prepare(dialog, owner, text, text.get("ui.preferences.title"));
        dialog.setHeaderText(text.get("ui.preferences.header"));

        SpinnerValueFactory.IntegerSpinnerValueFactory minutes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, maxMinutes, current.fetchIntervalMinutes());
        minutes.setConverter(new MinutesConverter(text, minutes, maxMinutes));
        fetchInterval = new Spinner<>(minutes);
        fetchInterval.setId("preferences-fetch-interval");
        fetchInterval.setEditable(true);
        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(text.get("ui.preferences.fetchInterval")), fetchInterval);
        form.add(new Label(text.get("ui.preferences.fetchInterval.help")), 1, 1);

        error.setId("preferences-error");
        error.getStyleClass().add("form-error");
        Dialogs.wrapped(error);
        error.setVisible(false);
        error.setManaged(false);
        dialog.getDialogPane().setContent(new VBox(10, form, error));

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        // The filter keeps the dialog open on an invalid value, so nothing is saved and the value can be fixed.
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (read().isEmpty()) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? read().orElse(null) : null);
    }

    /** Shows the dialog and returns the confirmed values, or empty when the person cancels. */
    public static Optional<Values> show(Window owner, UiText text, Values current, int maxMinutes) {
        return create(owner, text, current, maxMinutes).dialog.showAndWait();
    }

    /** Builds the dialog without showing it, for tests. */
    static PreferencesDialog create(Window owner, UiText text, Values current, int maxMinutes) {
        return new PreferencesDialog(owner, text, current, maxMinutes);
    }

    Dialog<Values> dialog() {
        return dialog;
    }

    /**
     * Returns a whole number of minutes from 0 to {@code max}, or empty for anything else. Surrounding spaces are
     * ignored. Any script's decimal digits count, so "١٢" in Arabic reads as 12 like "12".
     */
    static Optional<Integer> parseMinutes(String value, int max) {
        try {
            int minutes = Integer.parseInt(value.strip());
            return minutes >= 0 && minutes <= max ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Converts the typed minutes for the spinner, which commits them on Enter and when it loses focus. The default
     * converter throws on text that is not a number, and the value factory clamps a number out of range. So invalid
     * text leaves the value as it was, and the editor keeps the text for {@link #read()} to name in its message.
     */
    private static final class MinutesConverter extends StringConverter<Integer> {

        private final UiText text;
        private final SpinnerValueFactory<Integer> factory;
        private final int maxMinutes;

        MinutesConverter(UiText text, SpinnerValueFactory<Integer> factory, int maxMinutes) {
            this.text = text;
            this.factory = factory;
            this.maxMinutes = maxMinutes;
        }

        @Override
        public String toString(Integer minutes) {
            // The interface language's digits, like every other number the window shows.
            return minutes == null ? "" : text.plainNumber(minutes);
        }

        @Override
        public Integer fromString(String typed) {
            return parseMinutes(typed == null ? "" : typed, maxMinutes).orElse(factory.getValue());
        }
    }

    /** Reads the typed values, or shows the error for the first invalid one and returns empty. */
    private Optional<Values> read() {
        String typed = fetchInterval.getEditor().getText();
        Optional<Integer> minutes = parseMinutes(typed, maxMinutes);
        if (minutes.isEmpty()) {
            error.setText(text.get("ui.preferences.fetchInterval.invalid", typed.strip(), maxMinutes));
            error.setVisible(true);
            error.setManaged(true);
            Dialogs.fitToContent(dialog);
            fetchInterval.getEditor().requestFocus();
            return Optional.empty();
        }
        error.setVisible(false);
        error.setManaged(false);
        return Optional.of(new Values(minutes.get()));
    }
}
