package org.charta.ui.preview;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The direction of a Markdown block, from the first character with a strong direction in its text, as the
 * Unicode bidirectional algorithm (rule P2) and HTML's {@code dir="auto"} decide it.
 */
final class BlockDirection {

    private BlockDirection() {
    }

    /** Returns whether the first strong character of the block's text is right-to-left (Arabic, Hebrew…). */
    static boolean isRightToLeft(Node block) {
        FirstStrong visitor = new FirstStrong();
        block.accept(visitor);
        return visitor.rightToLeft;
    }

    /** Returns the direction of the first strong character: true for right-to-left, false for left-to-right. */
    static Boolean firstStrong(String text) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            index += Character.charCount(codePoint);
        }
        return null;
    }

    private static final class FirstStrong extends AbstractVisitor {

        private boolean decided;
        private boolean rightToLeft;

        @Override
        public void visit(Text text) {
            decide(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            decide(code.getLiteral());
        }

        private void decide(String literal) {
            if (decided) {
                return;
            }
            Boolean direction = firstStrong(literal);
            if (direction != null) {
                decided = true;
                rightToLeft = direction;
            }
        }
    }
}
