package org.charta.ui.transport;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.ui.app.WindowOrientation;
import org.charta.core.transport.Credential;
import org.charta.core.transport.CredentialPrompt;
import org.charta.core.transport.CredentialRequest;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

/**
 * Asks for a user name and a password or token for one host. It reports when the previous value was incorrect, and
 * offers Remember only when a Git credential helper can keep the value.
 */
public final class CredentialsDialog implements CredentialPrompt {

    private final Window owner;
    private final UiText text;

    public CredentialsDialog(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    /** Shows the dialog from a background thread and waits for the reply. Cancel returns a cancelled answer. */
    @Override
    public Answer ask(CredentialRequest request) {
        return FxAnswer.await(() -> show(request), Answer.cancelled());
    }

    private Answer show(CredentialRequest request) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        WindowOrientation.apply(dialog);
        dialog.setTitle(text.get("ui.transport.credentials.title"));
        dialog.setHeaderText(text.get("ui.transport.credentials.header", request.target().host()));

        TextField username = new TextField(request.username() == null ? "" : request.username());
        FieldDirection.leftToRight(username);
        username.setId("credentials-username");
        PasswordField secret = new PasswordField();
        secret.setId("credentials-secret");
        CheckBox remember = new CheckBox(text.get("ui.transport.credentials.remember"));
        remember.setId("credentials-remember");
        remember.setSelected(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(text.get("ui.transport.credentials.username")), username);
        form.addRow(1, new Label(text.get("ui.transport.credentials.secret")), secret);
        VBox content = new VBox(8);
        if (request.retry()) {
            Label incorrect = Dialogs.wrapped(new Label(text.get("ui.transport.credentials.incorrect")));
            incorrect.setId("credentials-incorrect");
            incorrect.getStyleClass().add("error-text");
            content.getChildren().add(incorrect);
        }
        content.getChildren().add(form);
        if (request.canRemember()) {
            content.getChildren().add(remember);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId(Dialogs.OK_BUTTON_ID);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId(Dialogs.CANCEL_BUTTON_ID);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(username.textProperty().isEmpty().or(secret.textProperty().isEmpty()));
        dialog.setOnShown(event -> (username.getText().isEmpty() ? username : secret).requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? Answer.given(new Credential(username.getText().strip(), secret.getText()),
                        request.canRemember() && remember.isSelected())
                : Answer.cancelled());
        return dialog.showAndWait().orElse(Answer.cancelled());
    }
}
