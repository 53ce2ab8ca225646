package org.charta.ui.amend;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.core.comment.Stance;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.Optional;

/** Asks for a comment on one paragraph of an amendment's text, and whether it argues for or against it. */
final class ParagraphCommentDialog {

    /** The comment and its stance ({@link Stance#NONE} for a question or a remark). */
    record Request(String text, Stance stance) {
    }

    private final Dialog<Request> dialog = new Dialog<>();
    private final TextArea comment = new TextArea();
    private final ToggleGroup stances = new ToggleGroup();

    /** @param position the paragraph's label, such as "Art. 3 ¶2" */
    ParagraphCommentDialog(Window owner, UiText text, String position) {
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.amend.paragraphComment.header", position));
        comment.setId("paragraph-comment-text");
        FieldDirection.followText(comment);
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        comment.setPromptText(text.get("ui.amend.paragraphComment.prompt"));
        HBox stanceBox = new HBox(12,
                stance("paragraph-comment-none", text.get("ui.amend.deliberation.stanceNone"), Stance.NONE),
                stance("paragraph-comment-for", text.get("ui.amend.deliberation.stanceFor"), Stance.FOR),
                stance("paragraph-comment-against", text.get("ui.amend.deliberation.stanceAgainst"), Stance.AGAINST));
        stances.getToggles().get(0).setSelected(true);
        dialog.getDialogPane().setContent(new VBox(8, comment, stanceBox));
        dialog.getDialogPane().setPrefWidth(520);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> comment.getText().isBlank(), comment.textProperty()));
        dialog.setResultConverter(button -> button == ok
                ? new Request(comment.getText().strip(), (Stance) stances.getSelectedToggle().getUserData()) : null);
        dialog.setOnShown(event -> comment.requestFocus());
    }

    Optional<Request> ask() {
        return dialog.showAndWait().filter(request -> !request.text().isBlank());
    }

    private RadioButton stance(String id, String label, Stance value) {
        RadioButton button = new RadioButton(label);
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(stances);
        return button;
    }
}
