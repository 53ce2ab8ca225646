package org.charta.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state of the open section: which one it is and whether its text is on disk. */
public final class EditorViewModel {

    private final StringProperty sectionId = new SimpleStringProperty();
    private final StringProperty sectionTitle = new SimpleStringProperty("");
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final StringProperty saveError = new SimpleStringProperty("");
    private final BooleanProperty locked = new SimpleBooleanProperty();

    /** Id of the open section, or null when none is open. */
    public StringProperty sectionIdProperty() {
        return sectionId;
    }

    public StringProperty sectionTitleProperty() {
        return sectionTitle;
    }

    public ObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    /** The message of the last failed save in the UI language, or empty after a successful one. */
    public StringProperty saveErrorProperty() {
        return saveError;
    }

    /**
     * True while a sync or rename rewrites the open section's file, so the editor keeps what is typed until
     * the new text is shown. Only {@link EditorController#lock()} changes it.
     */
    public BooleanProperty lockedProperty() {
        return locked;
    }
}
