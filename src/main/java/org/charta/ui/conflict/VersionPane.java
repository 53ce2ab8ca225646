package org.charta.ui.conflict;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;
import org.charta.ui.text.UprightFont;

import java.util.ArrayList;
import java.util.List;

/**
 * One read-only version of a conflict under its title, with the words it changed from the common version
 * highlighted: deleted words struck through, inserted words underlined. Its direction follows its own text, so
 * an Arabic version reads right to left next to an English one.
 */
final class VersionPane {

    static final String DELETED_STYLE = "conflict-deleted";
    static final String INSERTED_STYLE = "conflict-inserted";
    static final String EQUAL_STYLE = "conflict-equal";
    static final String MESSAGE_STYLE = "conflict-message";
    static final String GAP_STYLE = "conflict-gap";

    private final Label title = new Label();
    private final Label note = new Label();
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final HBox titleRow = new HBox(8, title, note);
    private final VBox box = new VBox(4, titleRow, scroll);

    VersionPane(String id, String titleText) {
        box.setId(id);
        box.getStyleClass().add("conflict-version");
        title.setText(titleText);
        title.getStyleClass().add("conflict-version-title");
        note.getStyleClass().add("conflict-version-note");
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        flow.getStyleClass().add("conflict-flow");
        flow.setId(id + "-text");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("conflict-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        showNote(null);
    }

    Node node() {
        return box;
    }

    /** Shows a text as it is, without highlights. */
    void showPlain(String text) {
        show(List.of(new DiffSegment(DiffSegment.Kind.EQUAL, text)), text);
    }

    /** Shows {@code text} with the words that differ from {@code base} highlighted. */
    void showChanges(String base, String text) {
        show(WordDiff.diff(base == null ? "" : base, text == null ? "" : text), text == null ? base : text);
    }

    /** Shows a sentence in place of a text, such as "no file in this version". */
    void showMessage(String message) {
        Text text = new Text(message);
        text.getStyleClass().add(MESSAGE_STYLE);
        UprightFont.markUpright(text);
        flow.setNodeOrientation(NodeOrientation.INHERIT);
        flow.getChildren().setAll(text);
    }

    /** Shows a short line under the title, or hides it for null. */
    void showNote(String text) {
        note.setText(text);
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    /** Returns the texts shown, each with its style class, for tests. */
    List<Text> texts() {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    NodeOrientation textOrientation() {
        return flow.getNodeOrientation();
    }

    private void show(List<DiffSegment> segments, String directionSource) {
        List<Text> texts = new ArrayList<>(segments.size());
        DiffSegment.Kind previous = null;
        for (DiffSegment segment : segments) {
            // A replaced word would run into its replacement ("in persononline") without a space between them.
            if (previous == DiffSegment.Kind.DELETED && segment.kind() == DiffSegment.Kind.INSERTED) {
                Text gap = new Text(" ");
                gap.getStyleClass().add(GAP_STYLE);
                texts.add(gap);
            }
            previous = segment.kind();
            Text text = new Text(segment.text());
            text.getStyleClass().add(styleOf(segment.kind()));
            text.setStrikethrough(segment.kind() == DiffSegment.Kind.DELETED);
            text.setUnderline(segment.kind() == DiffSegment.Kind.INSERTED);
            texts.add(text);
        }
        flow.setNodeOrientation(TextDirection.of(directionSource));
        flow.getChildren().setAll(texts);
        scroll.setVvalue(0);
    }

    private static String styleOf(DiffSegment.Kind kind) {
        return switch (kind) {
            case DELETED -> DELETED_STYLE;
            case INSERTED -> INSERTED_STYLE;
            case EQUAL -> EQUAL_STYLE;
        };
    }
}
