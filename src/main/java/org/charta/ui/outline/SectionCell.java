package org.charta.ui.outline;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
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
        List<LanguageMarker> languages = model.languageMarkersProperty().get().getOrDefault(item.id(), List.of());
        setGraphic(graphic(marker, item.id(), languages));
        // The markers are small, so the whole title's tooltip names who changed the section and its languages too.
        StringBuilder full = new StringBuilder();
        if (marker != null) {
            full.append(marker.getTooltip().getText()).append('\n');
        }
        full.append(tooltip);
        for (LanguageMarker language : languages) {
            full.append('\n').append(languageTooltip(language));
        }
        setTooltip(new Tooltip(full.toString()));
    }

    /**
     * Places the incoming dot before the title and the language markers after it. The cell's text stays the
     * title, and a graphic shown on the trailing side carries the markers, so the dot moves into that graphic too.
     */
    private Node graphic(Label incoming, String id, List<LanguageMarker> languages) {
        if (languages.isEmpty()) {
            setContentDisplay(ContentDisplay.LEFT);
            return incoming;
        }
        HBox markers = new HBox(3);
        markers.getStyleClass().add("language-markers");
        markers.setId("language-markers-" + id);
        if (incoming != null) {
            markers.getChildren().add(incoming);
        }
        for (LanguageMarker language : languages) {
            markers.getChildren().add(languageLabel(id, language));
        }
        setContentDisplay(ContentDisplay.RIGHT);
        return markers;
    }

    private Label languageLabel(String id, LanguageMarker language) {
        String value = language.pending() == 0 ? text.get("ui.outline.language.upToDate", language.language())
                : text.get("ui.outline.language.toUpdate", language.language(), language.pending());
        Label label = new Label(value);
        label.setId("language-marker-" + id + "-" + language.language());
        label.getStyleClass().addAll("language-marker",
                language.pending() == 0 ? "language-marker-current" : "language-marker-outdated");
        label.setTooltip(new Tooltip(languageTooltip(language)));
        return label;
    }

    private String languageTooltip(LanguageMarker language) {
        return language.pending() == 0 ? text.get("ui.outline.language.upToDate.tooltip", language.name())
                : text.get("ui.outline.language.toUpdate.tooltip", language.name(), language.pending());
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
