package org.charta.ui.outline;

import java.util.function.Consumer;

/**
 * The requests the outline sends to the window. Each call starts background work, and the result reaches
 * the outline through its view model.
 */
public interface OutlineActions {

    /** Opens a section in the editor (after saving the open one). */
    void openSection(String id);

    /** Adds a section after the given one, or at the end when {@code afterId} is null. */
    void addSection(String title, String afterId);

    void renameSection(String id, String title);

    void moveSection(String id, int newIndex);

    void deleteSection(String id);

    /**
     * Finds out whether the section's file has a recorded version, so a confirmation can state what deleting
     * loses. {@code recorded} runs on the JavaFX thread and receives false when the history cannot be read.
     */
    void hasRecordedVersion(String id, Consumer<Boolean> recorded);
}
