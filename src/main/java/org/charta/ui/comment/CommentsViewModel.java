package org.charta.ui.comment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The comment threads of the open section and the paragraph the caret is in. */
public final class CommentsViewModel {

    private final ObservableList<ThreadItem> threads = FXCollections.observableArrayList();
    private final StringProperty selectedThreadId = new SimpleStringProperty();
    private final IntegerProperty caretParagraph = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

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

    /** True while a comment is being written to disk. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public ThreadItem find(String threadId) {
        return threads.stream().filter(item -> item.id().equals(threadId)).findFirst().orElse(null);
    }
}
