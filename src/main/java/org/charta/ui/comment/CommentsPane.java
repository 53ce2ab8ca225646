package org.charta.ui.comment;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.charta.core.comment.Anchor;
import org.charta.core.diff.Graphemes;
import org.charta.core.Identity;
import org.charta.core.governance.Member;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comments panel. At the top are the list's scope (this section, or the whole charter grouped by section) and
 * its filter. Below are a button that starts a thread on the selected phrase or the paragraph at the caret, a field
 * for its first comment, and the threads in paragraph order.
 */
public final class CommentsPane {

    /** Characters of the quote shown above the new comment before it is cut with an ellipsis. */
    private static final int COMPOSER_QUOTE = 240;

    private final CommentsViewModel model;
    private final CommentsController controller;
    private final UiText text;
    private final VBox root = new VBox();
    private final ScrollPane frame = new ScrollPane(root);
    private final VBox list = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(list);
    private final Label count = new Label();
    private final Label empty = new Label();
    private final Button newThread = new Button();
    private final VBox composer = new VBox(6);
    private final TextArea composerText = new TextArea();
    private final QuoteView composerQuote = new QuoteView();
    private final Map<String, ThreadCard> cards = new HashMap<>();
    private Anchor composerAnchor;

    public CommentsPane(CommentsViewModel model, CommentsController controller, UiText text) {
        this.model = model;
        this.controller = controller;
        this.text = text;
        root.getStyleClass().add("comments-pane");
        // The content takes the viewport's width and never more, so its texts wrap there. A fixed minimum wider
        // than the viewport (the panel's 200 pixels less a vertical scroll bar) pushed the content past the
        // panel's edge, which the mirrored Arabic window cut off on the left.
        root.setMinWidth(0);
        // In a low window the frame scrolls the whole panel vertically instead of cutting its bottom off.
        frame.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        frame.setFitToWidth(true);
        frame.setFitToHeight(true);
        frame.setMinWidth(200);
        frame.getStyleClass().add("comments-frame");

        list.getStyleClass().add("thread-list");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("thread-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.setMinHeight(120);
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);

        root.getChildren().addAll(header(), new ListControls(model, text).node(), newThreadBar(), composer(), scroll);
        InvalidationListener refresh = observable -> showThreads();
        for (Observable source : new Observable[] {model.threads(), model.charterThreads(),
                model.sectionTitlesProperty(), model.sectionIdProperty(), model.filterProperty(),
                model.scopeProperty(), model.identityProperty(), model.membersProperty(), model.loadingProperty()}) {
            source.addListener(refresh);
        }
        model.selectedThreadIdProperty().addListener((observable, previous, id) -> {
            showThreads();
            revealSelected();
        });
        showThreads();
    }

    public Node node() {
        return frame;
    }

    /** Opens the field for a new thread on the selected phrase, or else on the paragraph at the caret. */
    public void startNewThread() {
        boolean phrase = model.selectionProperty().get() != null;
        Anchor anchor = controller.newThreadAnchor();
        if (anchor == null) {
            return;
        }
        composerAnchor = anchor;
        composer.setVisible(true);
        composer.setManaged(true);
        ((Label) composer.getChildren().get(0)).setText(
                text.get(phrase ? "ui.comment.new.header.selection" : "ui.comment.new.header", anchor.paragraph()));
        composerQuote.show(text.get("ui.comment.quote", preview(anchor.quote(), COMPOSER_QUOTE)), anchor.quote());
        composerText.requestFocus();
    }

