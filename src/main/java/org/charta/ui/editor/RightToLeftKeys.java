package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.Optional;
import java.util.OptionalInt;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

/**
 * Arrow keys in the lines of the section editor that contain right-to-left text.
 *
 * <p>Left and Right move on the screen, one caret position at a time, also inside and across the digits and
 * Latin words of an Arabic line and the Arabic words of an English line ({@link VisualCaret} gives the order).
 * Shift extends the selection, which stays a logical range of the text. At the left or right end of a line the
 * caret goes to the adjacent line, as the line's direction makes it read on. Ctrl moves by word in the line's
 * direction.
 *
 * <p>Up and Down keep the caret's position on the screen while moving one line, across several moves.
 * RichTextFX 0.11.7 computes that position in the mirrored space described in {@link RightToLeftFlow}, so
 * here it is done through {@link SectionArea#hit}.
 */
final class RightToLeftKeys {

    private final SectionArea area;

    /** The x that consecutive Up and Down moves keep, in the area's coordinates, or NaN when none is kept. */
    private double verticalX = Double.NaN;

    /** Where the last Up or Down move put the caret: any other caret move ends the kept x. */
    private int verticalCaret = -1;

    RightToLeftKeys(SectionArea area) {
        this.area = area;
    }

    void install() {
        Nodes.addInputMap(area, InputMap.consume(keyPressed().onlyIf(this::handles), this::handle));
    }

    private boolean handles(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean horizontal = code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.KP_LEFT
                || code == KeyCode.KP_RIGHT;
        boolean vertical = code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.KP_UP
                || code == KeyCode.KP_DOWN;
        boolean rowEnd = code == KeyCode.HOME || code == KeyCode.END;
        if (rowEnd) {
            return !event.isShortcutDown() && !event.isAltDown() && !event.isMetaDown()
                    && TextDirection.containsRightToLeft(area.getParagraph(area.getCurrentParagraph()).getText());
        }
        if (!horizontal && !vertical || event.isAltDown() || event.isMetaDown() && !event.isShortcutDown()) {
            return false;
        }
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        if (vertical) {
            boolean keepingX = !Double.isNaN(verticalX) && area.getCaretPosition() == verticalCaret;
            return !event.isShortcutDown() && (keepingX || TextDirection.isRightToLeft(line));
        }
        return TextDirection.containsRightToLeft(line);
    }

    private void handle(KeyEvent event) {
        SelectionPolicy policy = event.isShiftDown() ? SelectionPolicy.ADJUST : SelectionPolicy.CLEAR;
        switch (event.getCode()) {
            case LEFT, KP_LEFT -> horizontalMove(event, policy, true);
            case RIGHT, KP_RIGHT -> horizontalMove(event, policy, false);
            case UP, KP_UP -> verticalMove(-1, policy);
            case HOME -> rowMove(true, policy);
            case END -> rowMove(false, policy);
            default -> verticalMove(1, policy);
        }
        area.requestFollowCaret();
    }

    /**
     * Moves the caret one position to the left or right on the screen. Without Shift a selection collapses to
     * its logical end on the side the line's direction puts it: Left goes to the end of a selection in a
     * right-to-left line and to its start in a left-to-right line.
     */
    private void horizontalMove(KeyEvent event, SelectionPolicy policy, boolean left) {
        verticalX = Double.NaN;
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        boolean rightToLeft = TextDirection.isRightToLeft(line);
        boolean forwards = left == rightToLeft;
        IndexRange selection = area.getSelection();

        if (event.isShortcutDown()) {
            if (forwards) {
                area.wordBreaksForwards(2, policy);
            } else {
                area.wordBreaksBackwards(2, policy);
            }
        } else if (policy == SelectionPolicy.CLEAR && selection.getLength() > 0) {
            area.moveTo(forwards ? selection.getEnd() : selection.getStart());
        } else {
            VisualCaret caret = VisualCaret.of(line, rightToLeft);
            int column = area.getCaretColumn();
            OptionalInt target = left ? caret.left(column) : caret.right(column);
            if (target.isPresent()) {
                area.moveTo(paragraph, target.getAsInt(), policy);
            } else if (forwards) {
                area.nextChar(policy);
            } else {
                area.previousChar(policy);
            }
        }
    }

    /**
     * Moves the caret to the first ({@code home}) or last offset of the row it is drawn on, read from the
     * shown line by {@link WrappedRows}. When the line is not shown, it goes to the start or end of the line.
     */
    private void rowMove(boolean home, SelectionPolicy policy) {
        verticalX = Double.NaN;
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        Path caret = area.getCaretSelectionBind().getUnderlyingCaret();
        int length = area.getParagraphLength(paragraph);
        int target = home ? 0 : length;
        WrappedRows rows = caret.getParent() instanceof TextFlow flow ? WrappedRows.of(flow) : null;
        // The caret is moved into the current line's flow: a flow of another length is a stale one.
        if (rows != null && !rows.rows().isEmpty() && rows.rows().get(rows.rows().size() - 1).end() == length) {
            Bounds drawn = caret.getBoundsInParent();
            WrappedRows.Row row = rows.rowOf(column, (drawn.getMinY() + drawn.getMaxY()) / 2);
            target = home ? rows.home(row) : rows.end(row);
        }
        area.moveTo(paragraph, Math.min(target, length), policy);
    }

    /**
     * Moves the caret one line up ({@code -1}) or down ({@code 1}), keeping the x of the caret before the
     * first of several such moves.
     */
    private void verticalMove(int lines, SelectionPolicy policy) {
        Optional<Bounds> caret = area.getCaretBounds().map(area::screenToLocal);
        if (caret.isEmpty()) {
            return;
        }
        Bounds bounds = caret.get();
        boolean keepingX = !Double.isNaN(verticalX) && area.getCaretPosition() == verticalCaret;
        double x = keepingX ? verticalX : (bounds.getMinX() + bounds.getMaxX()) / 2;
        double y = lines < 0 ? bounds.getMinY() - bounds.getHeight() / 2 : bounds.getMaxY() + bounds.getHeight() / 2;
        if (y < 0 || y > area.getHeight()) {
            // The target line is outside the view and not laid out: move through the text instead.
            int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, area.getCurrentParagraph() + lines));
            area.moveTo(paragraph, Math.min(area.getCaretColumn(), area.getParagraphLength(paragraph)), policy);
        } else {
            area.moveTo(area.hit(x, y).getInsertionIndex(), policy);
        }
        verticalX = x;
        verticalCaret = area.getCaretPosition();
    }
}
