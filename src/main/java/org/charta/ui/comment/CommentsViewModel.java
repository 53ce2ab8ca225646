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
import org.charta.core.Identity;
import org.charta.core.governance.Member;

import java.util.List;
import java.util.Map;

/**
 * The comment threads of the open section (and, for the whole-charter list, of every section), the paragraph
 * the caret is in, the phrase a new thread would point at, the list's filter and scope, and who is reading.
 */
public final class CommentsViewModel {

    private final ObservableList<ThreadItem> threads = FXCollections.observableArrayList();
    private final ObservableList<ThreadItem> charterThreads = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, String>> sectionTitles = new SimpleObjectProperty<>();
    private final StringProperty sectionId = new SimpleStringProperty();
    private final StringProperty selectedThreadId = new SimpleStringProperty();
    private final IntegerProperty caretParagraph = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<IndexRange> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<ListFilter> filter = new SimpleObjectProperty<>(ListFilter.ALL);
    private final ObjectProperty<ListScope> scope = new SimpleObjectProperty<>(ListScope.SECTION);
    private final ObjectProperty<Identity> identity = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Member>> members = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty reattachable = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    /** Threads of the open section in paragraph order, orphaned ones last. */
    public ObservableList<ThreadItem> threads() {
        return threads;
    }

    /**
     * Threads of every section but the open one, located in the recorded text of their sections; read only while
     * the panel lists the whole charter.
     */
    public ObservableList<ThreadItem> charterThreads() {
        return charterThreads;
    }

    /** Titles of the charter's sections by id, in outline order, for the whole-charter list; null until read. */
    public ObjectProperty<Map<String, String>> sectionTitlesProperty() {
        return sectionTitles;
    }

    /** Id of the section whose threads {@link #threads()} holds, or null. */
    public StringProperty sectionIdProperty() {
        return sectionId;
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

    ObjectProperty<ListFilter> filterProperty() {
        return filter;
    }

    ObjectProperty<ListScope> scopeProperty() {
        return scope;
    }

    /** Identity of the person reading, from Git's configuration or as entered in Charta, or null while unknown. */
    public ObjectProperty<Identity> identityProperty() {
        return identity;
    }

    /** Members of the main text's manifest, whom comments can mention. */
    public ObjectProperty<List<Member>> membersProperty() {
        return members;
    }

    /**
     * True when an orphaned thread can be attached to the editor's selection now, which needs a selection inside one
     * paragraph or, without a selection, a caret in a paragraph.
     */
    /**
     * Returns whether the open section's threads are being read and located, so an empty list is not yet
     * "no threads".
     */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty reattachableProperty() {
        return reattachable;
    }

    public ThreadItem find(String threadId) {
        return threads.stream().filter(item -> item.id().equals(threadId)).findFirst().orElse(null);
    }
}
