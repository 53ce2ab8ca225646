package org.charta.ui.editor;

/**
 * The base direction of a paragraph, found as the Unicode bidirectional algorithm does (rules P2 and P3): from
 * its first character of strong direction. Charta stores no direction in the Markdown, so it is derived from
 * the text each time a paragraph is shown.
 */
final class TextDirection {

    private TextDirection() {
    }

    /**
     * Returns whether the paragraph's first strong character is right-to-left (Arabic, Hebrew and the like).
     * A paragraph with no strong character, such as "## 12", is left-to-right.
     */
    static boolean isRightToLeft(CharSequence paragraph) {
        for (int index = 0; index < paragraph.length(); index++) {
            switch (Character.getDirectionality(paragraph.charAt(index))) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                     Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Returns whether any character of the text is right-to-left, so that the text contains a right-to-left run. */
    static boolean containsRightToLeft(CharSequence text) {
        for (int index = 0; index < text.length(); index++) {
            byte direction = Character.getDirectionality(text.charAt(index));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
