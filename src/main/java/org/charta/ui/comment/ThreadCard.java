package org.charta.ui.comment;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Comment;
import org.charta.ui.app.UiText;

/**
 * One thread in the comments panel: where it points, its comments, a reply field and Resolve or Reopen.
 * A card is updated in place when its thread is re-located, so a half-written reply is not lost.
 */
final class ThreadCard {

    /** Characters of a quote shown before it is cut with an ellipsis. */
    private static final int QUOTE_PREVIEW = 160;

    private final VBox root = new VBox(6);
    private final Label location = new Label();
    private final Label state = new Label();
    private final Label quote = new Label();
    private final VBox comments = new VBox(8);
    private final TextField reply = new TextField();
    private final Button replyButton = new Button();
    private final Button resolveButton = new Button();
    private final UiText text;
    private ThreadItem item;

    ThreadCard(String threadId, UiText text, CommentsController controller) {
        this.text = text;
        root.getStyleClass().add("thread-card");
        root.setId("thread-" + threadId);
        root.setOnMouseClicked(event -> controller.select(threadId));

        location.getStyleClass().add("thread-location");
        state.getStyleClass().add("thread-state");
        resolveButton.setId("resolve-" + threadId);
        resolveButton.getStyleClass().add("link-button");
        resolveButton.setMinWidth(Region.USE_PREF_SIZE);
        resolveButton.setOnAction(event -> {
            if (item != null && item.thread().resolved()) {
                controller.reopen(threadId);
            } else {
                controller.resolve(threadId);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, location, spacer, state, resolveButton);
        header.setAlignment(Pos.CENTER_LEFT);

        quote.getStyleClass().add("thread-quote");
        quote.setWrapText(true);

        reply.setId("reply-text-" + threadId);
        reply.setPromptText(text.get("ui.comment.reply.prompt"));
        HBox.setHgrow(reply, Priority.ALWAYS);
        reply.setMinWidth(60);
        replyButton.setId("reply-" + threadId);
        replyButton.setText(text.get("ui.comment.reply"));
        replyButton.setMinWidth(Region.USE_PREF_SIZE);
        replyButton.disableProperty().bind(reply.textProperty().isEmpty());
        replyButton.setOnAction(event -> {
            controller.reply(threadId, reply.getText().strip(), reply::clear);
        });
        reply.setOnAction(event -> replyButton.fire());
        HBox actions = new HBox(6, reply, replyButton);
        actions.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, quote, comments, actions);
    }

    Node node() {
        return root;
    }

    void update(ThreadItem updated, boolean selected) {
        item = updated;
        AnchorState anchorState = updated.location().state();
        location.setText(switch (anchorState) {
            case ANCHORED -> text.get("ui.comment.location.paragraph", updated.location().paragraph());
            case TEXT_CHANGED -> text.get("ui.comment.location.changed", updated.location().paragraph());
            case ORPHANED -> text.get("ui.comment.location.orphaned");
        });
        boolean resolved = updated.thread().resolved();
        state.setText(resolved ? text.get("ui.comment.resolved") : "");
        resolveButton.setText(resolved ? text.get("ui.comment.reopen") : text.get("ui.comment.resolve"));

        String original = updated.thread().anchor().quote().strip();
        boolean showWhole = anchorState != AnchorState.ANCHORED;
        quote.setText(text.get(showWhole ? "ui.comment.quote.original" : "ui.comment.quote",
                showWhole ? original : shorten(original)));

        toggle("selected", selected);
        toggle("resolved", resolved);
        toggle("orphaned", anchorState == AnchorState.ORPHANED);
        toggle("text-changed", anchorState == AnchorState.TEXT_CHANGED);
        showComments();
    }

    private void showComments() {
        comments.getChildren().clear();
        for (Comment comment : item.thread().comments()) {
            Label author = new Label(comment.authorName());
            author.getStyleClass().add("comment-author");
            Label date = new Label(text.dateTime(comment.created()));
            date.getStyleClass().add("comment-date");
            // A long name is shortened before the date, which stays whole.
            date.setMinWidth(Region.USE_PREF_SIZE);
            author.setMinWidth(0);
            HBox byline = new HBox(8, author, date);
            byline.setAlignment(Pos.BASELINE_LEFT);
            Label body = new Label(comment.text());
            body.getStyleClass().add("comment-text");
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            VBox entry = new VBox(2, byline, body);
            entry.getStyleClass().add("comment-entry");
            comments.getChildren().add(entry);
        }
    }

    private void toggle(String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }

    private static String shorten(String quote) {
        String oneLine = quote.replace('\n', ' ');
        return oneLine.length() <= QUOTE_PREVIEW ? oneLine : oneLine.substring(0, QUOTE_PREVIEW - 1).strip() + "…";
    }
}
