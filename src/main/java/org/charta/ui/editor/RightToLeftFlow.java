package org.charta.ui.editor;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lays out the line of the editor that a {@link TextFlow} shows from right to left when its text starts with a
 * right-to-left character, and corrects the geometry JavaFX 21 returns for such a flow.
 *
 * <p>In JavaFX 21.0.11 a right-to-left {@code TextFlow} draws its text correctly, but its {@code caretShape},
 * {@code rangeShape} and {@code hitTest} work in a mirrored space: x runs from the right edge of the text
 * towards the left, so offset 0 comes back at x 0. RichTextFX 0.11.7 draws its caret, selection and
 * background shapes from those methods unchanged, so they land on the wrong side. Here every shape RichTextFX
 * puts into the flow is mirrored back to where its characters are drawn; {@link SectionArea#hit} mirrors
 * the points it hit-tests the other way.
 */
final class RightToLeftFlow {

    private static final String MARKER = "right-to-left-paragraph";

    private RightToLeftFlow() {
    }

    /**
     * Sets a line's flow to right to left when its text, already added as children, starts with a
     * right-to-left character.
     */
    static void install(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text segment) {
                text.append(segment.getText());
            }
        }
        if (!TextDirection.isRightToLeft(text)) {
            return;
        }
        flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        flow.getStyleClass().add(MARKER);
        flow.getProperties().put(MARKER, Boolean.TRUE);
        for (Node child : flow.getChildren()) {
            if (child instanceof Path path) {
                follow(flow, path);
            }
        }
        // When a new width leaves the line breaks as they were, JavaFX 21 keeps the flow's text layout, and
        // a right-to-left line's words keep the x they had at the old width: narrowed, they lie past the
        // right edge. So every new width discards that layout.
        flow.widthProperty().addListener((observable, previous, width) -> relayoutText(flow));
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                for (Node added : change.getAddedSubList()) {
                    if (added instanceof Path path) {
                        follow(flow, path);
                    }
                }
            }
        });
    }

    /**
     * Makes the flow lay out its text again at its next layout. {@code requestLayout} keeps the text layout
     * (measured with JavaFX 21.0.11: the words stayed where they were), while a changed tab size discards it, so the size is
     * changed and set back at once. This makes the tab size a value set in code, which a stylesheet's
     * {@code -fx-tab-size} would no longer override; Charta's stylesheets set none.
     */
    private static void relayoutText(TextFlow flow) {
        int tabSize = flow.getTabSize();
        flow.setTabSize(tabSize + 1);
        flow.setTabSize(tabSize);
    }

    static boolean isRightToLeft(TextFlow flow) {
        return flow.getProperties().containsKey(MARKER);
    }

    /**
     * Returns the x at which JavaFX's mirrored geometry has a point drawn at {@code x}, both measured in the
     * flow's content area (inside its padding). Mirroring is its own inverse, so the same call maps back.
     */
    static double mirror(TextFlow flow, double x) {
        return mirrorWidth(flow) - x;
    }

    /**
     * Returns the width about which JavaFX mirrors the flow's geometry. With wrapping on it is the width
     * inside the padding, but without wrapping the flow can be wider than its text. So it is measured: the
     * first word's node is drawn where it should be, and its range shape comes back mirrored, so the two
     * together give the width.
     */
    private static double mirrorWidth(TextFlow flow) {
        Insets insets = flow.getInsets();
        double contentWidth = flow.getWidth() - insets.getLeft() - insets.getRight();
        int start = 0;
        for (Node child : flow.getChildren()) {
            if (!child.isManaged()) {
                continue;
            }
            if (!(child instanceof Text word)) {
                start += 1;
                continue;
            }
            int length = word.getText().length();
            if (length == 0) {
                continue;
            }
            PathElement[] range = flow.rangeShape(start, start + length);
            if (range.length < 5 || !(range[1] instanceof LineTo top) || !(range[0] instanceof MoveTo origin)) {
                return contentWidth;
            }
            double mirroredMaxX = Math.max(origin.getX(), top.getX());
            return child.getBoundsInParent().getMinX() - insets.getLeft() + mirroredMaxX;
        }
        return contentWidth;
    }

    /**
     * Mirrors the elements of a caret, selection, background or underline shape whenever RichTextFX replaces
     * them while the shape is in this flow. RichTextFX always sets fresh elements computed from the flow's
     * mirrored geometry, so each element is mirrored exactly once. RichTextFX moves its one caret node from
     * line to line, so the listener is removed when the shape leaves the flow.
     */
    private static void follow(TextFlow flow, Path path) {
        ListChangeListener<PathElement> mirroring = change -> {
            if (path.getParent() != flow) {
                return;
            }
            double width = mirrorWidth(flow);
            while (change.next()) {
                if (change.wasAdded()) {
                    mirrorElements(width, change.getAddedSubList());
                }
            }
        };
        mirrorElements(mirrorWidth(flow), path.getElements());
        path.getElements().addListener(mirroring);
        path.parentProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Parent> observable,
                                javafx.scene.Parent previous, javafx.scene.Parent parent) {
                if (parent != flow) {
                    path.getElements().removeListener(mirroring);
                    path.parentProperty().removeListener(this);
                }
            }
        });
    }

    private static void mirrorElements(double width, Iterable<? extends PathElement> elements) {
        for (PathElement element : elements) {
            if (element instanceof MoveTo move) {
                move.setX(width - move.getX());
            } else if (element instanceof LineTo line) {
                line.setX(width - line.getX());
            } else if (element instanceof ArcTo arc) {
                arc.setX(width - arc.getX());
                arc.setSweepFlag(!arc.isSweepFlag());
            }
        }
    }
}
