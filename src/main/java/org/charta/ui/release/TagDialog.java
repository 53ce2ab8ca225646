package org.charta.ui.release;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.Optional;

/**
 * Asks for the name and notes of a new release. The notes come pre-filled with the amendments merged since the
 * previous release and their tallies, for the coordinator to edit.
 */
final class TagDialog {

    /** The name and notes the coordinator confirmed. */
    record Request(String name, String notes) {
    }

    private final Dialog<Request> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();

    TagDialog(Window owner, UiText text, String draftNotes) {
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.release.tag.header"));
        name.setId("release-name");
        name.setPromptText(text.get("ui.release.tag.namePrompt"));
        notes.setId("release-notes");
        FieldDirection.followText(name, notes);
        notes.setWrapText(true);
        notes.setPrefRowCount(12);
        notes.setMinHeight(160);
        notes.setText(draftNotes == null ? "" : draftNotes);
        Label nameLabel = new Label(text.get("ui.release.tag.name"));
        nameLabel.setLabelFor(name);
        Label notesLabel = new Label(text.get("ui.release.tag.notes"));
        notesLabel.setLabelFor(notes);
        Label hint = Dialogs.wrapped(new Label(text.get("ui.release.tag.hint")));
        hint.getStyleClass().add("dialog-note");
        VBox content = new VBox(6, nameLabel, name, notesLabel, notes, hint);
        VBox.setVgrow(notes, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(600);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        // A name of spaces only names nothing, so OK (and Enter) stays off until there is a visible character.
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> name.getText().isBlank(), name.textProperty()));
        dialog.setResultConverter(button -> button == ok ? new Request(name.getText().strip(), notes.getText().strip())
                : null);
        dialog.setOnShown(event -> name.requestFocus());
    }

    Optional<Request> ask() {
        return dialog.showAndWait().filter(request -> !request.name().isBlank());
    }
}
