package org.charta.ui.dialog;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The forms of the File menu that create a charter: new, adopt a folder, import a Markdown document. */
public final class CharterDialogs {

    private CharterDialogs() {
    }

    /**
     * A folder and a charter title.
     *
     * @param folder the folder to create the charter in or to adopt
     * @param title  the charter's title, possibly blank (the folder name is used then)
     */
    public record FolderRequest(Path folder, String title) {
    }

    /**
     * A Markdown document to import into a new charter folder.
     *
     * @param document the Markdown file
     * @param folder   the new or empty folder of the charter
     * @param title    the charter's title, possibly blank (the document's first heading is used then)
     */
    public record ImportRequest(Path document, Path folder, String title) {
    }

    /** Asks for an empty or new folder and a title for a new charter. */
    public static Optional<FolderRequest> newCharter(Window owner, UiText text) {
        return folderAndTitle(owner, text, text.get("ui.new.header"), text.get("ui.new.folder"), true);
    }

    /** Asks for a folder of Markdown files to adopt in place, and an optional title. */
    public static Optional<FolderRequest> adopt(Window owner, UiText text) {
        return folderAndTitle(owner, text, text.get("ui.adopt.header"), text.get("ui.adopt.folder"), false);
    }

    /** Asks for a Markdown file, a new folder for the charter and an optional title. */
    public static Optional<ImportRequest> importDocument(Window owner, UiText text) {
        Dialog<ImportRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.import.header"));

        TextField document = new TextField();
        document.setId("import-document");
        TextField folder = new TextField();
        folder.setId("import-folder");
        TextField title = new TextField();
        FieldDirection.leftToRight(document, folder);
        FieldDirection.followText(title);
        title.setId("import-title");
        title.setPromptText(text.get("ui.import.title.prompt"));

        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(text.get("ui.import.document")), Forms.markdownFileField(document,
                text.get("ui.dialog.browse"), text.get("ui.import.document"), text.get("ui.import.filter")));
        Forms.addRow(form, 1, new Label(text.get("ui.import.folder")),
                Forms.folderField(folder, text.get("ui.dialog.browse"), text.get("ui.import.folder")));
        Forms.addRow(form, 2, new Label(text.get("ui.charter.title")), title);
        dialog.getDialogPane().setContent(form);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalidPath(document).or(invalidPath(folder)));
        dialog.setResultConverter(button -> button == ok
                ? new ImportRequest(Path.of(document.getText().strip()), Path.of(folder.getText().strip()),
                title.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    private static Optional<FolderRequest> folderAndTitle(Window owner, UiText text, String header,
                                                          String folderLabel, boolean titleRequired) {
        Dialog<FolderRequest> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(header);

        TextField folder = new TextField();
        folder.setId("charter-folder");
        TextField title = new TextField();
        FieldDirection.leftToRight(folder);
        FieldDirection.followText(title);
        title.setId("charter-title");
        if (!titleRequired) {
            title.setPromptText(text.get("ui.adopt.title.prompt"));
        }

        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(folderLabel),
                Forms.folderField(folder, text.get("ui.dialog.browse"), folderLabel));
        Forms.addRow(form, 1, new Label(text.get("ui.charter.title")), title);
        dialog.getDialogPane().setContent(form);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        BooleanBinding invalid = invalidPath(folder);
        if (titleRequired) {
            invalid = invalid.or(Bindings.createBooleanBinding(() -> title.getText().isBlank(), title.textProperty()));
        }
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == ok
                ? new FolderRequest(Path.of(folder.getText().strip()), title.getText().strip()) : null);
        dialog.setOnShown(event -> folder.requestFocus());
        return dialog.showAndWait();
    }

    private static BooleanBinding invalidPath(TextField field) {
        return Bindings.createBooleanBinding(() -> !isPath(field.getText()), field.textProperty());
    }

    static boolean isPath(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            Path.of(value.strip());
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
