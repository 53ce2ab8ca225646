package org.charta.ui.editor;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import org.charta.core.markdown.Block;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    /**
     * Replaces the whole text with a newer version of the same section, such as one a sync merged. The caret
     * stays in its paragraph at the same place within it (clamped to the paragraph's new length), and the view
     * keeps the first visible line where it was. Like {@link #load}, it is not an undoable edit.
     */
    void reload(String text);

    String text();

    ObservableValue<String> textProperty();

    /** True while the text differs from the last {@link #markSaved(SavePoint) saved} state. */
    ObservableBooleanValue dirtyProperty();

    /** Captures the current text and undo position, before the text is handed to a save. */
    SavePoint savePoint();

    /** Records that the text of the save point is on disk, so the editor is clean while it stays there. */
    void markSaved(SavePoint point);

    ObservableValue<Integer> caretOffsetProperty();

    /** The selected range of the text, empty (start equal to end) when nothing is selected. */
    ObservableValue<IndexRange> selectionProperty();

    /** Numbered paragraphs of the text as last analysed (shortly after the last edit). */
    ObservableValue<List<Block>> paragraphsProperty();

    /** Selects a range and scrolls it into view. */
    void selectRange(int start, int end);

    /**
     * Shows these stretches of text as commented, replacing the previous highlights, without moving the caret.
     * Until the next call the highlights move along with each edit, and they are dropped when a new text is
     * loaded.
     */
    void setCommentHighlights(List<CommentHighlight> highlights);

    /** Shows one thread's highlights stronger than the others, or none when {@code threadId} is null. */
    void setSelectedHighlight(String threadId);

    /** The highlights as shown now, after the edits made since they were set. */
    List<CommentHighlight> commentHighlights();

    /**
     * Receives the threads, narrowest highlight first, whose highlights the person's caret is in or at the edge
     * of, or that the person's selection overlaps. Moves made by {@link #load}, {@link #reload},
     * {@link #showOffset} and {@link #revealRange} are not reported.
     */
    void setOnHighlightTouched(Consumer<List<String>> threadIds);

    /** Runs when the person chooses, from the editor's context menu, to comment on the selection or paragraph. */
    void setOnCommentRequested(Runnable action);

    /** Moves the caret to an offset and scrolls it into view. */
    void showOffset(int offset);

    /**
     * Scrolls the range from {@code start} to {@code end} into view, a third of the way down when it fits so the
     * lines above it give context, and moves the caret to {@code caret} without scrolling again.
     */
    void revealRange(int start, int end, int caret);

    /** Shows a comment badge with the thread count beside each paragraph number in the map. */
    void setThreadCounts(Map<Integer, ThreadCount> threadsByParagraph);

    /** Receives the paragraph number of a comment badge the person clicked. */
    void setOnThreadBadgeClicked(IntConsumer paragraphNumber);

    void setEditable(boolean editable);

    /**
     * Makes the text read-only while its file is rewritten, and keeps what the person types meanwhile instead
     * of dropping it.
     */
    void holdTyping();

    /**
     * Makes the text editable again after {@link #holdTyping()}.
     *
     * @param apply whether to type the held keys at the caret, false when another section is shown now
     * @return the held text that was not applied, empty when {@code apply} is true or nothing was typed
     */
    String releaseTyping(boolean apply);

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
