package org.charta.ui.comment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;

/** The comment threads of the open section, and the paragraph and phrase a new thread would point at. */
public final class CommentsViewModel {

    private final ObservableList<ThreadItem> threads = FXCollections.observableArrayList();
    private final StringProperty selectedThreadId = new SimpleStringProperty();
    private final IntegerProperty caretParagraph = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<IndexRange> selection = new SimpleObjectProperty<>();

    /** Threads in paragraph order, orphaned ones last. */
    public ObservableList<ThreadItem> threads() {
        return threads;
    }

    public StringProperty selectedThreadIdProperty() {
        return selectedThreadId;
    }

    /** Number of the paragraph a new thread would attach to, or 0 when the caret is in none. */
    public IntegerProperty caretParagraphProperty() {
        return caretParagraph;
    }

    /**
     * Returns the editor's selection without the whitespace around it, when it lies inside one paragraph: a new
     * thread then points at that phrase. The value is null when nothing is selected or the selection spans
     * paragraphs.
     */
    public ObjectProperty<IndexRange> selectionProperty() {
        return selection;
    }

    /** True while a comment is being written to disk. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public ThreadItem find(String threadId) {
        return threads.stream().filter(item -> item.id().equals(threadId)).findFirst().orElse(null);
    }
}
