package org.charta.ui.dialog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.charta.core.Identity;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

import java.util.Optional;

/**
 * Asks once for the name and e-mail address that commits and comments carry, when Git's configuration has
 * none. OK stays disabled while either is missing or invalid, and a hint under the fields shows why.
 */
public final class IdentityDialog {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private IdentityDialog() {
    }

    public static Optional<Identity> ask(Window owner, UiText text) {
        Dialog<Identity> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.identity.header"));

        TextField name = new TextField();
        name.setId("identity-name");
        name.setPromptText(text.get("ui.identity.name.prompt"));
        TextField email = new TextField();
        FieldDirection.followText(name);
        FieldDirection.leftToRight(email);
        email.setId("identity-email");
        email.setPromptText(text.get("ui.identity.email.prompt"));

        StringBinding problem = Bindings.createStringBinding(
                () -> problem(name.getText(), email.getText()).orElse(""), name.textProperty(), email.textProperty());
        Label hint = Dialogs.wrapped(new Label());
        hint.setId("identity-hint");
        hint.getStyleClass().add("dialog-hint");
        hint.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get().isEmpty() ? "" : text.get(problem.get()), problem));
        // A missing value is only a reminder, but a value that cannot be used is shown as an error.
        problem.addListener((observable, previous, key) -> {
            hint.pseudoClassStateChanged(INVALID, key.endsWith("Invalid"));
            Dialogs.fitToContent(dialog);
        });

        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(text.get("ui.identity.name")), name);
        Forms.addRow(form, 1, new Label(text.get("ui.identity.email")), email);
        form.add(hint, 1, 2);
        Label note = Dialogs.wrapped(new Label(text.get("ui.identity.noteRemembered")));
        note.getStyleClass().add("dialog-note");
        form.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(form);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(button -> button == ok
                ? new Identity(name.getText().strip(), email.getText().strip()) : null);
        dialog.setOnShown(event -> name.requestFocus());
        return dialog.showAndWait();
    }

    /** Returns whether an identity read from elsewhere (such as the settings) would pass this dialog. */
    public static boolean isValid(Identity identity) {
        return problem(identity.name(), identity.email()).isEmpty();
    }

    /**
     * Returns the message key of the first thing wrong with a name and e-mail address, or empty when both are
     * usable. JGit writes {@code Name <email>} into each commit and drops {@code <} and {@code >} from the name,
     * so a name with them would differ between commits and comments.
     */
    static Optional<String> problem(String name, String email) {
        String strippedName = name == null ? "" : name.strip();
        if (strippedName.isEmpty()) {
            return Optional.of("ui.identity.hint.nameMissing");
        }
        if (strippedName.contains("<") || strippedName.contains(">") || hasControlCharacter(strippedName)) {
            return Optional.of("ui.identity.hint.nameInvalid");
        }
        if (email == null || email.isBlank()) {
            return Optional.of("ui.identity.hint.emailMissing");
        }
        if (!looksLikeEmail(email)) {
            return Optional.of("ui.identity.hint.emailInvalid");
        }
        return Optional.empty();
    }

    static boolean looksLikeEmail(String value) {
        String email = value == null ? "" : value.strip();
        int at = email.indexOf('@');
        return at > 0 && at < email.length() - 1 && email.indexOf('@', at + 1) < 0 && !email.contains(" ")
                && !email.contains("<") && !email.contains(">") && !hasControlCharacter(email);
    }

    private static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(point -> Character.isISOControl(point)
                || Character.getType(point) == Character.LINE_SEPARATOR
                || Character.getType(point) == Character.PARAGRAPH_SEPARATOR);
    }
}
