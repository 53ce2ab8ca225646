package org.charta.ui.comment;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.diff.DiffSegment;
import org.charta.ui.amend.DiffFlows;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One thread in the comments panel: where it points, its quote (with a word diff when the text changed, or the
 * commit that removed it when orphaned), its comments, a reply field and Resolve or Reopen. A card is updated in
 * place when its thread is re-located, so a half-written reply or edit is not lost.
 */
final class ThreadCard {

    /** Characters of a quote shown before it is cut with an ellipsis. */
    private static final int QUOTE_PREVIEW = 160;

    /** Narrowest reply field in pixels: about the prompt "Répondre…" in a French session. */
    private static final double REPLY_MIN_WIDTH = 120;

    private final String threadId;
    private final UiText text;
    private final CommentsController controller;
    private final CommentsViewModel model;
    private final VBox root = new VBox(6);
    private final Label location = new Label();
    private final Label state = new Label();
    private final QuoteView quote = new QuoteView();
    private final Label reattached = new Label();
    private final VBox diffBox = new VBox(2);
    private final VBox orphanBox = new VBox(6);
    private final Label removal = new Label();
    private final Button resolveButton = new Button();
    private final TextField reply = new TextField();
    private final Button replyButton = new Button();
    private final CommentList comments;
    private ThreadItem item;
    /** The thread whose removing commit was last looked up. A reload brings a new thread, which is looked up again. */
    private CommentThread removalRequestedFor;

    ThreadCard(String threadId, UiText text, CommentsController controller, CommentsViewModel model) {
        this.threadId = threadId;
        this.text = text;
        this.controller = controller;
        this.model = model;
        this.comments = new CommentList(threadId, text, controller, model);
        root.getStyleClass().add("thread-card");
        root.setId("thread-" + threadId);
        root.setOnMouseClicked(event -> {
            if (item != null) {
                controller.open(item);
            }
        });

        reattached.getStyleClass().add("thread-reattached");
        reattached.setWrapText(true);
        reattached.setMinHeight(Region.USE_PREF_SIZE);
        diffBox.getStyleClass().add("thread-diff");
        root.getChildren().addAll(header(), quote.node(), reattached, diffBox, orphanBox(), comments.node(), replyBar());
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
        // An open orphaned thread offers Resolve beside Reattach, below its quote.
        show(resolveButton, resolved || anchorState != AnchorState.ORPHANED);

        String original = updated.thread().anchor().quote().strip();
        boolean showWhole = anchorState != AnchorState.ANCHORED;
        quote.show(text.get(showWhole ? "ui.comment.quote.original" : "ui.comment.quote",
                showWhole ? original : CommentsPane.preview(original, QUOTE_PREVIEW)), original);
        showReattached(updated.thread());
        showDiff(updated);
        showOrphan(updated, resolved);

        toggle("selected", selected);
        toggle("resolved", resolved);
        toggle("orphaned", anchorState == AnchorState.ORPHANED);
        toggle("text-changed", anchorState == AnchorState.TEXT_CHANGED);
        comments.update(updated.thread());
    }

