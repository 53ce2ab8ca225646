package org.charta.ui.dialog;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.app.WindowOrientation;

import java.net.URL;
import java.util.Map;
import java.util.Optional;

/**
 * The window's standard dialogs: errors, information, confirmations and one-line questions. Texts come
 * from the caller in the UI language. An error shows its message, never a stack trace.
 */
public final class Dialogs {

    public static final String OK_BUTTON_ID = "dialog-ok";
    public static final String CANCEL_BUTTON_ID = "dialog-cancel";
    public static final String MESSAGE_ID = "dialog-message";

    /** Width at which dialog messages and notes wrap, in pixels: roughly 70 characters at the default font size. */
    public static final double MESSAGE_WIDTH = 460;

    private static final URL STYLESHEET = Dialogs.class.getResource("/org/charta/ui/charta.css");

    private Dialogs() {
    }

    public static void showError(Window owner, UiText text, String header, Throwable error) {
        showMessage(owner, text, Alert.AlertType.ERROR, header, text.describe(error));
    }

    public static void showMessage(Window owner, UiText text, Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type);
        prepare(alert, owner, text, text.get("ui.app.name"));
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().lookupButton(ButtonType.OK).setId(OK_BUTTON_ID);
        alert.showAndWait();
    }

    /**
     * Shows a message with a text the person may want to copy, such as typing that could not be placed, in a
     * read-only field from which it can be selected.
     */
    public static void showTextToCopy(Window owner, UiText text, String header, String message, String body) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        prepare(alert, owner, text, text.get("ui.app.name"));
        alert.setHeaderText(header);
        Label caption = wrapped(new Label(message));
        TextArea field = new TextArea(body);
        field.setId("dialog-copy-text");
        field.setEditable(false);
        field.setWrapText(true);
        field.setPrefRowCount(4);
        alert.getDialogPane().setContent(new VBox(8, caption, field));
        alert.getDialogPane().lookupButton(ButtonType.OK).setId(OK_BUTTON_ID);
        alert.showAndWait();
    }

    /**
     * Makes a label wrap its text at the usual width of a dialog and grow to show every line, for messages
     * such as errors whose length is not known in advance.
     */
    public static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(MESSAGE_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Grows or shrinks a showing dialog to its content, after a message in it changed its number of lines. */
    public static void fitToContent(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    /**
     * Asks for confirmation of a change that is hard to undo.
     *
     * @param confirmLabel the text of the button that goes ahead, which names the action ("Delete")
     */
    public static boolean confirm(Window owner, UiText text, String header, String message, String confirmLabel) {
        return confirm(owner, text, header, message, confirmLabel, text.get("ui.dialog.cancel"));
    }

    /**
     * Asks for confirmation of a change that is hard to undo, with a cancel button named for what it keeps doing
     * where a plain "Cancel" would be ambiguous ("Cancel" next to "Abort the sync").
     *
     * @param confirmLabel the text of the button that goes ahead, which names the action ("Delete")
     * @param cancelLabel  the text of the default button, which changes nothing
     */
    public static boolean confirm(Window owner, UiText text, String header, String message, String confirmLabel,
                                  String cancelLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        prepare(alert, owner, text, text.get("ui.app.name"));
        alert.setHeaderText(header);
        // A long message wraps and the dialog grows to show every line, instead of cutting it at the edge.
        Label body = wrapped(new Label(message));
        body.setId(MESSAGE_ID);
        body.getStyleClass().add("content");
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().lookupButton(confirm).setId(OK_BUTTON_ID);
        alert.getDialogPane().lookupButton(cancel).setId(CANCEL_BUTTON_ID);
        // Cancel is the default, so Enter never confirms a destructive action by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /** Prompts for one line of text, which is empty when the person cancels or leaves it blank. */
    public static Optional<String> askText(Window owner, UiText text, String header, String label, String initial) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(header);
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId("dialog-text");
        FieldDirection.followText(field);
        field.setPrefColumnCount(32);
        Label caption = new Label(label);
        caption.setLabelFor(field);
        VBox content = new VBox(6, caption, field);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? field.getText().strip() : null);
        dialog.setOnShown(event -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait().filter(value -> !value.isBlank());
    }

    /** Adds OK and Cancel buttons with the ids tests look them up by, and returns the OK type. */
    public static ButtonType addOkCancel(Dialog<?> dialog, UiText text) {
        ButtonType ok = new ButtonType(text.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(OK_BUTTON_ID);
        dialog.getDialogPane().lookupButton(cancel).setId(CANCEL_BUTTON_ID);
        return ok;
    }

    /** Sets the owner, title, icon and style sheet every dialog of the window shares. */
    public static void prepare(Dialog<?> dialog, Window owner, UiText text, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        labelStandardButtons(dialog.getDialogPane(), text);
        if (STYLESHEET != null) {
            dialog.getDialogPane().getStylesheets().add(STYLESHEET.toExternalForm());
        }
        dialog.getDialogPane().getStyleClass().add("charta-dialog");
        WindowOrientation.apply(dialog);
        if (owner instanceof Stage ownerStage && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        sizeToContent(dialog);
    }

    /**
     * Labels the standard buttons (OK, Cancel, Yes, No, Close, Apply) from Charta's bundles, now and whenever one is
     * added. JavaFX 21 ships their texts in a few languages only, so Arabic, Catalan and Indonesian dialogs would
     * show English buttons.
     */
    private static void labelStandardButtons(DialogPane pane, UiText text) {
        Map<ButtonType, String> labels = Map.of(
                ButtonType.OK, text.get("ui.dialog.ok"),
                ButtonType.CANCEL, text.get("ui.dialog.cancel"),
                ButtonType.YES, text.get("ui.dialog.yes"),
                ButtonType.NO, text.get("ui.dialog.no"),
                ButtonType.CLOSE, text.get("ui.dialog.close"),
                ButtonType.APPLY, text.get("ui.dialog.apply"));
        pane.getButtonTypes().forEach(type -> labelButton(pane, type, labels));
        // lookupButton returns the very node the pane lays out for a type, so a text set on it stays.
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(type -> labelButton(pane, type, labels));
            }
        });
    }

    private static void labelButton(DialogPane pane, ButtonType type, Map<ButtonType, String> labels) {
        String label = labels.get(type);
        if (label != null && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
            button.setText(label);
        }
    }

    /**
     * Opens a dialog at the size its content asks for and never smaller. A window manager such as openbox maps
     * the dialog before its content is laid out and keeps that first, too short size (a list of one row, OK cut
     * off), so the size is set again once the dialog shows and once more after the window manager placed it.
     */
    public static void sizeToContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            Window window = pane.getScene().getWindow();
            fitWindow(window);
            Platform.runLater(() -> fitWindow(window));
        });
    }

    private static void fitWindow(Window window) {
        if (window == null || !window.isShowing()) {
            return;
        }
        window.sizeToScene();
        if (window instanceof Stage stage) {
            stage.setMinWidth(Math.min(stage.getWidth(), stage.getScene().getRoot().minWidth(-1)));
            stage.setMinHeight(Math.min(stage.getHeight(), stage.getScene().getRoot().minHeight(-1)));
        }
    }
}
