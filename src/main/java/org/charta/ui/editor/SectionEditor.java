package org.charta.ui.editor;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.charta.core.markdown.Block;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The text editor of one section, as the rest of the window uses it. Only this interface is used outside
 * the package, so the RichTextFX implementation can be replaced.
 */
public interface SectionEditor {

    Node node();

    /**
     * Replaces the whole text with a section just read from disk. Loading is not an undoable edit: the undo
     * history is forgotten and the editor is clean afterwards.
     */
    void load(String text);

    String text();

    ObservableValue<String> textProperty();

    /** True while the text differs from the last {@link #markSaved(SavePoint) saved} state. */
    ObservableBooleanValue dirtyProperty();

    /** Captures the current text and undo position, before the text is handed to a save. */
    SavePoint savePoint();

    /** Records that the text of the save point is on disk, so the editor is clean while it stays there. */
    void markSaved(SavePoint point);

    ObservableValue<Integer> caretOffsetProperty();

    /** Numbered paragraphs of the text as last analysed (shortly after the last edit). */
    ObservableValue<List<Block>> paragraphsProperty();

    /** Selects a range and scrolls it into view. */
    void selectRange(int start, int end);

    /** Highlights the lines of one paragraph, or none when {@code block} is null, without moving the caret. */
    void focusParagraph(Block block);

    /** Moves the caret to an offset and scrolls it into view. */
    void showOffset(int offset);

    /** Shows a comment badge with the thread count beside each paragraph number in the map. */
    void setThreadCounts(Map<Integer, ThreadCount> threadsByParagraph);

    /** Receives the paragraph number of a comment badge the person clicked. */
    void setOnThreadBadgeClicked(IntConsumer paragraphNumber);

    void setEditable(boolean editable);

    void undo();

    void redo();

    void requestFocus();

    /** Stops background styling and releases listeners. */
    void dispose();

    /** A text and the undo position it was captured at. */
    final class SavePoint {

        private final String text;
        private final Object position;

        SavePoint(String text, Object position) {
            this.text = text;
            this.position = position;
        }

        public String text() {
            return text;
        }

        Object position() {
            return position;
        }
    }
}
