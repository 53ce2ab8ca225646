package org.charta.ui.release;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.charta.core.diff.SectionComparison;
import org.charta.core.release.Release;
import org.charta.core.release.Releases;
import org.charta.ui.amend.AmendmentLabels;
import org.charta.ui.amend.ComparisonView;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.app.WindowOrientation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The releases of the charter, newest first, with their notes, and a comparison of any two of them (or of one with
 * the main text as it is now): a summary per section, then the diff. Git and diff work runs on the serial lane.
 */
public final class ReleasesWindow {

    /** Stands for the main text as it is now in the two release choices. */
    static final String MAIN = "main";

    /** Below this size the comparison's table and diff no longer show a whole row. */
    public static final double MIN_WIDTH = 760;
    public static final double MIN_HEIGHT = 480;

    private final AppContext context;
    private final UiText text;
    private final AmendmentLabels labels;
    private final Stage stage = new Stage();
    private final ListView<Release> releases = new ListView<>();
    private final TextArea notes = new TextArea();
    private final ComboBox<String> from = new ComboBox<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final Button compare = new Button();
    private final Button tag = new Button();
    private final TableView<SectionSummary> summary = new TableView<>();
    private final ComparisonView comparison;
    private List<SectionComparison> compared = List.of();
    private long generation;