    private Node header() {
        location.getStyleClass().add("thread-location");
        // "¶ 2 · text changed" and a French Reopen do not fit one line of a narrow panel, so the place wraps.
        location.setWrapText(true);
        location.setMinWidth(0);
        location.setMinHeight(Region.USE_PREF_SIZE);
        state.getStyleClass().add("thread-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
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
        return header;
    }

    private Node orphanBox() {
        removal.setId("removal-" + threadId);
        removal.getStyleClass().add("thread-removal");
        removal.setWrapText(true);
        removal.setMinHeight(Region.USE_PREF_SIZE);

        Button reattach = new Button(text.get("ui.comment.reattach"));
        reattach.setId("reattach-" + threadId);
        reattach.setTooltip(new Tooltip(text.get("ui.comment.reattach.tooltip")));
        reattach.disableProperty().bind(model.reattachableProperty().not().or(model.busyProperty()));
        reattach.setOnAction(event -> controller.reattach(threadId));
        reattach.setMinWidth(Region.USE_PREF_SIZE);
        Button resolve = new Button(text.get("ui.comment.resolve"));
        resolve.setId("orphan-resolve-" + threadId);
        resolve.setMinWidth(Region.USE_PREF_SIZE);
        resolve.disableProperty().bind(model.busyProperty());
        resolve.setOnAction(event -> controller.resolve(threadId));
        // Two buttons do not fit side by side in a narrow panel in every language, so the row wraps.
        FlowPane actions = new FlowPane(6, 6, reattach, resolve);
        orphanBox.getChildren().addAll(removal, actions);
        orphanBox.getStyleClass().add("thread-orphan");
        return orphanBox;
    }

    private Node replyBar() {
        reply.setId("reply-text-" + threadId);
        FieldDirection.followText(reply);
        reply.setPromptText(text.get("ui.comment.reply.prompt"));
        reply.setMinWidth(REPLY_MIN_WIDTH);
        MentionCompletion.attach(reply, () -> model.membersProperty().get());
        replyButton.setId("reply-" + threadId);
        replyButton.setText(text.get("ui.comment.reply"));
        replyButton.setMinWidth(Region.USE_PREF_SIZE);
        replyButton.disableProperty().bind(reply.textProperty().isEmpty());
        replyButton.setOnAction(event -> controller.reply(threadId, reply.getText().strip(), reply::clear));
        reply.setOnAction(event -> replyButton.fire());
        // The field takes the width left beside the button. Below its minimum, the button wraps under it, so a
        // narrow panel does not cut the field's prompt to a few letters.
        FlowPane actions = new FlowPane(6, 6, reply, replyButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        reply.prefWidthProperty().bind(actions.widthProperty().subtract(replyButton.widthProperty()).subtract(7));
        return actions;
    }

    /** Shows, for a thread that a person reattached, the quote it had before, so the move is never silent. */
    private void showReattached(CommentThread thread) {
        List<Anchor> earlier = thread.earlierAnchors();
        show(reattached, !earlier.isEmpty());
        if (!earlier.isEmpty()) {
            String quoted = earlier.get(earlier.size() - 1).quote();
            reattached.setText(text.get("ui.comment.reattached", CommentsPane.preview(quoted, QUOTE_PREVIEW)));
        }
    }

    /** Shows, for a thread whose text changed, the word diff from its quote to the text there now. */
    private void showDiff(ThreadItem updated) {
        boolean changed = updated.location().state() == AnchorState.TEXT_CHANGED && !updated.quoteDiff().isEmpty();
        show(diffBox, changed);
        if (!changed) {
            diffBox.getChildren().clear();
            return;
        }
        Label caption = new Label(text.get("ui.comment.diff.caption"));
        caption.getStyleClass().add("thread-diff-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        String current = updated.located().currentText();
        diffBox.getChildren().setAll(caption,
                DiffFlows.inline(aroundQuote(updated.quoteDiff(), updated.thread().anchor()), current == null ? "" : current));
    }

    /**
     * Shortens the diff of a phrase to the phrase. The current text of a changed phrase is its whole paragraph, so
     * the words around the phrase show as inserted. An ellipsis replaces them when they are still the context the
     * anchor recorded next to the phrase, which a paragraph's anchor never has (its context ends at a line break).
     */
    static List<DiffSegment> aroundQuote(List<DiffSegment> diff, Anchor anchor) {
        List<DiffSegment> shown = new ArrayList<>(diff);
        String prefix = anchor.prefix();
        if (shown.size() > 1 && shown.get(0).kind() == DiffSegment.Kind.INSERTED
                && shown.get(1).kind() == DiffSegment.Kind.EQUAL && !prefix.isEmpty() && !prefix.endsWith("\n")
                && (shown.get(0).text().endsWith(prefix) || prefix.endsWith(shown.get(0).text()))) {
            shown.set(0, new DiffSegment(DiffSegment.Kind.EQUAL, "… "));
        }

        int last = shown.size() - 1;
        String suffix = anchor.suffix();
        if (last > 0 && shown.get(last).kind() == DiffSegment.Kind.INSERTED
                && shown.get(last - 1).kind() == DiffSegment.Kind.EQUAL && !suffix.isEmpty()
                && !suffix.startsWith("\n")
                && (shown.get(last).text().startsWith(suffix) || suffix.startsWith(shown.get(last).text()))) {
            shown.set(last, new DiffSegment(DiffSegment.Kind.EQUAL, " …"));
        }
        return shown;
    }

    /** Shows, for an orphaned thread, the commit that removed its text, looked up once per reload. */
    private void showOrphan(ThreadItem updated, boolean resolved) {
        boolean orphaned = updated.isOrphaned();
        show(orphanBox, orphaned);
        orphanBox.getChildren().get(1).setVisible(!resolved);
        orphanBox.getChildren().get(1).setManaged(!resolved);
        if (!orphaned || removalRequestedFor == updated.thread()) {
            return;
        }
        CommentThread thread = updated.thread();
        removalRequestedFor = thread;
        removal.setText(text.get("ui.comment.removal.searching"));
        controller.findRemoval(thread, found -> {
            if (removalRequestedFor == thread) {
                removal.setText(describe(found));
            }
        });
    }

    private String describe(Optional<OrphanHistory.Removal> found) {
        return found.map(commit -> text.get("ui.comment.removal.commit", commit.summary(), commit.author(),
                text.dateTime(commit.when()))).orElseGet(() -> text.get("ui.comment.removal.unknown"));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void toggle(String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
