package org.charta.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.charta.ui.editor.EditorViewModel;
import org.charta.ui.editor.SaveState;
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

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("status-progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(status.busyProperty());
        Label activity = label("status-activity");
        activity.textProperty().bind(status.activityProperty());

        root.getChildren().addAll(save, separator(), unrecorded, separator(), aheadBehind, separator(), remote,
                separator(), lastSync, spacer, progress, activity);
    }

    public Node node() {
        return root;
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
