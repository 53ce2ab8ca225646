package org.charta.ui.dialog;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.charta.core.Identity;
import org.charta.ui.app.UiText;

import java.util.Optional;

/**
 * Asks once for the name and e-mail address that commits and comments carry, when Git's configuration has
 * none.
 */
public final class IdentityDialog {

    private IdentityDialog() {
    }

    public static Optional<Identity> ask(Window owner, UiText text) {
        Dialog<Identity> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.identity.header"));

        TextField name = new TextField();
        name.setId("identity-name");
        name.setPromptText(text.get("ui.identity.name.prompt"));
        TextField email = new TextField();
        email.setId("identity-email");
        email.setPromptText(text.get("ui.identity.email.prompt"));

        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(text.get("ui.identity.name")), name);
        Forms.addRow(form, 1, new Label(text.get("ui.identity.email")), email);
        Label note = new Label(text.get("ui.identity.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-note");
        form.add(note, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                name.textProperty().isEmpty().or(email.textProperty().isEmpty())
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> !looksLikeEmail(email.getText()), email.textProperty())));
        dialog.setResultConverter(button -> button == ok
                ? new Identity(name.getText().strip(), email.getText().strip()) : null);
        dialog.setOnShown(event -> name.requestFocus());
        return dialog.showAndWait();
    }

    static boolean looksLikeEmail(String value) {
        String email = value == null ? "" : value.strip();
        int at = email.indexOf('@');
        return at > 0 && at < email.length() - 1 && email.indexOf('@', at + 1) < 0 && !email.contains(" ")
                && !email.contains("<") && !email.contains(">");
    }
}
