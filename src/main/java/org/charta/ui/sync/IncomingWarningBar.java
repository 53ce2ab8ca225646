package org.charta.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.charta.ui.app.UiText;

/**
 * The bar above the editor that warns when someone else changed the open section on the shared remote and the
 * change is not synced yet. Its Sync button runs the window's sync, which merges and keeps the local edits.
 */
public final class IncomingWarningBar {

    private final HBox root = new HBox(10);

    public IncomingWarningBar(StatusViewModel status, ObservableStringValue openSectionId, UiText text,
                              Runnable sync) {
        Label message = new Label(text.get("ui.incoming.warning"));
        message.setId("incoming-warning-text");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button syncButton = new Button(text.get("ui.incoming.sync"));
        syncButton.setId("incoming-warning-sync");
        syncButton.setMinWidth(Button.USE_PREF_SIZE);
        syncButton.setOnAction(event -> sync.run());
        syncButton.disableProperty().bind(status.busyProperty());

        root.getChildren().addAll(message, syncButton);
        root.setId("incoming-warning");
        root.getStyleClass().add("incoming-warning");
        root.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> openSectionId.get() != null
                        && status.incomingProperty().get().sectionIds().contains(openSectionId.get()),
                openSectionId, status.incomingProperty());
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
    }

    public Node node() {
        return root;
    }
}
