package org.charta.ui.conflict;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.ui.app.UiText;
import org.charta.ui.app.WindowOrientation;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The window in which a person settles the conflicts of a sync: for each, the common version, the local one and
 * the shared one with the changed words highlighted, and a choice of what to keep. The dialog only reports
 * choices to its {@link Listener}; it writes nothing, so nothing is recorded until the listener acts on
 * {@link Listener#finish()}.
 */
public final class ConflictDialog {

    /** Receives the person's decisions. Every method runs on the JavaFX thread. */
    public interface Listener {

        /**
         * Stores the choice for one conflict, so that it survives closing the dialog. Typing into the result
         * reports an {@link org.charta.core.merge.Choice#EDITED} choice after a short pause, and before any
         * navigation, finish or close.
         */
        void chosen(String conflictId, Resolution resolution);

        /** Completes the sync with the choices reported so far; every conflict then has one. */
        void finish();

        /** Aborts the sync, after the person confirmed it. */
        void abort();

        /** Reports that the window closed without finish or abort, so the status bar can show that conflicts wait. */
        default void closed() {
        }
    }

    /**
     * What stopped on conflicts: a sync, the merge of an amendment (its text is "theirs"), or the update of an
     * amendment with the text it started from (its text is "ours"). The dialog's heading, note and finish button
     * name what finishing does, and the panes and choices name the two sides.
     */
    public enum Purpose {
        SYNC("ui.conflict.intro.heading", "ui.conflict.intro.note", "ui.conflict.finish"),
        AMENDMENT("ui.conflict.amendment.heading", "ui.conflict.amendment.note", "ui.conflict.amendment.finish"),
        AMENDMENT_UPDATE("ui.conflict.amendment.heading", "ui.conflict.amendment.note",
                "ui.conflict.amendment.finish");

        private final String headingKey;
        private final String noteKey;
        private final String finishKey;

        Purpose(String headingKey, String noteKey, String finishKey) {
            this.headingKey = headingKey;
            this.noteKey = noteKey;
            this.finishKey = finishKey;
        }
    }

    /** Delay after the last keystroke in the result before the edited text is reported. */
    static final Duration EDIT_REPORT_DELAY = Duration.millis(600);

    private static final Logger LOG = LoggerFactory.getLogger(ConflictDialog.class);
    private static final URL STYLESHEET = ConflictDialog.class.getResource("/org/charta/ui/charta.css");

    private final UiText text;
    private final ConflictWording wording;
    private final Purpose purpose;
    private final Listener listener;
    private final ConflictChoices choices;
    private final ConflictList list;
    private final ConflictDetail detail;
    private final Stage stage = new Stage();
    private final Button finish = new Button();
    private final Button abort = new Button();
    private final Button close = new Button();
    private final Debouncer editReport;
    private Conflict editedConflict;
    private boolean ended;

    private ConflictDialog(Window owner, UiText text, Purpose purpose, List<Conflict> conflicts,
                           Map<String, Resolution> chosenSoFar, Function<String, String> sectionTitle,
                           Listener listener) {
        this.text = text;
        this.purpose = purpose;
        this.listener = listener;
        ConflictLabels labels = new ConflictLabels(text, sectionTitle);
        wording = new ConflictWording(text, purpose);
        choices = new ConflictChoices(ConflictList.grouped(conflicts, labels), chosenSoFar);
        editReport = new Debouncer(EDIT_REPORT_DELAY, this::reportEdit);
        list = new ConflictList(choices, labels);
        detail = new ConflictDetail(choices, labels, wording, this::choose);
        choices.selectedProperty().addListener((observable, before, index) -> editReport.flush());

        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        stage.setTitle(text.get("ui.conflict.title"));
        stage.setScene(createScene());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnHidden(event -> closedWithoutEnding());
    }

    /**
     * Opens the dialog on a list of conflicts.
     *
     * @param owner        the main window, which the dialog blocks while it is open; null for none
     * @param conflicts    the conflicts, in manifest order of their sections; the list groups them by section
     * @param chosenSoFar  choices already made, by {@link Conflict#id()}, which the dialog shows as made
     * @param sectionTitle returns the title of a section by its id, or null for an unknown id
     * @param listener     receives each choice, and finish or abort
     */
    public static ConflictDialog show(Window owner, UiText text, List<Conflict> conflicts,
                                      Map<String, Resolution> chosenSoFar, Function<String, String> sectionTitle,
                                      Listener listener) {
        return show(owner, text, Purpose.SYNC, conflicts, chosenSoFar, sectionTitle, listener);
    }

    /** Opens the dialog as {@link #show(Window, UiText, List, Map, Function, Listener)} does, for a purpose. */
    public static ConflictDialog show(Window owner, UiText text, Purpose purpose, List<Conflict> conflicts,
                                      Map<String, Resolution> chosenSoFar, Function<String, String> sectionTitle,
                                      Listener listener) {
        ConflictDialog dialog = new ConflictDialog(owner, text, purpose, conflicts, chosenSoFar, sectionTitle,
                listener);
        LOG.info("Conflict dialog opened with {} conflicts, {} already chosen", conflicts.size(),
                dialog.choices.resolvedCountBinding().get());
        dialog.stage.show();
        dialog.list.tree().requestFocus();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    /** Closes the window, reporting an edit still waiting for its pause; the choices stay with the listener. */
    public void close() {
        stage.hide();
    }

    ConflictChoices choices() {
        return choices;
    }

    ConflictDetail detail() {
        return detail;
    }

    /** Returns the group titles of the list, in order. */
    List<String> listGroups() {
        return list.tree().getRoot().getChildren().stream().map(item -> item.getValue().title()).toList();
    }

    private Scene createScene() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("conflict-window");
        root.setTop(createIntro());
        SplitPane split = new SplitPane(list.node(), detail.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        split.getStyleClass().add("conflict-split");
        SplitPane.setResizableWithParent(list.node(), false);
        root.setCenter(split);
        root.setBottom(createButtons());

        Scene scene = new Scene(root, 1180, 720);
        WindowOrientation.apply(scene, text);
        if (STYLESHEET != null) {
            scene.getStylesheets().add(STYLESHEET.toExternalForm());
        }
        addShortcuts(scene);
        return scene;
    }

    private Node createIntro() {
        Label heading = new Label(text.get(purpose.headingKey, choices.conflicts().size()));
        heading.getStyleClass().add("window-heading");
        heading.setId("conflict-intro");
        Label note = new Label(text.get(purpose.noteKey));
        note.getStyleClass().add("dialog-note");
        note.setWrapText(true);
        VBox intro = new VBox(2, heading, note);
        intro.getStyleClass().add("conflict-intro");
        intro.setPadding(new Insets(0, 0, 8, 0));
        return intro;
    }

    private Node createButtons() {
        abort.setId("conflict-abort");
        abort.setText(wording.get("ui.conflict.abort"));
        abort.setOnAction(event -> confirmAbort());
        close.setId("conflict-close");
        close.setText(text.get("ui.conflict.close"));
        close.setCancelButton(true);
        close.setOnAction(event -> close());
        finish.setId("conflict-finish");
        finish.setText(text.get(purpose.finishKey));
        finish.getStyleClass().add("conflict-finish");
        finish.disableProperty().bind(choices.allResolvedBinding().not());
        finish.setOnAction(event -> finishSync());

        Label hint = new Label();
        hint.setId("conflict-finish-hint");
        hint.getStyleClass().add("dialog-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(choices.allResolvedBinding())
                .then(text.get("ui.conflict.finish.ready")).otherwise(text.get("ui.conflict.finish.waiting")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, abort, spacer, hint, close, finish);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("conflict-buttons");
        buttons.setPadding(new Insets(10, 14, 12, 14));
        return buttons;
    }

    private void addShortcuts(Scene scene) {
        KeyCombination nextKey = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
        KeyCombination previousKey = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (nextKey.match(event)) {
                choices.selectNext();
                event.consume();
            } else if (previousKey.match(event)) {
                choices.selectPrevious();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown() && !event.isAltDown()) {
                // The conflict list consumes Escape, so the Close button as cancel button would miss it there.
                close();
                event.consume();
            }
        });
    }

    /** Stores a choice and reports it; typing is reported once the person pauses, so not on every keystroke. */
    private void choose(Conflict conflict, Resolution resolution, boolean typing) {
        if (editedConflict != null && editedConflict != conflict) {
            editReport.flush();
        }
        if (!choices.choose(conflict, resolution)) {
            return;
        }
        if (typing) {
            editedConflict = conflict;
            editReport.trigger();
            return;
        }
        editReport.cancel();
        editedConflict = null;
        report(conflict, resolution);
    }

    private void reportEdit() {
        Conflict conflict = editedConflict;
        editedConflict = null;
        if (conflict != null) {
            choices.resolution(conflict).ifPresent(resolution -> report(conflict, resolution));
        }
    }

    private void report(Conflict conflict, Resolution resolution) {
        try {
            listener.chosen(conflict.id(), resolution);
        } catch (RuntimeException error) {
            LOG.error("Storing the choice {} for conflict {} failed", resolution.choice(), conflict.id(), error);
            Dialogs.showError(stage, text, text.get("ui.conflict.chooseFailed"), error);
        }
    }

    private void finishSync() {
        editReport.flush();
        if (!choices.allResolvedBinding().get()) {
            return;
        }
        ended = true;
        LOG.info("Conflict dialog finished with {} choices", choices.conflicts().size());
        stage.hide();
        listener.finish();
    }

    private void confirmAbort() {
        boolean confirmed = Dialogs.confirm(stage, text, wording.get("ui.conflict.abort.header"),
                wording.get("ui.conflict.abort.message"), wording.get("ui.conflict.abort.confirm"),
                text.get("ui.conflict.abort.continue"));
        if (!confirmed) {
            return;
        }
        editReport.cancel();
        ended = true;
        LOG.info("Conflict dialog: sync aborted by the person");
        stage.hide();
        listener.abort();
    }

    private void closedWithoutEnding() {
        if (ended) {
            return;
        }
        editReport.flush();
        ended = true;
        LOG.info("Conflict dialog closed with {} of {} conflicts chosen", choices.resolvedCountBinding().get(),
                choices.conflicts().size());
        listener.closed();
    }
}
