package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a wrapped line of the editor is drawn on, read from where its nodes are laid out.
 *
 * <p>RichTextFX 0.11.7 finds a wrapped line's rows by hit-testing the end of each row, which in a
 * right-to-left line lands in JavaFX 21's mirrored space (see {@link RightToLeftFlow}) and so on the wrong
 * character: Home and End then went to the middle of a word on another row. A line that contains
 * right-to-left text has one {@code Text} node per word ({@link WordSegments}), and JavaFX wraps between
 * those nodes, so the nodes' vertical positions give the rows exactly.
 * NOTE: JavaFX splits a single word wider than the line across two rows, and here those rows count as one.
 */
final class WrappedRows {

    /** One row: the offsets {@code start} (inclusive) to {@code end} (exclusive) and its vertical extent. */
    record Row(int start, int end, double minY, double maxY) {

        Row extendedBy(int length, Bounds bounds) {
            return new Row(start, end + length, Math.min(minY, bounds.getMinY()), Math.max(maxY, bounds.getMaxY()));
        }
    }

    private final List<Row> rows;

    private WrappedRows(List<Row> rows) {
        this.rows = rows;
    }

    /** Reads the rows of a laid-out line. */
    static WrappedRows of(TextFlow flow) {
        List<Row> rows = new ArrayList<>();
        int offset = 0;
        for (Node child : flow.getChildren()) {
            if (!child.isManaged()) {
                continue;
            }
            int length = child instanceof Text word ? word.getText().length() : 1;
            if (length == 0) {
                continue;
            }
            Bounds bounds = child.getBoundsInParent();
            int last = rows.size() - 1;
            if (last >= 0 && bounds.getCenterY() < rows.get(last).maxY()) {
                rows.set(last, rows.get(last).extendedBy(length, bounds));
            } else {
                rows.add(new Row(offset, offset + length, bounds.getMinY(), bounds.getMaxY()));
            }
            offset += length;
        }
        return new WrappedRows(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Returns the row the caret is drawn on: the one whose extent contains {@code caretY}, in the flow's
     * coordinates. The offset at the boundary of two rows belongs to both, so the drawn place decides.
     * Without such a row it is the row that contains {@code column}.
     */
    Row rowOf(int column, double caretY) {
        for (Row row : rows) {
            if (caretY >= row.minY() && caretY < row.maxY()) {
                return row;
            }
        }
        for (Row row : rows) {
            if (column < row.end()) {
                return row;
            }
        }
        return rows.isEmpty() ? new Row(0, 0, 0, 0) : rows.get(rows.size() - 1);
    }

    /** Returns the offset Home goes to on a row: its first. */
    int home(Row row) {
        return row.start();
    }

    /**
     * Returns the offset End goes to on a row: the line's end on its last row, else the offset before the
     * character the row wraps after (a space), because the offset after it is drawn at the next row's start.
     */
    int end(Row row) {
        boolean lastRow = rows.isEmpty() || row.end() >= rows.get(rows.size() - 1).end();
        return lastRow ? row.end() : Math.max(row.start(), row.end() - 1);
    }
}
