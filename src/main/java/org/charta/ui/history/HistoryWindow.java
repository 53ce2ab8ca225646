package org.charta.ui.history;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;
import org.charta.core.git.History;
import org.charta.core.git.Revision;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.charta.ui.app.WindowOrientation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The history of one section: its revisions, newest first. Selecting one compares it with the working
 * text, and selecting two compares the older with the newer, word by word.
 */
public final class HistoryWindow {

    /** Maximum number of revisions listed, because older ones are rarely compared and slow the first display. */
    static final int MAX_REVISIONS = 500;

    private final AppContext context;
    private final UiText text;
    private final String sectionId;
    private final Supplier<String> workingText;
    private final Stage stage = new Stage();
    private final ListView<Revision> revisions = new ListView<>();
    private final Label compare = new Label();
    private final Label summary = new Label();
    private final DiffView diff = new DiffView();
    private String sectionPath;
    private long generation;

    private HistoryWindow(AppContext context, String sectionId, String title, Supplier<String> workingText) {
        this.context = context;
        this.text = context.text();
        this.sectionId = sectionId;
        this.workingText = workingText;
        stage.initOwner(context.stage());
        stage.setTitle(text.get("ui.history.title", title));
        stage.getIcons().setAll(context.stage().getIcons());
        Scene scene = new Scene(layout(title), 960, 620);
        WindowOrientation.apply(scene, text);
        scene.getStylesheets().setAll(context.stage().getScene().getStylesheets());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** Opens the history window of a section and starts reading its revisions. */
    public static HistoryWindow open(AppContext context, String sectionId, String title, Supplier<String> workingText) {
        HistoryWindow window = new HistoryWindow(context, sectionId, title, workingText);
        window.stage.show();
        window.load();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Returns the view of the current comparison, for tests. */
    public DiffView diffView() {
        return diff;
    }

    public ListView<Revision> revisionList() {
        return revisions;
    }

    private BorderPane layout(String title) {
        revisions.setId("history-revisions");
        revisions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revisions.setCellFactory(view -> new RevisionCell(text));
        revisions.setPlaceholder(new Label(text.get("ui.history.loading")));
        revisions.getSelectionModel().getSelectedIndices()
                .addListener((ListChangeListener<Integer>) change -> compare());

        Label hint = new Label(text.get("ui.history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("dialog-note");
        VBox left = new VBox(6, hint, revisions);
        left.setPadding(new Insets(8));
        VBox.setVgrow(revisions, Priority.ALWAYS);

        compare.setId("history-compare");
        compare.getStyleClass().add("pane-title");
        compare.setWrapText(true);
        summary.setId("history-summary");
        summary.getStyleClass().add("dialog-note");
        VBox right = new VBox(6, compare, summary, diff.node());
        right.setPadding(new Insets(8));
        VBox.setVgrow(diff.node(), Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.34);

        Label heading = new Label(text.get("ui.history.heading", title));
        heading.getStyleClass().add("window-heading");
        BorderPane root = new BorderPane(split);
        root.setTop(heading);
        root.getStyleClass().add("history-window");
        return root;
    }

    private void load() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        String working = workingText.get();
        context.executor().submit("read history of " + sectionId, () -> {
            // The charter resolves a language version id (article-03@fr) to its translation file as well.
            String path = session.folder().relativize(session.charter().sectionFile(sectionId)).toString()
                    .replace('\\', '/');
            List<Revision> log = History.log(session.repository(), path, MAX_REVISIONS);
            boolean workingIsLatest = !log.isEmpty()
                    && History.readAt(session.repository(), log.get(0).id(), path).orElse("").equals(working);
            return new Loaded(path, log, workingIsLatest);
        }, loaded -> {
            sectionPath = loaded.path();
            revisions.setPlaceholder(new Label(text.get("ui.history.empty")));
            revisions.getItems().setAll(loaded.revisions());
            // With nothing unrecorded, the latest recorded change is the interesting one to show first.
            if (loaded.workingIsLatest() && loaded.revisions().size() >= 2) {
                revisions.getSelectionModel().selectIndices(0, 1);
            } else if (!loaded.revisions().isEmpty()) {
                revisions.getSelectionModel().select(0);
            } else {
                compare();
            }
        }, error -> {
            Label message = new Label(text.describe(error));
            // An error names a path and the fix, which a single line would cut off in this narrow list.
            message.setWrapText(true);
            message.setPadding(new Insets(8));
            revisions.setPlaceholder(message);
            diff.showMessage(text.describe(error));
        });
    }

    /** Reads the selected revisions on the serial lane and diffs them on the compute lane. */
    private void compare() {
        List<Integer> indices = new ArrayList<>(revisions.getSelectionModel().getSelectedIndices());
        indices.removeIf(index -> index == null || index < 0);
        indices.sort(Comparator.reverseOrder());
        long requested = ++generation;
        if (indices.isEmpty() || indices.size() > 2 || sectionPath == null) {
            compare.setText(indices.size() > 2 ? text.get("ui.history.tooMany") : text.get("ui.history.pick"));
            summary.setText("");
            diff.showMessage("");
            return;
        }

        Revision older = revisions.getItems().get(indices.get(0));
        Revision newer = indices.size() == 2 ? revisions.getItems().get(indices.get(1)) : null;
        compare.setText(newer == null
                ? text.get("ui.history.compareWorking", older.shortId())
                : text.get("ui.history.compareTwo", older.shortId(), newer.shortId()));
        String working = workingText.get();
        CharterSession session = context.session();
        String path = sectionPath;
        context.executor().submit("read revisions of " + sectionId, () -> {
            String oldText = History.readAt(session.repository(), older.id(), path).orElse("");
            String newText = newer == null ? working
                    : History.readAt(session.repository(), newer.id(), path).orElse("");
            return List.of(oldText, newText);
        }, pair -> context.executor().compute("word diff of " + sectionId,
                () -> WordDiff.diffByParagraph(pair.get(0), pair.get(1)),
                segments -> show(segments, requested),
                error -> diff.showMessage(text.describe(error))),
                error -> diff.showMessage(text.describe(error)));
    }

    private void show(List<DiffSegment> segments, long requested) {
        if (requested != generation) {
            return;
        }
        long inserted = segments.stream().filter(segment -> segment.kind() == DiffSegment.Kind.INSERTED).count();
        long deleted = segments.stream().filter(segment -> segment.kind() == DiffSegment.Kind.DELETED).count();
        summary.setText(inserted + deleted == 0 ? text.get("ui.history.noChange")
                : text.get("ui.history.summary", inserted, deleted));
        diff.show(segments);
    }

    private record Loaded(String path, List<Revision> revisions, boolean workingIsLatest) {
    }

    /** A revision as the list shows it: the first line of its message, then author, date and short id. */
    private static final class RevisionCell extends ListCell<Revision> {

        private final UiText text;

        RevisionCell(UiText text) {
            this.text = text;
            // Long lines are cut with an ellipsis instead of widening the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Revision revision, boolean empty) {
            super.updateItem(revision, empty);
            if (empty || revision == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label message = new Label(revision.message().strip().lines().findFirst().orElse(""));
            message.getStyleClass().add("revision-message");
            Label details = new Label(text.get("ui.history.revision", revision.authorName(),
                    text.dateTime(revision.time()), revision.shortId()));
            details.getStyleClass().add("revision-details");
            setText(null);
            setGraphic(new VBox(2, message, details));
        }
    }
}
