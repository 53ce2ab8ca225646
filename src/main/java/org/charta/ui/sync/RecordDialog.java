package org.charta.ui.sync;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.List;
import java.util.Optional;

/** Asks for the message of a commit that records the pending changes, and lists what it will record. */
final class RecordDialog {

    private RecordDialog() {
    }

    static Optional<String> ask(Window owner, UiText text, String defaultMessage, List<String> changes) {
        Dialog<String> dialog = new Dialog<>();
        // The title names the action as the menu and the toolbar do, so Record is not mistaken for Save.
        Dialogs.prepare(dialog, owner, text, text.get("ui.toolbar.record"));
        dialog.setHeaderText(text.get("ui.record.header"));

        TextField message = new TextField(defaultMessage);
        FieldDirection.followText(message);
        message.setId("record-message");
        message.setPrefColumnCount(40);
        Label messageLabel = new Label(text.get("ui.record.message"));
        messageLabel.setLabelFor(message);

        ListView<String> list = new ListView<>();
        list.getItems().setAll(changes);
        list.setPrefHeight(Math.min(8, Math.max(2, changes.size())) * 26.0 + 4);
        list.setFocusTraversable(false);
        Label listLabel = new Label(text.get("ui.record.changes", changes.size()));

        dialog.getDialogPane().setContent(new VBox(6, messageLabel, message, listLabel, list));
        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> message.getText().isBlank(),
                        message.textProperty()));
        dialog.setResultConverter(button -> button == ok ? message.getText().strip() : null);
        dialog.setOnShown(event -> {
            message.requestFocus();
            message.selectAll();
        });
        return dialog.showAndWait();
    }
}
