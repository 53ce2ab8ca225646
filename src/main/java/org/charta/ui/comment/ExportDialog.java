package org.charta.ui.comment;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.Optional;

/** Asks what to export: the threads of the open section or of the whole charter, as a Markdown report or CSV. */
final class ExportDialog {

    /** The scope and format the person chose. */
    record Choice(ListScope scope, Format format) {
    }

    /** The file formats of an export, with the extension their files get. */
    enum Format {
        MARKDOWN("md"),
        CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final RadioButton section;
    private final RadioButton charter;
    private final RadioButton markdown;
    private final RadioButton csv;

    private ExportDialog(Window owner, UiText text, boolean sectionOpen, ListScope preferred) {
        Dialogs.prepare(dialog, owner, text, text.get("ui.comment.export.title"));
        dialog.setHeaderText(text.get("ui.comment.export.header"));

        ToggleGroup scopes = new ToggleGroup();
        section = radio("export-scope-section", text.get("ui.comment.export.scope.section"), scopes);
        charter = radio("export-scope-charter", text.get("ui.comment.export.scope.charter"), scopes);
        section.setDisable(!sectionOpen);
        (sectionOpen && preferred == ListScope.SECTION ? section : charter).setSelected(true);

        ToggleGroup formats = new ToggleGroup();
        markdown = radio("export-format-markdown", text.get("ui.comment.export.format.markdown"), formats);
        csv = radio("export-format-csv", text.get("ui.comment.export.format.csv"), formats);
        markdown.setSelected(true);

        Label scopeLabel = heading(text.get("ui.comment.export.scope"));
        Label formatLabel = heading(text.get("ui.comment.export.format"));
        VBox content = new VBox(6, scopeLabel, section, charter, formatLabel, markdown, csv);
        VBox.setMargin(formatLabel, new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        dialog.setResultConverter(button -> button == ok ? choice() : null);
    }

    /**
     * Shows the dialog and returns the choice, or empty when the person cancels.
     *
     * @param preferred the scope selected at first, that of the panel's list; the whole charter when no section is
     *                  open
     */
    static Optional<Choice> ask(Window owner, UiText text, boolean sectionOpen, ListScope preferred) {
        return create(owner, text, sectionOpen, preferred).dialog.showAndWait();
    }

    /** Builds the dialog without showing it, for tests. */
    static ExportDialog create(Window owner, UiText text, boolean sectionOpen, ListScope preferred) {
        return new ExportDialog(owner, text, sectionOpen, preferred);
    }

    Dialog<Choice> dialog() {
        return dialog;
    }

    Choice choice() {
        return new Choice(charter.isSelected() ? ListScope.CHARTER : ListScope.SECTION,
                csv.isSelected() ? Format.CSV : Format.MARKDOWN);
    }

    private static RadioButton radio(String id, String label, ToggleGroup group) {
        RadioButton button = new RadioButton(label);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }

    private static Label heading(String value) {
        Label label = new Label(value);
        label.getStyleClass().add("export-heading");
        return label;
    }
}