    ReleasesWindow(AppContext context, AmendmentLabels labels, Runnable onTag) {
        this.context = context;
        this.text = context.text();
        this.labels = labels;
        this.comparison = new ComparisonView(context.executor(), labels);
        tag.setId("release-tag");
        tag.setText(text.get("ui.release.tag.button"));
        tag.setOnAction(event -> onTag.run());
        stage.initOwner(context.stage());
        stage.setTitle(text.get("ui.release.window.title"));
        stage.getIcons().setAll(context.stage().getIcons());
        Scene scene = new Scene(layout(), 1180, 760);
        WindowOrientation.apply(scene, text);
        scene.getStylesheets().setAll(context.stage().getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    public Stage stage() {
        return stage;
    }

    public ListView<Release> releaseList() {
        return releases;
    }

    public TableView<SectionSummary> summaryTable() {
        return summary;
    }

    public ComparisonView comparison() {
        return comparison;
    }

    public ComboBox<String> fromChoice() {
        return from;
    }

    public ComboBox<String> toChoice() {
        return to;
    }

    void show() {
        stage.sizeToScene();
        stage.show();
        // A window manager such as openbox may map the window before its scene is measured and keep a tiny size.
        Platform.runLater(this::growToMinimum);
    }

    private void growToMinimum() {
        if (stage.getWidth() < MIN_WIDTH || stage.getHeight() < MIN_HEIGHT) {
            stage.sizeToScene();
        }
    }

    /** Shows the Tag button only to coordinators. */
    void setMayTag(boolean mayTag) {
        tag.setVisible(mayTag);
        tag.setManaged(mayTag);
    }

    /** Reads the releases and compares the two newest (or the newest with the main text). */
    void load() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("list releases", () -> Releases.list(session.repository()), this::showReleases,
                error -> {
                    releases.setPlaceholder(wrapped(text.describe(error)));
                    comparison.showMessage(text.describe(error));
                });
    }

    /** Compares the two chosen versions. */
    public void compareChosen() {
        CharterSession session = context.session();
        String older = from.getValue();
        String newer = to.getValue();
        if (session == null || older == null || newer == null) {
            return;
        }
        long requested = ++generation;
        comparison.showMessage(text.get("ui.release.comparing"));
        summary.getItems().clear();
        context.executor().submit("compare releases " + older + " and " + newer,
                () -> Releases.compare(session.repository(), older, newer).sections(), sections -> {
                    if (requested != generation) {
                        return;
                    }
                    compared = sections;
                    summary.getItems().setAll(SectionSummary.of(sections));
                    comparison.show(sections);
                }, error -> {
                    if (requested == generation) {
                        comparison.showMessage(text.describe(error));
                    }
                });
    }

    private void showReleases(List<Release> list) {
        releases.setPlaceholder(wrapped(text.get("ui.release.none")));
        releases.getItems().setAll(list);
        List<String> choices = new ArrayList<>();
        list.forEach(release -> choices.add(release.tag()));
        choices.add(MAIN);
        String previousFrom = from.getValue();
        String previousTo = to.getValue();
        from.getItems().setAll(choices);
        to.getItems().setAll(choices);
        if (previousFrom != null && choices.contains(previousFrom) && previousTo != null
                && choices.contains(previousTo)) {
            from.setValue(previousFrom);
            to.setValue(previousTo);
        } else if (list.size() >= 2) {
            from.setValue(list.get(1).tag());
            to.setValue(list.get(0).tag());
        } else if (list.size() == 1) {
            from.setValue(list.get(0).tag());
            to.setValue(MAIN);
        }
        if (!list.isEmpty()) {
            releases.getSelectionModel().select(0);
            compareChosen();
        } else {
            comparison.showMessage(text.get("ui.release.none"));
        }
    }

    private BorderPane layout() {
        Label heading = new Label(text.get("ui.release.window.heading"));
        heading.getStyleClass().add("window-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, tag);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 10, 0, 0));

        SplitPane split = new SplitPane(left(), right());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.getStyleClass().add("releases-window");
        return root;
    }

    private VBox left() {
        releases.setId("release-list");
        releases.setCellFactory(view -> new ReleaseCell(text));
        releases.setPlaceholder(new Label(text.get("ui.release.loading")));
        notes.setId("release-notes-shown");
        FieldDirection.followText(notes);
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(8);
        releases.getSelectionModel().selectedItemProperty().addListener((observable, previous, release) ->
                notes.setText(release == null ? "" : release.notes()));
        Label notesTitle = new Label(text.get("ui.release.notes"));
        notesTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(6, releases, notesTitle, notes);
        VBox.setVgrow(releases, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        return left;
    }

    private VBox right() {
        from.setId("release-from");
        to.setId("release-to");
        versionCells(from);
        versionCells(to);
        compare.setId("release-compare");
        compare.setText(text.get("ui.release.compare"));
        compare.setOnAction(event -> compareChosen());
        compare.disableProperty().bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        HBox choices = new HBox(8, new Label(text.get("ui.release.from")), from, new Label(text.get("ui.release.to")),
                to, compare);
        choices.setAlignment(Pos.CENTER_LEFT);

        createSummaryTable();
        summary.getSelectionModel().selectedItemProperty().addListener((observable, previous, row) ->
                comparison.show(row == null ? compared : List.of(row.section())));
        SplitPane parts = new SplitPane(summary, comparison.node());
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.3);
        VBox right = new VBox(8, choices, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        return right;
    }

    private void createSummaryTable() {
        summary.setId("release-summary");
        summary.setPlaceholder(new Label(text.get("ui.release.noDifference")));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.getColumns().setAll(List.of(
                textColumn("ui.release.column.section", row -> labels.title(row.section()), 240),
                textColumn("ui.release.column.status", row -> status(row.section()), 110),
                numberColumn("ui.release.column.changed", SectionSummary::changed),
                numberColumn("ui.release.column.inserted", SectionSummary::inserted),
                numberColumn("ui.release.column.deleted", SectionSummary::deleted),
                numberColumn("ui.release.column.moved", SectionSummary::moved),
                numberColumn("ui.release.column.layout", SectionSummary::layoutOnly)));
        summary.getColumns().get(summary.getColumns().size() - 1).setPrefWidth(130);
    }

    private String status(SectionComparison section) {
        String status = switch (section.status()) {
            case ADDED -> text.get("ui.release.status.added");
            case DELETED -> text.get("ui.release.status.deleted");
            case CHANGED -> text.get("ui.release.status.changed");
            case UNCHANGED -> text.get("ui.release.status.unchanged");
        };
        return section.movedInOrder() ? text.get("ui.release.status.reordered", status) : status;
    }

    private TableColumn<SectionSummary, String> textColumn(String key, Function<SectionSummary, String> value,
                                                           double width) {
        TableColumn<SectionSummary, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<SectionSummary, Integer> numberColumn(String key, Function<SectionSummary, Integer> value) {
        TableColumn<SectionSummary, Integer> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(90);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private void versionCells(ComboBox<String> box) {
        Callback<ListView<String>, ListCell<String>> cells = view -> new ListCell<>() {
            @Override
            protected void updateItem(String tagName, boolean empty) {
                super.updateItem(tagName, empty);
                setText(empty || tagName == null ? null : versionName(tagName));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    private String versionName(String tagName) {
        if (MAIN.equals(tagName)) {
            return text.get("ui.release.mainNow");
        }
        return releases.getItems().stream().filter(release -> Objects.equals(release.tag(), tagName))
                .map(Release::name).findFirst().orElse(tagName);
    }

    private static Label wrapped(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.setPadding(new Insets(8));
        return label;
    }

    /** A release in the list: its name, then date, tagger and tag. */
    private static final class ReleaseCell extends ListCell<Release> {

        private final UiText text;

        ReleaseCell(UiText text) {
            this.text = text;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Release release, boolean empty) {
            super.updateItem(release, empty);
            setText(null);
            if (empty || release == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(release.name());
            name.getStyleClass().add("revision-message");
            Label details = new Label(text.get("ui.release.details", date(release.date()), release.tagger(),
                    release.tag()));
            details.getStyleClass().add("revision-details");
            setGraphic(new VBox(2, name, details));
        }

        private String date(String value) {
            try {
                return value == null ? "" : text.dateTime(Instant.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
    }
}
