package org.charta.ui.outline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/** The outline's state: the sections in reading order and the one that is open. */
public final class OutlineViewModel {

    private final ObservableList<SectionItem> sections = FXCollections.observableArrayList();
    private final ObjectProperty<String> openSectionId = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty selectionResets = new SimpleIntegerProperty();
    private final ObjectProperty<Map<String, List<String>>> changedByOthers = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<String, List<LanguageMarker>>> languageMarkers =
            new SimpleObjectProperty<>(Map.of());
    private boolean updating;

    public ObservableList<SectionItem> sections() {
        return sections;
    }

    /**
     * Replaces the list. Selection changes that the list view makes while its items change are not requests
     * to open a section, so the view ignores them while {@link #isUpdating()} and then shows the open one.
     */
    public void setSections(List<SectionItem> items) {
        updating = true;
        try {
            sections.setAll(items);
        } finally {
            updating = false;
        }
        resetSelection();
    }

    public boolean isUpdating() {
        return updating;
    }

    /** Id of the section shown in the editor, or null. */
    public ObjectProperty<String> openSectionIdProperty() {
        return openSectionId;
    }

    /** True while a structural change (add, rename, move, delete) is running. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Counts requests to show the open section as selected again, after an open that did not happen. */
    public IntegerProperty selectionResetsProperty() {
        return selectionResets;
    }

    public void resetSelection() {
        selectionResets.set(selectionResets.get() + 1);
    }

    /**
     * Sections that others changed on the shared remote and that are not synced yet, each with the names of
     * those who changed it (possibly none known).
     */
    public ObjectProperty<Map<String, List<String>>> changedByOthersProperty() {
        return changedByOthers;
    }

    /** The language versions of each section that has any, by section id, in the manifest's language order. */
    public ObjectProperty<Map<String, List<LanguageMarker>>> languageMarkersProperty() {
        return languageMarkers;
    }

    public int indexOf(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public SectionItem find(String id) {
        int index = indexOf(id);
        return index < 0 ? null : sections.get(index);
    }

    /**
     * Returns the index a dragged section gets once it is taken out of the list and put before or after the
     * title it was dropped on.
     */
    public static int indexAfterDrop(int from, int target, boolean before) {
        int insertAt = before ? target : target + 1;
        if (from < insertAt) {
            insertAt--;
        }
        return Math.max(0, insertAt);
    }
}
