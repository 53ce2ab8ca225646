package org.charta.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.charta.ui.editor.EditorViewModel;
import org.charta.core.git.Incoming;
import org.charta.ui.editor.SaveState;
import org.charta.ui.sync.FxTaskProgress;
import org.charta.ui.sync.StatusViewModel;

/**
 * The status bar: whether the open section is saved, how many sections are not yet recorded, commits
 * ahead of and behind the shared remote, whether it was reachable, the last sync, and running work.
 */
public final class StatusBar {

    private final HBox root = new HBox(10);
    private final UiText text;

    public StatusBar(EditorViewModel editor, StatusViewModel status, UiText text) {
        this.text = text;
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);

        Label save = label("status-save");
        save.textProperty().bind(Bindings.createStringBinding(() -> saveText(editor.saveStateProperty().get()),
                editor.saveStateProperty()));
        editor.saveStateProperty().addListener((observable, previous, state) -> styleSave(save, state));
        styleSave(save, editor.saveStateProperty().get());
        Tooltip saveTooltip = new Tooltip();
        saveTooltip.textProperty().bind(editor.saveErrorProperty());
        save.tooltipProperty().bind(Bindings.when(editor.saveErrorProperty().isEmpty())
                .then((Tooltip) null).otherwise(saveTooltip));

        Label unrecorded = label("status-unrecorded");
        unrecorded.textProperty().bind(Bindings.createStringBinding(() -> unrecordedText(status),
                status.unrecordedSectionsProperty(), status.unrecordedPathsProperty()));
        Tooltip pathsTooltip = new Tooltip();
        pathsTooltip.textProperty().bind(Bindings.createStringBinding(
                () -> status.unrecordedPathsProperty().get().isEmpty() ? text.get("ui.status.allRecorded")
                        : String.join("\n", status.unrecordedPathsProperty().get()),
                status.unrecordedPathsProperty()));
        unrecorded.setTooltip(pathsTooltip);

        Label aheadBehind = label("status-ahead-behind");
        aheadBehind.textProperty().bind(aheadBehindText(status));
        aheadBehind.setTooltip(new Tooltip(text.get("ui.status.aheadBehind.tooltip")));

        Label remote = label("status-remote");
        remote.textProperty().bind(Bindings.createStringBinding(() -> remoteText(status),
                status.hasRemoteProperty(), status.offlineProperty(), status.indexLockedProperty()));
        Tooltip remoteTooltip = new Tooltip();
        remoteTooltip.textProperty().bind(status.remoteUrlProperty());
        remote.setTooltip(remoteTooltip);
        status.offlineProperty().addListener((observable, previous, offline) ->
                toggle(remote, "status-warning", offline));
        status.indexLockedProperty().addListener((observable, previous, locked) ->
                toggle(remote, "status-error", locked));

        Label lastSync = label("status-last-sync");
        lastSync.textProperty().bind(status.lastSyncProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label incoming = incomingLabel(status);

        FxTaskProgress task = status.progress();
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("status-progress");
        progress.setPrefSize(16, 16);
        // The bar with its Cancel button replaces the spinner while an operation reports its progress.
        progress.visibleProperty().bind(status.busyProperty().and(task.activeProperty().not()));
        progress.managedProperty().bind(progress.visibleProperty());
        Label activity = label("status-activity");
        activity.textProperty().bind(status.activityProperty());

        root.getChildren().addAll(save, separator(), unrecorded, separator(), aheadBehind, separator(), remote,
                separator(), lastSync, incoming, spacer, progress, activity, progressBar(task), cancelButton(task));
    }

    public Node node() {
        return root;
    }

    /** Builds the count of shared commits not yet merged, hidden while there are none. */
    private Label incomingLabel(StatusViewModel status) {
        Label incoming = label("status-incoming");
        incoming.getStyleClass().add("status-warning");
        incoming.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("ui.incoming.status", status.incomingProperty().get().commits()),
                status.incomingProperty()));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> incomingTooltip(status.incomingProperty().get()),
                status.incomingProperty()));
        incoming.setTooltip(tooltip);
        incoming.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !status.incomingProperty().get().isEmpty(), status.incomingProperty()));
        incoming.managedProperty().bind(incoming.visibleProperty());
        return incoming;
    }

    private String incomingTooltip(Incoming incoming) {
        return incoming.authors().isEmpty() ? text.get("ui.incoming.status.tooltipNoAuthor")
                : text.get("ui.incoming.status.tooltip", String.join(", ", incoming.authors()));
    }

    private static ProgressBar progressBar(FxTaskProgress task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress-bar");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(task.fractionProperty());
        bar.visibleProperty().bind(task.activeProperty());
        bar.managedProperty().bind(task.activeProperty());
        Tooltip phase = new Tooltip();
        phase.textProperty().bind(task.phaseProperty());
        bar.setTooltip(phase);
        return bar;
    }

    private Button cancelButton(FxTaskProgress task) {
        Button cancel = new Button(text.get("ui.progress.cancel"));
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(event -> task.cancel());
        cancel.disableProperty().bind(task.cancelRequestedProperty());
        cancel.visibleProperty().bind(task.activeProperty());
        cancel.managedProperty().bind(task.activeProperty());
        return cancel;
    }

    private String saveText(SaveState state) {
        return switch (state) {
            case SAVED -> text.get("ui.status.saved");
            case UNSAVED -> text.get("ui.status.unsaved");
            case SAVING -> text.get("ui.status.saving");
            case FAILED -> text.get("ui.status.saveFailed");
        };
    }

    /** Counts unrecorded sections; outline or comment changes alone get their own wording. */
    private String unrecordedText(StatusViewModel status) {
        int sections = status.unrecordedSectionsProperty().get();
        if (sections == 0 && !status.unrecordedPathsProperty().get().isEmpty()) {
            return text.get("ui.status.otherUnrecorded");
        }
        return text.get("ui.status.unrecorded", sections);
    }

    private StringBinding aheadBehindText(StatusViewModel status) {
        return Bindings.createStringBinding(() -> text.get("ui.status.aheadBehind",
                        status.aheadProperty().get(), status.behindProperty().get()),
                status.aheadProperty(), status.behindProperty());
    }

    private String remoteText(StatusViewModel status) {
        if (status.indexLockedProperty().get()) {
            return text.get("ui.status.locked");
        }
        if (!status.hasRemoteProperty().get()) {
            return text.get("ui.status.noRemote");
        }
        return status.offlineProperty().get() ? text.get("ui.status.offline") : text.get("ui.status.online");
    }

    private static void styleSave(Label label, SaveState state) {
        toggle(label, "status-error", state == SaveState.FAILED);
        toggle(label, "status-pending", state == SaveState.UNSAVED || state == SaveState.SAVING);
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
