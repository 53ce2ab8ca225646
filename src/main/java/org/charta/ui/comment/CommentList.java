package org.charta.ui.comment;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.core.Identity;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Mentions;
import org.charta.core.governance.Member;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The comments of one thread card, each with its author, date and text, mentions highlighted. The person's own
 * comments have an Edit link that opens an inline editor. An edited comment has a marker that shows its earlier
 * wordings with their dates.
 * An open editor and an open history survive the card's updates, so re-locating never drops what is being typed.
 */
final class CommentList {

    private final String threadId;
    private final UiText text;
    private final CommentsController controller;
    private final CommentsViewModel model;
    private final VBox root = new VBox(8);
    private final Map<String, TextArea> editors = new HashMap<>();
    private final Set<String> historiesShown = new HashSet<>();
    private CommentThread thread;
    private Identity shownFor;
    private List<Member> membersShown;

    CommentList(String threadId, UiText text, CommentsController controller, CommentsViewModel model) {
        this.threadId = threadId;
        this.text = text;
        this.controller = controller;
        this.model = model;
        model.identityProperty().addListener((observable, previous, identity) -> refresh());
        model.membersProperty().addListener((observable, previous, members) -> refresh());
    }

    Node node() {
        return root;
    }

    /** Shows the thread's comments, rebuilding them only when the thread, the person or the members changed. */
    void update(CommentThread updated) {
        if (updated.equals(thread) && Objects.equals(shownFor, model.identityProperty().get())
                && membersShown == model.membersProperty().get()) {
            return;
        }
        thread = updated;
        refresh();
    }

    private void refresh() {
        if (thread == null) {
            return;
        }
        shownFor = model.identityProperty().get();
        membersShown = model.membersProperty().get();
        root.getChildren().clear();
        for (Comment comment : thread.comments()) {
            root.getChildren().add(entry(comment));
        }
    }

    private Node entry(Comment comment) {
        VBox entry = new VBox(2, byline(comment));
        entry.getStyleClass().add("comment-entry");
        TextArea editor = editors.get(comment.id());
        entry.getChildren().add(editor != null ? editorBox(comment, editor)
                : CommentText.of(comment.text(), membersShown));
        if (historiesShown.contains(comment.id()) && thread.edited(comment.id())) {
            entry.getChildren().add(history(comment));
        }
        return entry;
    }

    /**
     * Builds the lines above a comment: the author, then the date, the "edited" marker and the Edit link. The name
     * has its own line and ends with an ellipsis when it is longer than the panel, so a long name neither widens
     * every card past the panel's edge nor pushes the links out of view. Its tooltip shows it whole.
     * The second line wraps, because in a narrow panel the date alone takes half the width.
     */
    private Node byline(Comment comment) {
        Label author = new Label(comment.authorName());
        author.getStyleClass().add("comment-author");
        author.setTooltip(new Tooltip(comment.authorName()));
        author.setMinWidth(0);
        Label date = new Label(text.dateTime(comment.created()));
        date.getStyleClass().add("comment-date");
        FlowPane byline = new FlowPane(8, 0, date);
        byline.setRowValignment(VPos.BASELINE);
        if (thread.edited(comment.id())) {
            Button edited = link("edited-" + comment.id(), text.get("ui.comment.edited"));
            edited.getStyleClass().add("comment-edited");
            edited.setOnAction(event -> {
                if (!historiesShown.remove(comment.id())) {
                    historiesShown.add(comment.id());
                }
                refresh();
            });
            byline.getChildren().add(edited);
        }
        if (isMine(comment) && !editors.containsKey(comment.id())) {
            Button edit = link("edit-" + comment.id(), text.get("ui.comment.edit"));
            edit.setOnAction(event -> startEditing(comment));
            byline.getChildren().add(edit);
        }
        return new VBox(0, author, byline);
    }

    private boolean isMine(Comment comment) {
        Identity me = model.identityProperty().get();
        return me != null && Mentions.sameAddress(me.email(), comment.authorEmail());
    }

    private void startEditing(Comment comment) {
        TextArea editor = new TextArea(comment.text());
        editor.setId("edit-text-" + comment.id());
        FieldDirection.followText(editor);
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        MentionCompletion.attach(editor, () -> model.membersProperty().get());
        editors.put(comment.id(), editor);
        refresh();
        editor.requestFocus();
        editor.positionCaret(editor.getLength());
    }

    private Node editorBox(Comment comment, TextArea editor) {
        Button save = new Button(text.get("ui.comment.edit.save"));
        save.setId("edit-save-" + comment.id());
        save.disableProperty().bind(editor.textProperty().isEmpty()
                .or(editor.textProperty().isEqualTo(comment.text()))
                .or(model.busyProperty()));
        save.setOnAction(event -> controller.edit(threadId, comment.id(), editor.getText().strip(),
                () -> stopEditing(comment.id())));
        Button cancel = new Button(text.get("ui.dialog.cancel"));
        cancel.setId("edit-cancel-" + comment.id());
        cancel.setOnAction(event -> stopEditing(comment.id()));
        HBox buttons = new HBox(6, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(4, editor, buttons);
    }

    private void stopEditing(String commentId) {
        editors.remove(commentId);
        refresh();
    }

    /** Lists the wordings before the current one, oldest first, each with the time it was written. */
    private Node history(Comment comment) {
        VBox history = new VBox(4);
        history.setId("history-" + comment.id());
        history.getStyleClass().add("comment-history");
        List<Comment> wordings = thread.wordings(comment.id());
        for (Comment wording : wordings.subList(0, wordings.size() - 1)) {
            Label when = new Label(text.get("ui.comment.history.entry", text.dateTime(wording.created())));
            when.getStyleClass().add("comment-date");
            when.setWrapText(true);
            when.setMinHeight(Region.USE_PREF_SIZE);
            Label earlier = new Label(wording.text());
            earlier.getStyleClass().add("comment-history-text");
            earlier.setWrapText(true);
            earlier.setMinHeight(Region.USE_PREF_SIZE);
            history.getChildren().addAll(when, earlier);
        }
        return history;
    }

    private static Button link(String id, String label) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add("link-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
