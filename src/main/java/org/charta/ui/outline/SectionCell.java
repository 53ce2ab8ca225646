package org.charta.ui.outline;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.charta.ui.app.UiText;

import java.util.List;

/**
 * One title in the outline. A title can be dragged onto another: dropped on the upper half of a title it
 * lands before it, on the lower half after it.
 */
final class SectionCell extends ListCell<SectionItem> {

    private static final String DROP_BEFORE = "drop-before";
    private static final String DROP_AFTER = "drop-after";

    private final OutlineViewModel model;
    private final OutlineActions actions;
    private final UiText text;

    SectionCell(OutlineViewModel model, OutlineActions actions, UiText text) {
        this.model = model;
        this.actions = actions;
        this.text = text;
        getStyleClass().add("section-cell");
        setOnDragDetected(event -> startDrag());
        setOnDragOver(this::onDragOver);
        setOnDragExited(event -> clearDropMarks());
        setOnDragDropped(this::onDragDropped);
    }

    @Override
    protected void updateItem(SectionItem item, boolean empty) {
        super.updateItem(item, empty);
        clearDropMarks();
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            setGraphic(null);
            return;
        }
        setText(item.title());
        String tooltip = item.title().equals(item.sourceTitle())
                ? text.get("ui.outline.cell.tooltip", item.path())
                : text.get("ui.outline.cell.tooltipTranslated", item.sourceTitle(), item.path());
        Label marker = incomingMarker(item.id());
        setGraphic(marker);
        // The dot is small, so the whole title's tooltip names who changed the section as well.
        setTooltip(new Tooltip(marker == null ? tooltip : marker.getTooltip().getText() + "\n" + tooltip));
    }

    /** Builds the dot shown before a section that others changed and that is not synced yet, or null. */
    private Label incomingMarker(String id) {
        List<String> authors = model.changedByOthersProperty().get().get(id);
        if (authors == null) {
            return null;
        }
        Label marker = new Label("●");
        marker.getStyleClass().add("incoming-marker");
        marker.setId("incoming-marker-" + id);
        marker.setTooltip(new Tooltip(authors.isEmpty() ? text.get("ui.incoming.marker.unknown")
                : text.get("ui.incoming.marker", String.join(", ", authors))));
        return marker;
    }

    private void startDrag() {
        if (getItem() == null) {
            return;
        }
        Dragboard dragboard = startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.putString(getItem().id());
        dragboard.setContent(content);
        dragboard.setDragView(snapshot(null, null));
    }

    private void onDragOver(DragEvent event) {
        if (!isOwnSection(event)) {
            return;
        }
        event.acceptTransferModes(TransferMode.MOVE);
        clearDropMarks();
        getStyleClass().add(dropsBefore(event) ? DROP_BEFORE : DROP_AFTER);
        event.consume();
    }

    private void onDragDropped(DragEvent event) {
        if (!isOwnSection(event)) {
            return;
        }
        String id = event.getDragboard().getString();
        int from = model.indexOf(id);
        int target = getItem() == null ? model.sections().size() - 1 : getIndex();
        int newIndex = OutlineViewModel.indexAfterDrop(from, target, getItem() != null && dropsBefore(event));
        clearDropMarks();
        if (newIndex != from) {
            actions.moveSection(id, newIndex);
        }
        event.setDropCompleted(true);
        event.consume();
    }

    private boolean isOwnSection(DragEvent event) {
        Dragboard dragboard = event.getDragboard();
        return event.getGestureSource() instanceof SectionCell && dragboard.hasString()
                && model.indexOf(dragboard.getString()) >= 0;
    }

    private boolean dropsBefore(DragEvent event) {
        return event.getY() < getHeight() / 2;
    }

    private void clearDropMarks() {
        getStyleClass().removeAll(DROP_BEFORE, DROP_AFTER);
    }
}
