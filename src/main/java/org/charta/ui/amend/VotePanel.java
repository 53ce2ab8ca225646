package org.charta.ui.amend;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.ui.app.FieldDirection;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.VoteLine;
import org.charta.core.governance.MajorityRule;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The vote on one amendment: the rules, the counts, the result and who voted what. Invalid votes are listed with
 * the reason they do not count. Members get the Cast controls while the vote is open, coordinators Open and Close.
 */
final class VotePanel {

    /** Receives the person's vote actions on the JavaFX thread. */
    interface Listener {

        void cast(VoteChoice choice, String reason);

        void openVote();

        void closeVote();
    }

    private final AmendmentLabels labels;
    private final Label rules = new Label();
    private final Label counts = new Label();
    private final Label result = new Label();
    private final Label notMember = new Label();
    private final Label mismatch = new Label();
    private final TableView<VoteLine> table = new TableView<>();
    private final ToggleGroup choices = new ToggleGroup();
    private final RadioButton block = new RadioButton();
    private final TextField reason = new TextField();
    private final Button cast = new Button();
    private final HBox castBox;
    private final Button open = new Button();
    private final Button close = new Button();
    private final VBox root;

    VotePanel(AmendmentLabels labels, Listener listener) {
        this.labels = labels;
        rules.setId("vote-rules");
        rules.setWrapText(true);
        rules.getStyleClass().add("dialog-note");
        counts.setId("vote-counts");
        counts.getStyleClass().add("vote-counts");
        result.setId("vote-result");
        result.getStyleClass().add("vote-result");
        notMember.setId("vote-not-member");
        notMember.setWrapText(true);
        notMember.setText(labels.text().get("ui.amend.vote.notMember"));
        notMember.getStyleClass().add("dialog-note");
        setShown(notMember, false);
        createTable();
        castBox = createCastBox(listener);
        open.setId("vote-open");
        open.setText(labels.text().get("ui.amend.vote.openButton"));
        open.setOnAction(event -> listener.openVote());
        close.setId("vote-close");
        close.setText(labels.text().get("ui.amend.vote.closeButton"));
        close.setOnAction(event -> listener.closeVote());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, result, counts, spacer, open, close);
        header.setAlignment(Pos.CENTER_LEFT);
        mismatch.setId("vote-mismatch");
        mismatch.getStyleClass().add("vote-mismatch");
        mismatch.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        mismatch.setWrapText(true);
        mismatch.setMinHeight(Region.USE_PREF_SIZE);
        showMismatch(null);
        root = new VBox(8, header, mismatch, rules, notMember, table, castBox);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("vote-panel");
        root.getStyleClass().add("vote-panel");
    }

    Node node() {
        return root;
    }

    TableView<VoteLine> table() {
        return table;
    }

    /** Shows a tally and the controls the person's roles allow. */
    void show(Tally tally, Set<AmendmentActions.Action> actions) {
        MajorityRule majority = tally.majority();
        rules.setText(labels.text().get("ui.amend.vote.rules", labels.majority(majority),
                Math.round(tally.quorum() * 100), tally.members(),
                labels.text().get(tally.quorumReached() ? "ui.amend.vote.quorumReached"
                        : "ui.amend.vote.quorumNotReached")));
        counts.setText(labels.text().get("ui.amend.vote.counts", tally.forVotes(), tally.against(), tally.abstain(),
                tally.block()));
        result.setText(labels.result(tally.result()));
        result.getStyleClass().removeIf(style -> style.startsWith("vote-result-"));
        result.getStyleClass().add("vote-result-" + String.valueOf(tally.result()).toLowerCase(java.util.Locale.ROOT));
        table.getItems().setAll(tally.lines());
        block.setVisible(majority == MajorityRule.CONSENSUS);
        block.setManaged(majority == MajorityRule.CONSENSUS);
        showActions(actions);
    }

    /** Shows a warning that the recorded decision differs from a recount of the vote files, or hides it (null). */
    void showMismatch(String warning) {
        mismatch.setText(warning == null ? "" : warning);
        mismatch.setVisible(warning != null);
        mismatch.setManaged(warning != null);
    }

    Label mismatch() {
        return mismatch;
    }

    /** Shows a message in place of the tally, such as "Reading the votes…" or an error. */
    void showMessage(String message, Set<AmendmentActions.Action> actions) {
        rules.setText(message);
        showMismatch(null);
        counts.setText("");
        result.setText("");
        table.getItems().clear();
        showActions(actions);
    }

    /** Says, or stops saying, that the person cannot vote because the charter does not list them as a member. */
    void setNotMember(boolean shown) {
        setShown(notMember, shown);
    }

    /** Empties the ballot, so that a choice made on one amendment is never carried over to the next. */
    void clearBallot() {
        choices.selectToggle(null);
        reason.clear();
    }

    /** Clears the reason after a vote was cast. */
    void castDone() {
        reason.clear();
    }

    private void showActions(Set<AmendmentActions.Action> actions) {
        setShown(castBox, actions.contains(AmendmentActions.Action.CAST));
        setShown(open, actions.contains(AmendmentActions.Action.OPEN_VOTE));
        setShown(close, actions.contains(AmendmentActions.Action.CLOSE_VOTE));
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void createTable() {
        table.setId("vote-table");
        table.setPlaceholder(new Label(labels.text().get("ui.amend.vote.noVotes")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("ui.amend.vote.column.member", VoteLine::name, 160),
                column("ui.amend.vote.column.choice", line -> labels.choice(line.choice()), 80),
                column("ui.amend.vote.column.counted", this::counted, 220),
                column("ui.amend.vote.column.cast", this::castTime, 175),
                column("ui.amend.vote.column.reason", VoteLine::reason, 160)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(VoteLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("vote-invalid");
                // The e-mail address identifies the voter, which matters most for a vote that does not count.
                setTooltip(empty || line == null ? null : new Tooltip(line.name() + " <" + line.email() + ">"));
                if (!empty && line != null && line.invalid() != null) {
                    getStyleClass().add("vote-invalid");
                }
            }
        });
        table.setPrefHeight(180);
    }

    private String counted(VoteLine line) {
        return line.invalid() == null ? labels.text().get("ui.amend.vote.valid") : labels.invalid(line.invalid());
    }

    private String castTime(VoteLine line) {
        if (line.cast() == null || line.cast().isBlank()) {
            return "";
        }
        try {
            return labels.text().dateTime(Instant.parse(line.cast()));
        } catch (DateTimeParseException e) {
            return line.cast();
        }
    }

    private TableColumn<VoteLine, String> column(String key, java.util.function.Function<VoteLine, String> value,
                                                 double width) {
        TableColumn<VoteLine, String> column = new TableColumn<>(labels.text().get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : String.valueOf(value.apply(cell.getValue()))));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private HBox createCastBox(Listener listener) {
        RadioButton inFavour = choice("vote-choice-for", "ui.amend.choice.for", VoteChoice.FOR);
        RadioButton against = choice("vote-choice-against", "ui.amend.choice.against", VoteChoice.AGAINST);
        RadioButton abstain = choice("vote-choice-abstain", "ui.amend.choice.abstain", VoteChoice.ABSTAIN);
        block.setId("vote-choice-block");
        block.setText(labels.text().get("ui.amend.choice.block"));
        block.setUserData(VoteChoice.BLOCK);
        block.setToggleGroup(choices);
        reason.setId("vote-reason");
        FieldDirection.followText(reason);
        reason.setPromptText(labels.text().get("ui.amend.vote.reasonPrompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        cast.setId("vote-cast");
        cast.setText(labels.text().get("ui.amend.vote.cast"));
        cast.disableProperty().bind(choices.selectedToggleProperty().isNull());
        cast.setOnAction(event -> listener.cast((VoteChoice) choices.getSelectedToggle().getUserData(),
                reason.getText().strip()));
        Label caption = new Label(labels.text().get("ui.amend.vote.yourVote"));
        caption.getStyleClass().add("pane-title");
        HBox box = new HBox(10, caption, inFavour, against, abstain, block, reason, cast);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("vote-cast-box");
        return box;
    }

    private RadioButton choice(String id, String key, VoteChoice value) {
        RadioButton button = new RadioButton(labels.text().get(key));
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(choices);
        return button;
    }
}
