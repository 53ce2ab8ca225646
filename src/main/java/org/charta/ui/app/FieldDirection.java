package org.charta.ui.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the text of an input field in its own direction inside a mirrored window. Without this, a field in an
 * Arabic window lays out an English title or an e-mail address from the right and moves its trailing
 * punctuation to the wrong end.
 */
public final class FieldDirection {

    private FieldDirection() {
    }

    /** Fixes fields that hold machine text (paths, addresses, key fingerprints) left to right in every language. */
    public static void leftToRight(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        }
    }

    /**
     * Lets prose fields take the direction of their first strongly directional character, as the Unicode
     * bidirectional algorithm picks a paragraph's direction. An empty field or one without letters keeps the
     * window's direction.
     */
    public static void followText(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.setNodeOrientation(of(field.getText()));
            field.textProperty().addListener((observable, previous, text) -> field.setNodeOrientation(of(text)));
        }
    }

    /** Returns the direction of the text's first strong character, or INHERIT when it has none. */
    static NodeOrientation of(String text) {
        if (text == null) {
            return NodeOrientation.INHERIT;
        }
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return NodeOrientation.LEFT_TO_RIGHT;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return NodeOrientation.RIGHT_TO_LEFT;
            }
            index += Character.charCount(codePoint);
        }
        return NodeOrientation.INHERIT;
    }
}
