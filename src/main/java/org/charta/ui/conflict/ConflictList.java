package org.charta.ui.conflict;

import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of conflicts on the left of the dialog, grouped under the titles of their sections, each with a
 * check mark once resolved, under a count of the resolved ones.
 */
final class ConflictList {

    /** One row: a group title (conflict null) or a conflict. */
    record Row(String title, Conflict conflict) {
    }

    private final ConflictChoices choices;
    private final ConflictLabels labels;
    private final TreeView<Row> tree = new TreeView<>();
    private final Label counter = new Label();
    private final VBox box = new VBox(6, counter, tree);
    private final List<TreeItem<Row>> conflictItems = new ArrayList<>();
    private boolean syncing;

    ConflictList(ConflictChoices choices, ConflictLabels labels) {
        this.choices = choices;
        this.labels = labels;
        tree.setId("conflict-list");
        tree.setShowRoot(false);
        tree.setRoot(buildTree());
        tree.setCellFactory(view -> new RowCell());
        counter.setId("conflict-counter");
        counter.getStyleClass().add("conflict-counter");
        counter.setLabelFor(tree);
        box.getStyleClass().add("conflict-list-box");
        VBox.setVgrow(tree, Priority.ALWAYS);

        counter.textProperty().bind(Bindings.createStringBinding(() -> labels.text().get("ui.conflict.counter",
                choices.resolvedCountBinding().get(), choices.conflicts().size()), choices.resolvedCountBinding()));
        tree.getSelectionModel().selectedItemProperty().addListener((observable, previous, item) -> select(item));
        choices.selectedProperty().addListener((observable, previous, index) -> showSelected());
        choices.resolutions().addListener((MapChangeListener<String, Resolution>) change -> tree.refresh());
        showSelected();
    }

    /** Orders conflicts as the list shows them: grouped under their titles, groups in order of first appearance. */
    static List<Conflict> grouped(List<Conflict> conflicts, ConflictLabels labels) {
        Map<String, List<Conflict>> groups = new LinkedHashMap<>();
        for (Conflict conflict : conflicts) {
            groups.computeIfAbsent(labels.group(conflict), title -> new ArrayList<>()).add(conflict);
        }
        return groups.values().stream().flatMap(List::stream).toList();
    }

    Node node() {
        return box;
    }

    TreeView<Row> tree() {
        return tree;
    }

    private TreeItem<Row> buildTree() {
        TreeItem<Row> root = new TreeItem<>(new Row("", null));
        TreeItem<Row> group = null;
        for (Conflict conflict : choices.conflicts()) {
            String title = labels.group(conflict);
            if (group == null || !group.getValue().title().equals(title)) {
                group = new TreeItem<>(new Row(title, null));
                group.setExpanded(true);
                root.getChildren().add(group);
            }
            TreeItem<Row> item = new TreeItem<>(new Row(title, conflict));
            group.getChildren().add(item);
            conflictItems.add(item);
        }
        return root;
    }

    private void select(TreeItem<Row> item) {
        if (syncing || item == null) {
            return;
        }
        // A group title is not a conflict: selecting it shows the first conflict of the group.
        TreeItem<Row> conflictItem = item.getValue().conflict() == null && !item.getChildren().isEmpty()
                ? item.getChildren().get(0) : item;
        int index = conflictItems.indexOf(conflictItem);
        if (index >= 0) {
            choices.selectedProperty().set(index);
        }
        if (conflictItem != item) {
            showSelected();
        }
    }

    private void showSelected() {
        int index = choices.selectedProperty().get();
        if (index < 0 || index >= conflictItems.size()) {
            return;
        }
        syncing = true;
        try {
            tree.getSelectionModel().select(conflictItems.get(index));
            tree.scrollTo(Math.max(0, tree.getRow(conflictItems.get(index)) - 2));
        } finally {
            syncing = false;
        }
    }

    private final class RowCell extends TreeCell<Row> {

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("conflict-group", "conflict-item", "conflict-resolved");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.conflict() == null) {
                getStyleClass().add("conflict-group");
                setText(row.title());
                setGraphic(null);
                return;
            }
            boolean resolved = choices.resolution(row.conflict()).isPresent();
            getStyleClass().add(resolved ? "conflict-resolved" : "conflict-item");
            Label mark = new Label(resolved ? "\u2713" : "\u2022");
            mark.getStyleClass().add("conflict-mark");
            mark.setMinWidth(16);
            mark.setAccessibleText(labels.text().get(resolved ? "ui.conflict.item.resolved" : "ui.conflict.item.open"));
            setGraphic(mark);
            setText(labels.item(row.conflict()));
        }
    }
}
