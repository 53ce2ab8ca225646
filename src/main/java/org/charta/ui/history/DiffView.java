package org.charta.ui.history;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.DiffSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference shown inline: deleted words struck through in red, inserted words underlined in
 * green, unchanged text as it is.
 */
public final class DiffView {

    static final String DELETED_STYLE = "diff-deleted";
    static final String INSERTED_STYLE = "diff-inserted";
    static final String EQUAL_STYLE = "diff-equal";

    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);

    public DiffView() {
        flow.setId("diff-flow");
        flow.getStyleClass().add("diff-flow");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
    }

    public Node node() {
        return scroll;
    }

    public void show(List<DiffSegment> segments) {
        List<Text> texts = new ArrayList<>(segments.size());
        for (DiffSegment segment : segments) {
            Text text = new Text(segment.text());
            text.getStyleClass().add(styleOf(segment.kind()));
            if (segment.kind() == DiffSegment.Kind.DELETED) {
                text.setStrikethrough(true);
            } else if (segment.kind() == DiffSegment.Kind.INSERTED) {
                text.setUnderline(true);
            }
            texts.add(text);
        }
        flow.getChildren().setAll(texts);
        scroll.setVvalue(0);
    }

    public void showMessage(String message) {
        Text text = new Text(message);
        text.getStyleClass().add("diff-message");
        flow.getChildren().setAll(text);
    }

    /** Returns the texts shown, each with its diff style class, for tests and summaries. */
    public List<Text> texts() {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static String styleOf(DiffSegment.Kind kind) {
        return switch (kind) {
            case DELETED -> DELETED_STYLE;
            case INSERTED -> INSERTED_STYLE;
            case EQUAL -> EQUAL_STYLE;
        };
    }
}
