package org.charta.ui.amend;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.charta.core.comment.Stance;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Tally;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.ui.task.BackgroundExecutor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One amendment in full: its title and actions above, then tabs for the changes (the diff views), the record,
 * the deliberation and the vote.
 */
final class AmendmentDetail {

    /** Receives the person's actions on the shown amendment, on the JavaFX thread. */
    interface Listener extends VotePanel.Listener {

        void act(AmendmentActions.Action action);

        void argue(String text, Stance stance);

        /** Starts a thread on a paragraph of the amendment's text, from the diff. */
        void commentParagraph(SectionComparison section, ParagraphChange change);
    }

    private static final double TITLE_LINE_HEIGHT = 1.4;
    private static final int TITLE_MAX_LINES = 3;

    private final AmendmentLabels labels;
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label outdated = new Label();
    private final Map<AmendmentActions.Action, Button> buttons = new EnumMap<>(AmendmentActions.Action.class);
    private final ComparisonView comparison;
    private final RecordPane record;
    private final DeliberationPane deliberation;
    private final VotePanel vote;
    private final TabPane tabs = new TabPane();
    private final Tab voteTab;
    private final Label placeholder = new Label();
    private final VBox content;
    private final StackPane root;
    private Set<AmendmentActions.Action> actions = Set.of();
    private String shownId;

    AmendmentDetail(BackgroundExecutor executor, AmendmentLabels labels, Listener listener) {
        this.labels = labels;
        comparison = new ComparisonView(executor, labels);
        comparison.setCommenter(listener::commentParagraph);
        record = new RecordPane(labels);
        deliberation = new DeliberationPane(labels, listener::argue);
        vote = new VotePanel(labels, listener);

        Tab changes = tab("amend-tab-changes", "ui.amend.tab.changes", comparison.node());
        Tab recordTab = tab("amend-tab-record", "ui.amend.tab.record", record.node());
        Tab deliberationTab = tab("amend-tab-deliberation", "ui.amend.tab.deliberation", deliberation.node());
        voteTab = tab("amend-tab-vote", "ui.amend.tab.vote", vote.node());
        tabs.getTabs().setAll(changes, recordTab, deliberationTab, voteTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("amend-tabs");

        content = new VBox(8, header(listener), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        placeholder.setText(labels.text().get("ui.amend.detail.pick"));
        placeholder.getStyleClass().add("dialog-note");
        root = new StackPane(placeholder, content);
        root.setId("amend-detail");
        clear();
    }

    Node node() {
        return root;
    }

    /** Shows an amendment's header and record, and the actions offered; the tabs fill as their data arrives. */
    void show(AmendmentSummary summary, Set<AmendmentActions.Action> offered, Roles roles) {
        if (!summary.id().equals(shownId)) {
            vote.clearBallot();
        }
        shownId = summary.id();
        content.setVisible(true);
        placeholder.setVisible(false);
        this.actions = offered;
        title.setText(summary.record().title());
        title.setTooltip(new Tooltip(summary.record().title()));
        status.setText(labels.status(summary.status()));
        boolean showOutdated = summary.outdated() && summary.status() != null && summary.status().isOpen();
        outdated.setVisible(showOutdated);
        outdated.setManaged(showOutdated);
        buttons.forEach((action, button) -> {
            button.setVisible(offered.contains(action));
            button.setManaged(offered.contains(action));
        });
        record.show(summary);
        vote.setNotMember(!roles.member() && summary.status() != null && summary.status().isOpen());
    }

    void clear() {
        content.setVisible(false);
        placeholder.setVisible(true);
        actions = Set.of();
        shownId = null;
    }

    /** Disables the actions while one runs, so that a second click does not start it twice. */
    void setBusy(boolean busy) {
        buttons.values().forEach(button -> button.setDisable(busy));
    }

    void showComparison(List<SectionComparison> sections) {
        comparison.show(sections);
    }

    void showComparisonMessage(String message) {
        comparison.showMessage(message);
    }

    void showTally(Tally tally) {
        showTally(tally, null);
    }

    /** Shows a tally and, when not null, a warning that the recorded decision differs from a recount. */
    void showTally(Tally tally, String mismatch) {
        vote.show(tally, actions);
        vote.showMismatch(mismatch);
    }

    void showTallyMessage(String message) {
        vote.showMessage(message, actions);
    }

    void castDone() {
        vote.castDone();
    }

    void showArguments(List<Argument> arguments) {
        deliberation.show(arguments);
    }

    void showArgumentsMessage(String message) {
        deliberation.showMessage(message);
    }

    void argumentAdded() {
        deliberation.added();
    }

    void selectDeliberationTab() {
        tabs.getSelectionModel().select(2);
    }

    void selectVoteTab() {
        tabs.getSelectionModel().select(voteTab);
    }

    TabPane tabs() {
        return tabs;
    }

    ComparisonView comparison() {
        return comparison;
    }

    VotePanel vote() {
        return vote;
    }

    DeliberationPane deliberation() {
        return deliberation;
    }

    Label titleLabel() {
        return title;
    }

    Label statusLabel() {
        return status;
    }

    Button button(AmendmentActions.Action action) {
        return buttons.get(action);
    }

    private Node header(Listener listener) {
        title.setId("amend-detail-title");
        title.getStyleClass().add("window-heading");
        // The title alone gives way to a long text: it wraps up to three lines, then ends in "…", while the
        // status, the badge and the buttons keep their full size.
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.ceil(title.getFont().getSize() * TITLE_LINE_HEIGHT * TITLE_MAX_LINES),
                title.fontProperty()));
        HBox.setHgrow(title, Priority.ALWAYS);
        status.setMinWidth(Region.USE_PREF_SIZE);
        outdated.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("amend-detail-status");
        status.getStyleClass().add("amend-status");
        outdated.setText(labels.text().get("ui.amend.outdated"));
        outdated.getStyleClass().add("amend-outdated");
        HBox actionsBox = new HBox(6);
        actionsBox.setAlignment(Pos.CENTER_RIGHT);
        actionsBox.setMinWidth(Region.USE_PREF_SIZE);
        addButton(actionsBox, listener, AmendmentActions.Action.EDIT, "amend-edit", "ui.amend.action.edit");
        addButton(actionsBox, listener, AmendmentActions.Action.UPDATE, "amend-update", "ui.amend.update");
        addButton(actionsBox, listener, AmendmentActions.Action.PROPOSE, "amend-propose", "ui.amend.action.propose");
        addButton(actionsBox, listener, AmendmentActions.Action.WITHDRAW, "amend-withdraw",
                "ui.amend.action.withdraw");
        addButton(actionsBox, listener, AmendmentActions.Action.MERGE, "amend-merge", "ui.amend.action.merge");
        HBox header = new HBox(8, status, title, outdated, actionsBox);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void addButton(HBox box, Listener listener, AmendmentActions.Action action, String id, String key) {
        Button button = new Button(labels.text().get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> listener.act(action));
        buttons.put(action, button);
        box.getChildren().add(button);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(labels.text().get(key), content);
        tab.setId(id);
        return tab;
    }
}
