package org.charta.ui.transport;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.charta.ui.app.WindowOrientation;
import org.charta.core.transport.HostKeyPrompt;
import org.charta.core.transport.HostKeyRequest;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

/** Asks whether to trust the SSH host key of a server seen for the first time, showing its SHA-256 fingerprint. */
public final class HostKeyDialog implements HostKeyPrompt {

    private final Window owner;
    private final UiText text;

    public HostKeyDialog(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    /** Shows the dialog from a background thread and waits; closing it counts as Refuse. */
    @Override
    public boolean accept(HostKeyRequest request) {
        return FxAnswer.await(() -> show(request), false);
    }

    private boolean show(HostKeyRequest request) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        WindowOrientation.apply(dialog);
        dialog.setTitle(text.get("ui.transport.hostKey.title"));
        dialog.setHeaderText(text.get("ui.transport.hostKey.header", request.host()));

        TextField fingerprint = new TextField(request.fingerprint());
        FieldDirection.leftToRight(fingerprint);
        fingerprint.setId("host-key-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setPrefColumnCount(50);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(text.get("ui.transport.hostKey.keyType")), new Label(request.keyType()));
        form.addRow(1, new Label(text.get("ui.transport.hostKey.fingerprint")), fingerprint);
        dialog.getDialogPane().setContent(form);

        ButtonType accept = new ButtonType(text.get("ui.transport.hostKey.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(text.get("ui.transport.hostKey.refuse"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(accept, refuse);
        dialog.getDialogPane().lookupButton(accept).setId("host-key-accept");
        dialog.getDialogPane().lookupButton(refuse).setId("host-key-refuse");
        // Refuse is the default, so Enter never trusts a key by accident.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(accept)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(refuse)).setDefaultButton(true);
        dialog.setResultConverter(button -> button == accept);
        return dialog.showAndWait().orElse(false);
    }
}
