package org.charta.ui.amend;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charta.ui.app.FieldDirection;
import org.charta.core.comment.Stance;
import org.charta.ui.conflict.TextDirection;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The deliberation on an amendment: arguments for and arguments against listed apart, side by side, other
 * comments below them, and a field to add one with its stance.
 */
final class DeliberationPane {

    private final AmendmentLabels labels;
    private final ListView<Argument> inFavour = new ListView<>();
    private final ListView<Argument> against = new ListView<>();
    private final ListView<Argument> others = new ListView<>();
    private final TextArea field = new TextArea();
    private final ToggleGroup stance = new ToggleGroup();
    private final Button add = new Button();
    private final Label status = new Label();
    private final VBox root;

    /** @param onAdd receives the text and stance of a new argument */
    DeliberationPane(AmendmentLabels labels, BiConsumer<String, Stance> onAdd) {
        this.labels = labels;
        VBox forColumn = column("deliberation-for", "ui.amend.deliberation.for", inFavour);
        VBox againstColumn = column("deliberation-against", "ui.amend.deliberation.against", against);
        HBox sides = new HBox(10, forColumn, againstColumn);
        HBox.setHgrow(forColumn, Priority.ALWAYS);
        HBox.setHgrow(againstColumn, Priority.ALWAYS);
        VBox otherColumn = column("deliberation-others", "ui.amend.deliberation.others", others);
        others.setPrefHeight(110);
        status.getStyleClass().add("dialog-note");
        root = new VBox(8, sides, otherColumn, composer(onAdd), status);
        VBox.setVgrow(sides, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("deliberation");
    }

    Node node() {
        return root;
    }

    void show(List<Argument> arguments) {
        inFavour.getItems().setAll(arguments.stream().filter(a -> a.stance() == Stance.FOR).toList());
        against.getItems().setAll(arguments.stream().filter(a -> a.stance() == Stance.AGAINST).toList());
        others.getItems().setAll(arguments.stream().filter(a -> a.stance() == Stance.NONE).toList());
        status.setText("");
    }

    void showMessage(String message) {
        inFavour.getItems().clear();
        against.getItems().clear();
        others.getItems().clear();
        status.setText(message);
    }

    /** Empties the field after an argument was added. */
    void added() {
        field.clear();
    }

    ListView<Argument> forList() {
        return inFavour;
    }

    ListView<Argument> againstList() {
        return against;
    }

    private VBox column(String id, String titleKey, ListView<Argument> list) {
        Label title = new Label(labels.text().get(titleKey));
        title.getStyleClass().add("pane-title");
        list.setId(id);
        list.setPlaceholder(new Label(labels.text().get("ui.amend.deliberation.empty")));
        list.setCellFactory(view -> new ArgumentCell(labels));
        VBox column = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        column.setMinWidth(0);
        return column;
    }

    private Node composer(BiConsumer<String, Stance> onAdd) {
        field.setId("deliberation-text");
        FieldDirection.followText(field);
        field.setPromptText(labels.text().get("ui.amend.deliberation.prompt"));
        field.setWrapText(true);
        field.setPrefRowCount(2);
        RadioButton forStance = stance("deliberation-stance-for", "ui.amend.deliberation.stanceFor",
                Stance.FOR);
        RadioButton againstStance = stance("deliberation-stance-against", "ui.amend.deliberation.stanceAgainst",
                Stance.AGAINST);
        RadioButton noStance = stance("deliberation-stance-none", "ui.amend.deliberation.stanceNone",
                Stance.NONE);
        noStance.setSelected(true);
        add.setId("deliberation-add");
        add.setText(labels.text().get("ui.amend.deliberation.add"));
        add.disableProperty().bind(field.textProperty().isEmpty());
        add.setOnAction(event -> onAdd.accept(field.getText().strip(),
                (Stance) stance.getSelectedToggle().getUserData()));
        HBox controls = new HBox(10, forStance, againstStance, noStance, add);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, field, controls);
    }

    private RadioButton stance(String id, String key, Stance value) {
        RadioButton button = new RadioButton(labels.text().get(key));
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(stance);
        return button;
    }

    /** An argument: its text, then author, date and the paragraph it points at. */
    private static final class ArgumentCell extends ListCell<Argument> {

        private final AmendmentLabels labels;

        ArgumentCell(AmendmentLabels labels) {
            this.labels = labels;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Argument argument, boolean empty) {
            super.updateItem(argument, empty);
            setText(null);
            if (empty || argument == null) {
                setGraphic(null);
                return;
            }
            Label body = new Label(argument.text());
            body.setWrapText(true);
            body.setNodeOrientation(TextDirection.of(argument.text()));
            body.getStyleClass().add("argument-text");
            String when = argument.created() == null ? "" : labels.text().dateTime(argument.created());
            String details = argument.paragraph() == null
                    ? labels.text().get("ui.amend.deliberation.details", argument.author(), when)
                    : labels.text().get("ui.amend.deliberation.detailsAt", argument.author(), when,
                    argument.paragraph());
            Label meta = new Label(details);
            meta.getStyleClass().add("revision-details");
            setGraphic(new VBox(2, body, meta));
        }
    }
}
