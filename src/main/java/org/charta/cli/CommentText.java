package org.charta.cli;

import java.util.List;

/** The TEXT words of {@code comment add} and {@code comment reply}, joined and checked. */
final class CommentText {

    private CommentText() {
    }

    /** Joins the words with spaces; {@code CommentStore} rejects control characters in the result. */
    static String of(List<String> words) {
        return String.join(" ", words);
    }
}
