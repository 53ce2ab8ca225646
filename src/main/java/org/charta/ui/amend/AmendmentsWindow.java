package org.charta.ui.amend;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charta.core.comment.Stance;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.VoteChoice;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.UiText;
import org.charta.ui.app.WindowOrientation;

import java.util.Map;
import java.util.Optional;

/**
 * The amendments window: the filtered list on the left, the selected amendment in full on the right. Its data
 * comes from the {@link AmendmentsController}, which does the disk and Git work on the serial lane.
 */
public final class AmendmentsWindow {

    static final String STYLESHEET = "/org/charta/ui/amend/amendments.css";

    private final AmendmentsController controller;
    private final UiText text;
    private final Stage stage = new Stage();
    private final FilterBar filters;
    private final ListView<AmendmentSummary> list = new ListView<>();
    private final Label count = new Label();
    private final AmendmentDetail detail;
    private String selectedId;

    AmendmentsWindow(AppContext context, AmendmentsController controller, AmendmentLabels labels) {
        this.controller = controller;
        this.text = context.text();
        AmendmentListModel model = controller.model();
        filters = new FilterBar(labels, model);
        detail = new AmendmentDetail(context.executor(), labels, new DetailListener());

        list.setId("amend-list");
        list.setItems(model.shown());
        list.setCellFactory(view -> new AmendmentCell(labels, summary -> controller.act(summary,
                AmendmentActions.Action.UPDATE)));
        list.setPlaceholder(new Label(text.get("ui.amend.list.loading")));
        list.getSelectionModel().selectedItemProperty().addListener((observable, previous, summary) -> select(summary));
        model.shown().addListener((ListChangeListener<AmendmentSummary>) change -> afterListChange());

        stage.initOwner(context.stage());
        stage.setTitle(text.get("ui.amend.window.title"));
        stage.getIcons().setAll(context.stage().getIcons());
        Scene scene = new Scene(layout(), 1180, 740);
        WindowOrientation.apply(scene, text);
        scene.getStylesheets().setAll(context.stage().getScene().getStylesheets());
        scene.getStylesheets().add(AmendmentsWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        // Below this size the detail's tabs and vote table break into one letter per line.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    static final double MIN_WIDTH = 860;
    static final double MIN_HEIGHT = 520;

    public Stage stage() {
        return stage;
    }

    public ListView<AmendmentSummary> list() {
        return list;
    }

    AmendmentDetail detail() {
        return detail;
    }

    FilterBar filters() {
        return filters;
    }

    void show() {
        stage.show();
    }

    /** Offers the sections of the main text in the section filter. */
    void setSections(Map<String, String> titles) {
        filters.setSections(titles);
    }

    /** Shows that the list could not be read. */
    void showListError(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.setPadding(new Insets(8));
        list.setPlaceholder(label);
    }

    /** Selects the amendment with this id when the list shows it. */
    void select(String id) {
        controller.model().shown().stream().filter(summary -> summary.id().equals(id)).findFirst()
                .ifPresent(summary -> list.getSelectionModel().select(summary));
    }

    Optional<AmendmentSummary> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Shows the selected amendment again after its data or the person's roles changed. */
    void refreshDetail() {
        AmendmentSummary summary = list.getSelectionModel().getSelectedItem();
        if (summary != null) {
            controller.loadDetail(summary, detail);
        }
    }

    void setBusy(boolean busy) {
        detail.setBusy(busy);
    }

    private BorderPane layout() {
        Label heading = new Label(text.get("ui.amend.window.heading"));
        heading.getStyleClass().add("window-heading");
        Button create = new Button(text.get("ui.amend.new"));
        create.setId("amend-new");
        create.setOnAction(event -> controller.newAmendment());
        Button refresh = new Button(text.get("ui.amend.refresh"));
        refresh.setId("amend-refresh");
        refresh.setOnAction(event -> controller.refreshState());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, refresh, create);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 10, 0, 0));

        count.setId("amend-count");
        count.getStyleClass().add("dialog-note");
        VBox left = new VBox(6, filters.node(), list, count);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(300);

        SplitPane split = new SplitPane(left, detail.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);

        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.getStyleClass().add("amendments-window");
        return root;
    }

    private void select(AmendmentSummary summary) {
        if (summary == null) {
            // A refresh replaces the rows; the selection comes back in afterListChange.
            return;
        }
        selectedId = summary.id();
        controller.loadDetail(summary, detail);
    }

    /**
     * Shows the count and the empty state once the list was read: an empty list set to empty again fires no change,
     * which left "Reading the amendments…" on screen for good.
     */
    void listRead() {
        afterListChange();
    }

    /** Keeps the same amendment selected when the rows are replaced, and updates the count. */
    private void afterListChange() {
        AmendmentListModel model = controller.model();
        count.setText(text.get("ui.amend.list.count", model.shown().size(), model.all().size()));
        list.setPlaceholder(new Label(model.all().isEmpty() ? text.get("ui.amend.list.empty")
                : text.get("ui.amend.list.noneMatch")));
        if (selectedId == null) {
            return;
        }
        Optional<AmendmentSummary> same = model.shown().stream()
                .filter(summary -> summary.id().equals(selectedId)).findFirst();
        if (same.isPresent()) {
            if (list.getSelectionModel().getSelectedItem() != same.get()) {
                list.getSelectionModel().select(same.get());
            }
        } else {
            list.getSelectionModel().clearSelection();
            selectedId = null;
            detail.clear();
        }
    }

    private final class DetailListener implements AmendmentDetail.Listener {

        @Override
        public void act(AmendmentActions.Action action) {
            selected().ifPresent(summary -> controller.act(summary, action));
        }

        @Override
        public void argue(String value, Stance stance) {
            selected().ifPresent(summary -> controller.argue(summary, value, stance, detail));
        }

        @Override
        public void commentParagraph(org.charta.core.diff.SectionComparison section,
                                     org.charta.core.diff.ParagraphChange change) {
            selected().ifPresent(summary -> controller.commentParagraph(summary, section, change, detail));
        }

        @Override
        public void cast(VoteChoice choice, String reason) {
            selected().ifPresent(summary -> controller.cast(summary, choice, reason, detail));
        }

        @Override
        public void openVote() {
            act(AmendmentActions.Action.OPEN_VOTE);
        }

        @Override
        public void closeVote() {
            act(AmendmentActions.Action.CLOSE_VOTE);
        }
    }
}
