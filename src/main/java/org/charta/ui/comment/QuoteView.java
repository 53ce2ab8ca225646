package org.charta.ui.comment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.DiffSegment;
import org.charta.ui.amend.DiffFlows;
import org.charta.ui.conflict.TextDirection;

import java.util.List;

/**
 * A quoted phrase with a bar on the side where the quote starts: the left for English, the right for Arabic.
 *
 * <p>The bar belongs to a box that reads in the quote's direction, because a {@link TextFlow} is never mirrored
 * and would keep a left border on the left of an Arabic quote. A right-to-left quote shows as a flow of one node per
 * word: JavaFX 21 garbles right-to-left text that wraps inside one Label, and a Label in a right-to-left window
 * moved the percent sign of "50%" before the number.
 */
final class QuoteView {

    static final String BAR_STYLE = "quote-bar";

    private final Label label = new Label();
    private final VBox box = new VBox();
    private TextFlow flow;

    QuoteView() {
        label.getStyleClass().add("thread-quote");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().add(BAR_STYLE);
        box.getChildren().add(label);
    }

    Node node() {
        return box;
    }

    /** The label that contains the quote's text, also when a flow shows it. */
    Label label() {
        return label;
    }

    /** The flow that shows a right-to-left quote, or null for a left-to-right one. */
    TextFlow flow() {
        return flow;
    }

    /** Shows {@code shown}, the quote with its quotation marks, in the direction of the quoted {@code original}. */
    void show(String shown, String original) {
        label.setText(shown);
        CommentsPane.setUpright(label, original);
        box.setNodeOrientation(TextDirection.of(original));
        boolean rightToLeft = CommentsPane.hasRightToLeft(original);
        label.setVisible(!rightToLeft);
        label.setManaged(!rightToLeft);
        if (!rightToLeft) {
            flow = null;
            box.getChildren().setAll(label);
            return;
        }
        flow = DiffFlows.inline(List.of(new DiffSegment(DiffSegment.Kind.EQUAL, shown)), original);
        flow.getStyleClass().addAll("thread-quote", "quote-upright");
        // A right-to-left flow that grew narrower kept its words where the wider flow had them, outside the card.
        // Kept at its preferred width, a one-line quote keeps its width when the panel narrows.
        flow.setMaxWidth(Region.USE_PREF_SIZE);
        box.getChildren().setAll(label, flow);
    }
}
