package org.charta.ui.conflict;

import javafx.geometry.NodeOrientation;

/** The reading direction of a text, taken from its first strongly directional character as Unicode's bidi rules do. */
public final class TextDirection {

    private TextDirection() {
    }

    /**
     * Returns right-to-left when the first character with a strong direction is Arabic, Hebrew or another
     * right-to-left script, and left-to-right otherwise, also for a text without any strong character.
     */
    public static NodeOrientation of(String text) {
        if (text == null) {
            return NodeOrientation.LEFT_TO_RIGHT;
        }
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return NodeOrientation.RIGHT_TO_LEFT;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return NodeOrientation.LEFT_TO_RIGHT;
            }
            index += Character.charCount(codePoint);
        }
        return NodeOrientation.LEFT_TO_RIGHT;
    }
}