    static boolean hasRightToLeft(String quote) {
        return quote.codePoints().anyMatch(point -> {
            byte direction = Character.getDirectionality(point);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * Draws a right-to-left quote upright. Arabic has no italic, and a slanted font without Arabic letters draws
     * unreadable ones.
     */
    static void setUpright(Label quote, String text) {
        quote.getStyleClass().remove("quote-upright");
        if (hasRightToLeft(text)) {
            quote.getStyleClass().add("quote-upright");
        }
    }

    /**
     * Shortens a quote to one line of at most {@code limit} characters, cut at a grapheme boundary so that no
     * combining mark or surrogate pair is split, and so that a whole paragraph does not fill the panel.
     */
    static String preview(String quote, int limit) {
        String oneLine = quote.strip().replace('\n', ' ');
        if (oneLine.length() <= limit) {
            return oneLine;
        }
        return oneLine.substring(0, Graphemes.floor(Graphemes.boundaries(oneLine), limit - 1)).strip() + "…";
    }

    /** Builds the title and the thread count, which goes to a second line when both do not fit the panel. */
    private Node header() {
        Label title = new Label(text.get("ui.comment.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.getStyleClass().add("pane-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane header = new FlowPane(12, 2, title, count);
        header.setRowValignment(javafx.geometry.VPos.BASELINE);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private Node newThreadBar() {
        newThread.setId("comment-new");
        newThread.setMaxWidth(Double.MAX_VALUE);
        // The hint without a paragraph is longer than a narrow panel, so it wraps instead of being cut off.
        newThread.setWrapText(true);
        newThread.setTextAlignment(TextAlignment.CENTER);
        newThread.setMinHeight(Region.USE_PREF_SIZE);
        newThread.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.selectionProperty().get() != null ? text.get("ui.comment.new.selection")
                        : model.caretParagraphProperty().get() > 0
                        ? text.get("ui.comment.new", model.caretParagraphProperty().get())
                        : text.get("ui.comment.new.none"),
                model.caretParagraphProperty(), model.selectionProperty()));
        newThread.disableProperty().bind(model.caretParagraphProperty().lessThan(1)
                .and(model.selectionProperty().isNull()).or(model.busyProperty()));
        newThread.setOnAction(event -> startNewThread());
        HBox bar = new HBox(newThread);
        HBox.setHgrow(newThread, Priority.ALWAYS);
        bar.getStyleClass().add("pane-toolbar");
        return bar;
    }

    private Node composer() {
        Label header = new Label();
        header.getStyleClass().add("composer-header");
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        composerText.setId("comment-new-text");
        FieldDirection.followText(composerText);
        composerText.setPromptText(text.get("ui.comment.new.prompt"));
        composerText.setWrapText(true);
        composerText.setPrefRowCount(3);
        MentionCompletion.attach(composerText, () -> model.membersProperty().get());
        Button post = new Button(text.get("ui.comment.new.post"));
        post.setId("comment-new-post");
        post.setDefaultButton(false);
        post.disableProperty().bind(composerText.textProperty().isEmpty().or(model.busyProperty()));
        post.setOnAction(event -> {
            // The composer closes only once the comment is on disk, so a failed write keeps the text.
            controller.startThread(composerAnchor, composerText.getText().strip(), this::closeComposer);
        });
        // Enter starts a new line in the comment, so Ctrl+Enter posts it, as in most comment fields.
        composerText.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                if (!post.isDisabled()) {
                    post.fire();
                }
            }
        });
        Button cancel = new Button(text.get("ui.dialog.cancel"));
        cancel.setId("comment-new-cancel");
        cancel.setOnAction(event -> closeComposer());
        HBox buttons = new HBox(6, post, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        composerQuote.label().setId("comment-new-quote");
        composer.getChildren().setAll(header, composerQuote.node(), composerText, buttons);
        composer.getStyleClass().add("composer");
        composer.setVisible(false);
        composer.setManaged(false);
        return composer;
    }

    private void closeComposer() {
        composerText.clear();
        composer.setVisible(false);
        composer.setManaged(false);
    }

    /**
     * Updates the cards in place, creating cards for new threads and dropping those of vanished ones. The whole
     * charter is listed section by section in outline order, the open section with the threads located in the
     * editor's text.
     */
    private void showThreads() {
        boolean charter = model.scopeProperty().get() == ListScope.CHARTER;
        if (charter && model.sectionTitlesProperty().get() == null) {
            empty.setText(text.get("ui.comment.loading"));
            list.getChildren().setAll(empty);
            count.setText("");
            return;
        }
        List<ThreadItem> items = charter ? charterItems() : List.copyOf(model.threads());
        List<ThreadItem> passing = filtered(items);
        Set<String> present = new HashSet<>();
        List<Node> nodes = new ArrayList<>();
        String heading = null;
        for (ThreadItem item : passing) {
            if (charter && !item.sectionId().equals(heading)) {
                heading = item.sectionId();
                nodes.add(sectionHeading(heading));
            }
            present.add(item.id());
            nodes.add(card(item).node());
        }
        cards.keySet().retainAll(present);
        if (nodes.isEmpty()) {
            empty.setText(!charter && model.loadingProperty().get() ? text.get("ui.comment.loadingSection")
                    : emptyText(charter));
            nodes.add(empty);
        }
        list.getChildren().setAll(nodes);
        long open = items.stream().filter(item -> !item.thread().resolved()).count();
        count.setText(items.isEmpty() ? "" : text.get("ui.comment.count", items.size(), open));
    }

    private ThreadCard card(ThreadItem item) {
        ThreadCard card = cards.computeIfAbsent(item.id(), id -> new ThreadCard(id, text, controller, model));
        card.update(item, item.id().equals(model.selectedThreadIdProperty().get()));
        return card;
    }

    private List<ThreadItem> filtered(List<ThreadItem> items) {
        ListFilter filter = model.filterProperty().get();
        Identity me = model.identityProperty().get();
        List<Member> members = model.membersProperty().get();
        return items.stream().filter(item -> filter.test(item, me, members)).toList();
    }

    /**
     * Returns the threads of every section grouped by section in outline order, sections no longer in the
     * charter last. The open section's threads are those located in the editor's text.
     */
    private List<ThreadItem> charterItems() {
        String open = model.sectionIdProperty().get();
        List<ThreadItem> live = model.threads().stream().filter(item -> item.sectionId().equals(open)).toList();
        Set<String> liveIds = new HashSet<>();
        live.forEach(item -> liveIds.add(item.id()));

        Map<String, List<ThreadItem>> bySection = new LinkedHashMap<>();
        model.sectionTitlesProperty().get().keySet().forEach(id -> bySection.put(id, new ArrayList<>()));
        for (ThreadItem item : model.charterThreads()) {
            if (!item.sectionId().equals(open) && !liveIds.contains(item.id())) {
                bySection.computeIfAbsent(item.sectionId(), id -> new ArrayList<>()).add(item);
            }
        }
        if (open != null) {
            bySection.computeIfAbsent(open, id -> new ArrayList<>()).addAll(live);
        }
        List<ThreadItem> items = new ArrayList<>();
        bySection.values().forEach(items::addAll);
        return items;
    }

    private Node sectionHeading(String sectionId) {
        String title = model.sectionTitlesProperty().get().get(sectionId);
        Label heading = new Label(title != null ? title : text.get("ui.comment.section.removed", sectionId));
        heading.getStyleClass().add("thread-section-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    private String emptyText(boolean charter) {
        ListFilter filter = model.filterProperty().get();
        if (filter == ListFilter.ALL) {
            return text.get(charter ? "ui.comment.empty.all" : "ui.comment.none");
        }
        return text.get(filter.emptyKey());
    }

    private void revealSelected() {
        ThreadCard card = cards.get(model.selectedThreadIdProperty().get());
        if (card == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            double contentHeight = list.getHeight() - scroll.getViewportBounds().getHeight();
            if (contentHeight > 0) {
                scroll.setVvalue(Math.min(1, card.node().getBoundsInParent().getMinY() / contentHeight));
            }
        });
    }
}
