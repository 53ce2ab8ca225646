package org.charta.ui.amend;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.charta.ui.app.UiText;

/**
 * The bar above the editor while an amendment is checked out: it names the amendment, so that its text is not
 * mistaken for the main text, and its button goes back to the main text. While the amendment's vote is open, it
 * warns that editing the text stops the vote from closing. Hidden while the main text is edited.
 */
public final class AmendmentBanner {

    private final HBox root = new HBox(10);

    /** @param voting whether the vote on the checked-out amendment is open */
    public AmendmentBanner(StringExpression editedId, ObservableStringValue editedTitle,
                           ObservableBooleanValue voting, UiText text, Runnable backToMain) {
        Label message = new Label();
        message.setId("amend-banner-text");
        message.textProperty().bind(Bindings.createStringBinding(() -> editedTitle.get() == null ? ""
                : text.get(voting.get() ? "ui.amend.banner.voting" : "ui.amend.banner", editedTitle.get()),
                editedTitle, voting));
        // The sentence wraps rather than cut the amendment's title, and the button keeps its full label.
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        message.setMinHeight(Label.USE_PREF_SIZE);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(message.textProperty());
        message.setTooltip(tooltip);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button back = new Button(text.get("ui.amend.banner.back"));
        back.setId("amend-banner-back");
        back.setMinWidth(Button.USE_PREF_SIZE);
        back.setOnAction(event -> backToMain.run());

        root.getChildren().addAll(message, back);
        root.setId("amend-banner");
        root.getStyleClass().add("amend-banner");
        root.setAlignment(Pos.CENTER_LEFT);
        root.visibleProperty().bind(editedId.isNotNull());
        root.managedProperty().bind(editedId.isNotNull());
    }

    public Node node() {
        return root;
    }
}
