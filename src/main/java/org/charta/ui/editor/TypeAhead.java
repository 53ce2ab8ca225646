package org.charta.ui.editor;

import javafx.scene.input.Clipboard;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the keys a person presses while the editor is read-only because its file is being rewritten (a
 * sync or a rename), and types them at the caret once the new text is shown, so no keystroke is lost.
 *
 * <p>It keeps typed characters, text committed by an input method, Enter, Tab, Backspace, Delete and paste.
 * Navigation keys keep working, so the held keys go where the caret is once they are typed out.
 * NOTE: word deletion (Ctrl+Backspace, Ctrl+Delete), cut, undo and redo do nothing while keys are held.
 */
final class TypeAhead {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");
    private static final KeyCombination PASTE_INSERT = KeyCombination.keyCombination("Shift+Insert");

    private final SectionArea area;
    private final List<Edit> held = new ArrayList<>();
    private boolean holding;

    TypeAhead(SectionArea area) {
        this.area = area;
        // Filters run before the area's own handlers, which ignore editing keys while it is read-only.
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        area.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, this::onInputMethodText);
    }

    /** Starts holding keys. */
    void hold() {
        holding = true;
    }

    boolean isHolding() {
        return holding;
    }

    /** Stops holding and applies the held keys at the caret, as typing would. */
    void replay() {
        holding = false;
        List<Edit> edits = List.copyOf(held);
        held.clear();
        for (Edit edit : edits) {
            switch (edit.kind()) {
                case INSERT -> area.replaceSelection(edit.text());
                case BACKSPACE -> area.deletePreviousChar();
                case DELETE -> area.deleteNextChar();
            }
        }
        if (!edits.isEmpty()) {
            area.requestFollowCaret();
        }
    }

    /** Stops holding and returns the held text without applying it, for when the section was closed. */
    String discard() {
        holding = false;
        StringBuilder text = new StringBuilder();
        held.stream().filter(edit -> edit.kind() == Kind.INSERT).forEach(edit -> text.append(edit.text()));
        held.clear();
        return text.toString();
    }

    private void onKeyPressed(KeyEvent event) {
        if (!holding) {
            return;
        }
        Edit edit = editFor(event);
        if (edit != null) {
            held.add(edit);
            event.consume();
        }
    }

    private static Edit editFor(KeyEvent event) {
        boolean modified = event.isShortcutDown() || event.isAltDown() || event.isMetaDown();
        if (PASTE.match(event) || PASTE_INSERT.match(event) || event.getCode() == KeyCode.PASTE) {
            String pasted = Clipboard.getSystemClipboard().getString();
            return pasted == null || pasted.isEmpty() ? null : new Edit(Kind.INSERT, pasted);
        }
        if (modified) {
            return null;
        }
        return switch (event.getCode()) {
            case ENTER -> new Edit(Kind.INSERT, "\n");
            case TAB -> event.isShiftDown() ? null : new Edit(Kind.INSERT, "\t");
            case BACK_SPACE -> new Edit(Kind.BACKSPACE, "");
            case DELETE -> event.isShiftDown() ? null : new Edit(Kind.DELETE, "");
            default -> null;
        };
    }

    private void onKeyTyped(KeyEvent event) {
        if (!holding) {
            return;
        }
        String character = event.getCharacter();
        // AltGr arrives as Ctrl+Alt on Windows, while Ctrl or Alt alone marks a shortcut, not a character.
        boolean shortcut = event.isControlDown() != event.isAltDown() || event.isMetaDown();
        if (!shortcut && isText(character)) {
            held.add(new Edit(Kind.INSERT, character));
            event.consume();
        }
    }

    private void onInputMethodText(InputMethodEvent event) {
        if (!holding) {
            return;
        }
        // Text still being composed is not part of the section yet, so only committed text is kept.
        if (!event.getCommitted().isEmpty()) {
            held.add(new Edit(Kind.INSERT, event.getCommitted()));
        }
        event.consume();
    }

    private static boolean isText(String character) {
        return character != null && !character.isEmpty() && !KeyEvent.CHAR_UNDEFINED.equals(character)
                && character.codePoints().noneMatch(Character::isISOControl);
    }

    private enum Kind { INSERT, BACKSPACE, DELETE }

    private record Edit(Kind kind, String text) {
    }
}
