package org.charta.ui.history;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.DiffSegment;
import org.charta.ui.amend.DiffFlows;
import org.charta.ui.conflict.TextDirection;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference shown inline: deleted words struck through in red, inserted words underlined in
 * green, unchanged text as it is.
 *
 * <p>Each line of the section is its own flow, reading in the direction of its own first strong character, and
 * each word is its own {@link Text} node: JavaFX 21 clips the start of an Arabic run that wraps inside one Text
 * node (see {@link DiffFlows}), and one flow for the whole section gave every line the first line's direction.
 */
public final class DiffView {

    static final String DELETED_STYLE = "diff-deleted";
    static final String INSERTED_STYLE = "diff-inserted";
    static final String EQUAL_STYLE = "diff-equal";

    private final VBox lines = new VBox();
    private final ScrollPane scroll = new ScrollPane(lines);

    public DiffView() {
        lines.setId("diff-flow");
        lines.getStyleClass().add("diff-flow");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
    }

    public Node node() {
        return scroll;
    }

    public void show(List<DiffSegment> segments) {
        List<TextFlow> flows = new ArrayList<>();
        List<Text> line = new ArrayList<>();
        StringBuilder lineText = new StringBuilder();
        for (DiffSegment segment : segments) {
            String[] parts = segment.text().split("\n", -1);
            for (int index = 0; index < parts.length; index++) {
                if (index > 0) {
                    flows.add(lineFlow(line, lineText.toString()));
                    line = new ArrayList<>();
                    lineText.setLength(0);
                }
                if (!parts[index].isEmpty()) {
                    line.addAll(words(parts[index], segment.kind()));
                    lineText.append(parts[index]);
                }
            }
        }
        flows.add(lineFlow(line, lineText.toString()));
        lines.getChildren().setAll(flows);
        scroll.setVvalue(0);
    }

    public void showMessage(String message) {
        Text text = new Text(message);
        text.getStyleClass().add("diff-message");
        TextFlow flow = new TextFlow(text);
        flow.setNodeOrientation(TextDirection.of(message));
        lines.getChildren().setAll(flow);
    }

    /** Returns the non-empty texts shown, line after line, each with its diff style class, for tests and summaries. */
    public List<Text> texts() {
        return lines.getChildren().stream()
                .filter(TextFlow.class::isInstance)
                .flatMap(flow -> ((TextFlow) flow).getChildren().stream())
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .filter(text -> !text.getText().isEmpty())
                .toList();
    }

    /** Returns the flow of each line, for tests of direction and layout. */
    List<TextFlow> lineFlows() {
        return lines.getChildren().stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast).toList();
    }

    /** An empty line keeps one empty text, so it keeps the height of a line. */
    private static TextFlow lineFlow(List<Text> words, String text) {
        TextFlow flow = words.isEmpty() ? new TextFlow(new Text("")) : new TextFlow(words.toArray(Text[]::new));
        flow.getStyleClass().add("diff-line");
        flow.setNodeOrientation(TextDirection.of(text));
        return flow;
    }

    private static List<Text> words(String value, DiffSegment.Kind kind) {
        return DiffFlows.words(value, styleOf(kind));
    }

    private static String styleOf(DiffSegment.Kind kind) {
        return switch (kind) {
            case DELETED -> DELETED_STYLE;
            case INSERTED -> INSERTED_STYLE;
            case EQUAL -> EQUAL_STYLE;
        };
    }
}
