package org.charta.ui.translation;

import org.charta.core.charter.LanguageTags;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks for the language of a translation: one of the charter's languages from a list, or any BCP 47 tag typed
 * in the same field. What is typed is checked as the person types, and OK stays disabled while the check names
 * a problem, so a bad tag never reaches the charter.
 */
final class LanguageDialog {

    static final String FIELD_ID = "translation-language";
    static final String PROBLEM_ID = "translation-language-problem";

    private LanguageDialog() {
    }

    /**
     * Shows the dialog and returns the canonical tag chosen, or empty when the person cancels.
     *
     * @param choices   tags to offer in the list
     * @param suggested tag filled in at first, or null
     * @param problem   returns why a typed tag cannot be used, or empty when it can
     */
    static Optional<String> ask(Window owner, UiText text, String header, String message, List<String> choices,
                                String suggested, Function<String, Optional<String>> problem) {
        Dialog<String> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(header);

        ComboBox<String> field = new ComboBox<>();
        field.setId(FIELD_ID);
        field.setEditable(true);
        field.getItems().setAll(choices);
        field.setConverter(new TagConverter());
        field.setCellFactory(list -> new LanguageCell());
        field.setPrefWidth(320);
        field.setPromptText(text.get("ui.translation.language.prompt"));
        String initial = suggested != null ? suggested : choices.isEmpty() ? "" : choices.get(0);
        field.getEditor().setText(initial);

        Label caption = Dialogs.wrapped(new Label(message));
        caption.setLabelFor(field);
        Label name = new Label();
        name.getStyleClass().add("dialog-note");
        Label error = Dialogs.wrapped(new Label());
        error.setId(PROBLEM_ID);
        error.getStyleClass().add("form-error");
        dialog.getDialogPane().setContent(new VBox(8, caption, field, name, error));

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        Runnable check = () -> {
            String typed = field.getEditor().getText();
            Optional<String> found = typed.isBlank() ? Optional.of("") : problem.apply(typed);
            error.setText(found.orElse(""));
            name.setText(found.isEmpty() ? LanguageTags.canonical(typed).map(LanguageNames::endonym).orElse("") : "");
            dialog.getDialogPane().lookupButton(ok).setDisable(found.isPresent());
        };
        field.getEditor().textProperty().addListener((observable, previous, typed) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ok
                ? LanguageTags.canonical(field.getEditor().getText()).orElse(null) : null);
        dialog.setOnShown(event -> {
            field.getEditor().requestFocus();
            field.getEditor().selectAll();
        });
        return dialog.showAndWait();
    }

    /** Shows each offered tag with its name, so "fr" reads "fr — Français". */
    private static final class LanguageCell extends ListCell<String> {

        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : tag + " — " + LanguageNames.endonym(tag));
        }
    }

    /** Keeps the field's text the bare tag, whichever way it was chosen. */
    private static final class TagConverter extends StringConverter<String> {

        @Override
        public String toString(String tag) {
            return tag == null ? "" : tag;
        }

        @Override
        public String fromString(String typed) {
            return typed == null ? "" : typed.strip();
        }
    }
}
