package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.Optional;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

/**
 * Arrow keys in a right-to-left line of the section editor.
 *
 * <p>Left and Right move on the screen: in a right-to-left line Left goes to the next character of the text
 * and Right to the previous one, with Shift extending the selection and Ctrl moving by word. Up and Down keep
 * the caret's position on the screen while moving one line; RichTextFX 0.11.7 computes that position in the
 * mirrored space described in {@link RightToLeftFlow}, so here it is done through {@link SectionArea#hit}.
 * NOTE: the direction is the line's, so inside a left-to-right run of a right-to-left line (digits, a Latin
 * word) Left still moves forwards through the text, as in JavaFX's own text fields.
 */
final class RightToLeftKeys {

    private final SectionArea area;

    RightToLeftKeys(SectionArea area) {
        this.area = area;
    }

    void install() {
        Nodes.addInputMap(area, InputMap.consume(keyPressed().onlyIf(this::handles), this::handle));
    }

    private boolean handles(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean arrow = code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.KP_LEFT
                || code == KeyCode.KP_RIGHT || code == KeyCode.UP || code == KeyCode.DOWN
                || code == KeyCode.KP_UP || code == KeyCode.KP_DOWN;
        if (!arrow || event.isAltDown() || event.isMetaDown() && !event.isShortcutDown()) {
            return false;
        }
        boolean vertical = code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.KP_UP
                || code == KeyCode.KP_DOWN;
        if (vertical && event.isShortcutDown()) {
            return false;
        }
        return TextDirection.isRightToLeft(area.getParagraph(area.getCurrentParagraph()).getText());
    }

    private void handle(KeyEvent event) {
        SelectionPolicy policy = event.isShiftDown() ? SelectionPolicy.ADJUST : SelectionPolicy.CLEAR;
        switch (event.getCode()) {
            case LEFT, KP_LEFT -> forwards(event, policy);
            case RIGHT, KP_RIGHT -> backwards(event, policy);
            case UP, KP_UP -> verticalMove(-1, policy);
            default -> verticalMove(1, policy);
        }
        area.requestFollowCaret();
    }

    private void forwards(KeyEvent event, SelectionPolicy policy) {
        IndexRange selection = area.getSelection();
        if (event.isShortcutDown()) {
            area.wordBreaksForwards(2, policy);
        } else if (policy == SelectionPolicy.CLEAR && selection.getLength() > 0) {
            area.moveTo(selection.getEnd());
        } else {
            area.nextChar(policy);
        }
    }

    private void backwards(KeyEvent event, SelectionPolicy policy) {
        IndexRange selection = area.getSelection();
        if (event.isShortcutDown()) {
            area.wordBreaksBackwards(2, policy);
        } else if (policy == SelectionPolicy.CLEAR && selection.getLength() > 0) {
            area.moveTo(selection.getStart());
        } else {
            area.previousChar(policy);
        }
    }

    /** Moves the caret one line up ({@code -1}) or down ({@code 1}), keeping its x on the screen. */
    private void verticalMove(int lines, SelectionPolicy policy) {
        Optional<Bounds> caret = area.getCaretBounds().map(area::screenToLocal);
        if (caret.isEmpty()) {
            return;
        }
        Bounds bounds = caret.get();
        double x = (bounds.getMinX() + bounds.getMaxX()) / 2;
        double y = lines < 0 ? bounds.getMinY() - bounds.getHeight() / 2 : bounds.getMaxY() + bounds.getHeight() / 2;
        if (y < 0 || y > area.getHeight()) {
            // The target line is outside the view and not laid out: move through the text instead.
            int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, area.getCurrentParagraph() + lines));
            area.moveTo(paragraph, Math.min(area.getCaretColumn(), area.getParagraphLength(paragraph)), policy);
            return;
        }
        area.moveTo(area.hit(x, y).getInsertionIndex(), policy);
    }
}
