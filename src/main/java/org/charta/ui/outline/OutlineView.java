package org.charta.ui.outline;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.List;

/**
 * The outline on the left: section titles in reading order. Selecting a title opens the section. F2 or a
 * double click renames it, Alt+Up and Alt+Down or drag and drop reorder it, and Delete removes it after a
 * confirmation that names it.
 *
 * <p>While a change or a sync runs, the list ignores keys and clicks instead of being disabled: a disabled
 * list loses the keyboard focus, so a second Alt+Down would go to another control.
 */
public final class OutlineView {

    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");

    private final OutlineViewModel model;
    private final OutlineActions actions;
    private final UiText text;
    private final VBox root = new VBox();
    private final ListView<SectionItem> list = new ListView<>();
    private final ChangeListener<SectionItem> selectionListener = (observable, previous, item) -> onSelected(item);
    private boolean showingModel;

    public OutlineView(OutlineViewModel model, OutlineActions actions, UiText text) {
        this.model = model;
        this.actions = actions;
        this.text = text;
        root.getStyleClass().add("outline-pane");
        root.setMinWidth(160);

        list.setId("outline");
        list.setItems(model.sections());
        list.setCellFactory(view -> new SectionCell(model, actions, text));
        model.changedByOthersProperty().addListener((observable, previous, changed) -> list.refresh());
        model.languageMarkersProperty().addListener((observable, previous, markers) -> list.refresh());
        list.setPlaceholder(new Label(text.get("ui.outline.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener(selectionListener);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        for (EventType<? extends Event> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED, MouseEvent.MOUSE_DRAGGED, MouseEvent.DRAG_DETECTED, DragEvent.DRAG_OVER,
                DragEvent.DRAG_DROPPED)) {
            list.addEventFilter(type, this::ignoreWhileBusy);
        }
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                renameSelected();
            }
        });
        list.pseudoClassStateChanged(BUSY, model.busyProperty().get());
        model.busyProperty().addListener((observable, previous, busy) -> list.pseudoClassStateChanged(BUSY, busy));

        model.sections().addListener((ListChangeListener<SectionItem>) change -> showOpenSection());
        model.openSectionIdProperty().addListener((observable, previous, id) -> showOpenSection());
        model.selectionResetsProperty().addListener((observable, previous, count) -> showOpenSection());

        root.getChildren().addAll(header(), list, buttons());
    }

    public Node node() {
        return root;
    }

    public void focus() {
        list.requestFocus();
    }

    /** Asks for a title and adds a section after the selected one. */
    public void addAfterSelected() {
        if (model.busyProperty().get()) {
            return;
        }
        SectionItem selected = list.getSelectionModel().getSelectedItem();
        Dialogs.askText(window(), text, text.get("ui.outline.add.header"), text.get("ui.outline.add.label"), "")
                .ifPresent(title -> actions.addSection(title, selected == null ? null : selected.id()));
    }

    public void renameSelected() {
        if (model.busyProperty().get()) {
            return;
        }
        SectionItem selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        Dialogs.askText(window(), text, text.get("ui.outline.rename.header", selected.title()),
                        text.get("ui.outline.rename.label"), selected.sourceTitle())
                .filter(title -> !title.equals(selected.sourceTitle()))
                .ifPresent(title -> actions.renameSection(selected.id(), title));
    }

    public void moveSelected(int offset) {
        if (model.busyProperty().get()) {
            return;
        }
        SectionItem selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        int target = model.indexOf(selected.id()) + offset;
        if (target >= 0 && target < model.sections().size()) {
            actions.moveSection(selected.id(), target);
        }
    }

    /** Asks for confirmation, saying whether the section's text stays in the history, then deletes it. */
    public void deleteSelected() {
        if (model.busyProperty().get()) {
            return;
        }
        SectionItem selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        actions.hasRecordedVersion(selected.id(), recorded -> {
            String message = text.get(recorded ? "ui.outline.delete.messageRecorded"
                    : "ui.outline.delete.messageNeverRecorded", selected.title());
            boolean confirmed = Dialogs.confirm(window(), text,
                    text.get("ui.outline.delete.header", selected.title()), message,
                    text.get("ui.outline.delete.confirm"));
            if (confirmed && model.find(selected.id()) != null && !model.busyProperty().get()) {
                actions.deleteSection(selected.id());
            }
        });
    }

    private Node header() {
        Label title = new Label(text.get("ui.outline.title"));
        title.getStyleClass().add("pane-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private Node buttons() {
        Button add = toolButton("outline-add", "+", "ui.outline.add.tooltip", this::addAfterSelected);
        Button rename = toolButton("outline-rename", "✎", "ui.outline.rename.tooltip", this::renameSelected);
        Button up = toolButton("outline-up", "↑", "ui.outline.up.tooltip", () -> moveSelected(-1));
        Button down = toolButton("outline-down", "↓", "ui.outline.down.tooltip", () -> moveSelected(1));
        Button delete = toolButton("outline-delete", "✕", "ui.outline.delete.tooltip", this::deleteSelected);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, add, rename, up, down, spacer, delete);
        bar.getStyleClass().add("pane-footer");
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.disableProperty().bind(model.busyProperty());
        return bar;
    }

    private Button toolButton(String id, String glyph, String tooltipKey, Runnable action) {
        Button button = new Button(glyph);
        button.setId(id);
        button.getStyleClass().add("tool-button");
        button.setTooltip(new Tooltip(text.get(tooltipKey)));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void onKey(KeyEvent event) {
        if (model.busyProperty().get()) {
            // Arrow keys would select, and so open, another section while the files are changing.
            if (event.getCode() != KeyCode.TAB) {
                event.consume();
            }
            return;
        }
        if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            moveSelected(-1);
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveSelected(1);
        } else if (event.getCode() == KeyCode.F2) {
            renameSelected();
        } else if (event.getCode() == KeyCode.DELETE) {
            deleteSelected();
        } else if (event.getCode() == KeyCode.INSERT) {
            addAfterSelected();
        } else {
            return;
        }
        event.consume();
    }

    private void ignoreWhileBusy(Event event) {
        if (model.busyProperty().get()) {
            event.consume();
        }
    }

    private void onSelected(SectionItem item) {
        boolean requested = !showingModel && !model.isUpdating() && item != null;
        if (requested && !item.id().equals(model.openSectionIdProperty().get())) {
            actions.openSection(item.id());
        }
    }

    /** Selects the open section in the list without treating it as a request to open it. */
    private void showOpenSection() {
        showingModel = true;
        try {
            int index = model.indexOf(model.openSectionIdProperty().get());
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            }
        } finally {
            showingModel = false;
        }
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
