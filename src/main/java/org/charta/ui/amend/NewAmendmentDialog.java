package org.charta.ui.amend;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.charta.core.amend.AmendmentSummary;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks for a new amendment: its title, why it is proposed, the sections it changes, and whether it starts from
 * the main text or from another open amendment (a sub-amendment).
 */
final class NewAmendmentDialog {

    /** The requested amendment; {@code fromAmendment} is null for the main text. */
    record Request(String title, String rationale, List<String> targets, String fromAmendment) {
    }

    private final UiText text;
    private final Dialog<Request> dialog = new Dialog<>();
    private final TextField title = new TextField();
    private final TextArea rationale = new TextArea();
    private final ListView<String> sections = new ListView<>();
    private final Map<String, BooleanProperty> chosen = new LinkedHashMap<>();
    private final ComboBox<AmendmentSummary> from = new ComboBox<>();

    /**
     * @param titles     the main text's section titles by id, in manifest order
     * @param preselected the section to tick at first (the one open in the editor), or null
     * @param parents    the open amendments a sub-amendment may start from
     */
    NewAmendmentDialog(Window owner, UiText text, Map<String, String> titles, String preselected,
                       List<AmendmentSummary> parents) {
        this.text = text;
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.amend.create.header"));
        title.setId("amend-create-title");
        title.setPromptText(text.get("ui.amend.create.titlePrompt"));
        rationale.setId("amend-create-rationale");
        FieldDirection.followText(title, rationale);
        rationale.setWrapText(true);
        rationale.setPrefRowCount(4);
        rationale.setMinHeight(Region.USE_PREF_SIZE);
        rationale.setPromptText(text.get("ui.amend.create.rationalePrompt"));
        createSectionList(titles, preselected);
        createFromBox(parents);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        addRow(grid, 0, "ui.amend.create.title", title);
        addRow(grid, 1, "ui.amend.create.rationale", rationale);
        addRow(grid, 2, "ui.amend.create.sections", sections);
        addRow(grid, 3, "ui.amend.create.from", from);
        GridPane.setHgrow(title, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);

        ButtonType ok = Dialogs.addOkCancel(dialog, text);
        // A title of spaces only names nothing, so OK (and Enter) stays off until there is a visible character.
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> title.getText().isBlank(), title.textProperty()));
        dialog.setResultConverter(button -> button == ok ? request() : null);
        dialog.setOnShown(event -> title.requestFocus());
    }

    Optional<Request> ask() {
        return dialog.showAndWait().filter(request -> !request.title().isBlank());
    }

    Dialog<Request> dialog() {
        return dialog;
    }

    private Request request() {
        List<String> targets = new ArrayList<>();
        chosen.forEach((id, ticked) -> {
            if (ticked.get()) {
                targets.add(id);
            }
        });
        AmendmentSummary parent = from.getValue();
        return new Request(title.getText().strip(), rationale.getText().strip(), targets,
                parent == null ? null : parent.id());
    }

    private void createSectionList(Map<String, String> titles, String preselected) {
        titles.keySet().forEach(id -> chosen.put(id, new SimpleBooleanProperty(id.equals(preselected))));
        sections.setId("amend-create-sections");
        sections.getItems().setAll(titles.keySet());
        sections.setPrefHeight(160);
        // Four rows at least, so that the list reads as a list of sections to tick.
        sections.setMinHeight(110);
        sections.setCellFactory(CheckBoxListCell.forListView(chosen::get, new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : titles.getOrDefault(id, id);
            }

            @Override
            public String fromString(String value) {
                return value;
            }
        }));
    }

    private void createFromBox(List<AmendmentSummary> parents) {
        List<AmendmentSummary> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(parents);
        from.getItems().setAll(choices);
        from.setId("amend-create-from");
        from.setPromptText(text.get("ui.amend.create.fromMain"));
        javafx.util.Callback<ListView<AmendmentSummary>, ListCell<AmendmentSummary>> cells = view -> new ListCell<>() {
            @Override
            protected void updateItem(AmendmentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? text.get("ui.amend.create.fromMain")
                        : text.get("ui.amend.create.fromAmendment", item.record().title()));
            }
        };
        from.setCellFactory(cells);
        from.setButtonCell(cells.call(null));
        from.setMaxWidth(Double.MAX_VALUE);
    }

    private void addRow(GridPane grid, int row, String key, javafx.scene.Node field) {
        Label label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
