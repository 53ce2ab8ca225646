package org.charta.ui.transport;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.ui.app.WindowOrientation;
import org.charta.core.transport.PassphrasePrompt;
import org.charta.core.transport.PassphraseRequest;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

/** Asks for the passphrase of an encrypted SSH key, naming the key file, and reports when the previous one was wrong. */
public final class PassphraseDialog implements PassphrasePrompt {

    private final Window owner;
    private final UiText text;

    public PassphraseDialog(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    /** Shows the dialog from a background thread and waits for the reply. Cancel returns a cancelled answer. */
    @Override
    public Answer ask(PassphraseRequest request) {
        return FxAnswer.await(() -> show(request), Answer.cancelled());
    }

    private Answer show(PassphraseRequest request) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        WindowOrientation.apply(dialog);
        dialog.setTitle(text.get("ui.transport.passphrase.title"));
        dialog.setHeaderText(text.get("ui.transport.passphrase.header", request.keyFile()));

        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase-field");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(text.get("ui.transport.passphrase.field")), passphrase);
        VBox content = new VBox(8);
        if (request.retry()) {
            Label incorrect = Dialogs.wrapped(new Label(text.get("ui.transport.passphrase.incorrect")));
            incorrect.setId("passphrase-incorrect");
            incorrect.getStyleClass().add("error-text");
            content.getChildren().add(incorrect);
        }
        content.getChildren().add(form);
        dialog.getDialogPane().setContent(content);

        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId(Dialogs.OK_BUTTON_ID);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId(Dialogs.CANCEL_BUTTON_ID);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(passphrase.textProperty().isEmpty());
        dialog.setOnShown(event -> passphrase.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? Answer.given(passphrase.getText())
                : Answer.cancelled());
        return dialog.showAndWait().orElse(Answer.cancelled());
    }
}
