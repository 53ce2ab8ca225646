package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.comment.CommentThread;

/**
 * Reads the COMMENT parameter of {@code comment edit}: the comment's number in its thread as {@code comment show}
 * prints it (1 is the comment that started the thread), or its id or a unique prefix of the id. Comment ids start
 * with the eight digits of a date, so a number is read as a number only up to the thread's count of comments.
 */
final class CommentNumbers {

    /**
     * Maximum number of digits read as a comment number. An id prefix has at least four characters, and a thread
     * with 1,000 comments is not expected.
     */
    private static final int MAX_DIGITS = 3;

    private CommentNumbers() {
    }

    /**
     * Returns the id of the numbered comment, or the value unchanged when it is not a number, for the core to
     * look up as an id or prefix.
     *
     * @throws ChartaException when the value is a number of at most three digits outside the thread's comments
     */
    static String commentId(CommentThread thread, String value) throws ChartaException {
        String stripped = value.strip();
        if (!isNumber(stripped)) {
            return stripped;
        }
        int number = Integer.parseInt(stripped);
        int count = thread.comments().size();
        if (number < 1 || number > count) {
            throw new ChartaException("cli.error.commentNumberMissing", thread.id(), count, stripped);
        }
        return thread.comments().get(number - 1).id();
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.length() <= MAX_DIGITS
                && value.chars().allMatch(character -> character >= '0' && character <= '9');
    }
}
