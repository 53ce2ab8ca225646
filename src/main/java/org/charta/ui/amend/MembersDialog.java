package org.charta.ui.amend;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.List;
import java.util.function.Function;

/**
 * The members of the charter with their e-mail addresses and roles. Coordinators also get a form that adds a
 * member or changes a member's role, and a Remove button for the selected member; a refused change is explained
 * in one message under the list.
 */
final class MembersDialog {

    /** Carries out a change on the serial lane and calls {@link #showMembers} or {@link #showError} after. */
    interface Changes {

        void add(String name, String email, Role role);

        void remove(String email);
    }

    private final UiText text;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<Member> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final ChoiceBox<Role> role = new ChoiceBox<>();
    private final Button add = new Button();
    private final Button remove = new Button();
    private final Label message = new Label();
    private final boolean coordinator;

    /**
     * @param readOnlyNote why the person may not change members, shown instead of the form; null for the form
     */
    MembersDialog(Window owner, UiText text, String readOnlyNote, Changes changes) {
        this.text = text;
        this.coordinator = readOnlyNote == null;
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.amend.members.header"));
        createTable();
        message.setId("members-message");
        message.setWrapText(true);
        message.getStyleClass().add("dialog-note");

        VBox content = new VBox(8, table, message);
        if (coordinator) {
            content.getChildren().add(1, form(changes));
        } else {
            message.setText(readOnlyNote);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(720);
        ButtonType close = new ButtonType(text.get("ui.amend.members.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("members-close");
        dialog.setResizable(true);
    }

    void show() {
        dialog.show();
    }

    /** Shows the members as they are now, and empties the form and the message after a change. */
    void showMembers(List<Member> members) {
        table.getItems().setAll(members);
        name.clear();
        email.clear();
        setBusy(false);
        if (coordinator) {
            message.setText("");
        }
    }

    /** Explains why a change was refused; the form keeps what was typed so that it can be corrected. */
    void showError(String explanation) {
        setBusy(false);
        message.setText(explanation);
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    TableView<Member> table() {
        return table;
    }

    private Node form(Changes changes) {
        name.setId("members-name");
        name.setPromptText(text.get("ui.amend.members.namePrompt"));
        email.setId("members-email");
        FieldDirection.followText(name);
        FieldDirection.leftToRight(email);
        email.setPromptText(text.get("ui.amend.members.emailPrompt"));
        role.setId("members-role");
        role.getItems().setAll(Role.values());
        role.setValue(Role.DRAFTER);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : roleName(value);
            }

            @Override
            public Role fromString(String value) {
                return null;
            }
        });
        add.setId("members-add");
        add.setText(text.get("ui.amend.members.add"));
        add.disableProperty().bind(email.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        add.setOnAction(event -> {
            setBusy(true);
            changes.add(name.getText().strip(), email.getText().strip(), role.getValue());
        });
        remove.setId("members-remove");
        remove.setText(text.get("ui.amend.members.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            setBusy(true);
            changes.remove(table.getSelectionModel().getSelectedItem().email());
        });
        // Choosing a member fills the form, so that changing a role is: pick, choose the role, Add or change.
        table.getSelectionModel().selectedItemProperty().addListener((observable, previous, member) -> {
            if (member != null) {
                name.setText(member.name());
                email.setText(member.email());
                role.setValue(member.role());
            }
        });
        // The buttons keep their whole label; the text fields give up width first.
        add.setMinWidth(Button.USE_PREF_SIZE);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        role.setMinWidth(ChoiceBox.USE_PREF_SIZE);
        name.setMinWidth(80);
        email.setMinWidth(120);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(email, Priority.ALWAYS);
        HBox box = new HBox(8, name, email, role, add, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void setBusy(boolean busy) {
        table.setDisable(busy);
        name.setDisable(busy);
        email.setDisable(busy);
    }

    private void createTable() {
        table.setId("members-table");
        table.setPlaceholder(new Label(text.get("ui.amend.members.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("ui.amend.members.column.name", Member::name, 180),
                column("ui.amend.members.column.email", Member::email, 240),
                column("ui.amend.members.column.role", member -> roleName(member.role()), 120)));
        table.setPrefHeight(220);
    }

    private String roleName(Role value) {
        return text.get("ui.amend.members.role." + value.key());
    }

    private TableColumn<Member, String> column(String key, Function<Member, String> value, double width) {
        TableColumn<Member, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
