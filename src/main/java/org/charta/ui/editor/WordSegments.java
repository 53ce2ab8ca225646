package org.charta.ui.editor;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the styles of every line that contains right-to-left text into one span per word, so RichTextFX
 * gives each word its own {@code Text} node.
 *
 * <p>JavaFX 21.0.11 on Linux lays out a right-to-left run that is wrapped across lines wrongly: each line
 * keeps the glyphs of the whole rest of the run, so a long Arabic paragraph repeated its last words on every
 * line. A line of a {@code TextFlow} that breaks between two {@code Text} nodes does not split a run, so
 * with one node per word (the word and the spaces after it) the text wraps and shows each word once.
 * Adjacent spans of equal style would merge back into one node, so every second word gets the extra style
 * class {@link #ODD_WORD}, which no stylesheet rule uses.
 * NOTE: a single word wider than the line is still split by JavaFX and then drawn wrongly.
 */
final class WordSegments {

    static final String ODD_WORD = "bidi-odd-word";

    private WordSegments() {
    }

    /** Returns whether the text has a line that this class would split. */
    static boolean applies(String text) {
        return TextDirection.containsRightToLeft(text);
    }

    /** Returns {@code from} moved back to the start of its line. */
    static int lineStart(String text, int from) {
        return from <= 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
    }

    /** Returns {@code to} moved forwards to the end of its line, after the line break. */
    static int lineEnd(String text, int to) {
        if (to <= 0 || to >= text.length() || text.charAt(to - 1) == '\n') {
            return Math.max(0, Math.min(to, text.length()));
        }
        int lineBreak = text.indexOf('\n', to);
        return lineBreak < 0 ? text.length() : lineBreak + 1;
    }

    /**
     * Returns the styles of the stretch of {@code text} that starts at {@code from}, a line start, with the
     * lines that contain right-to-left text split into words.
     */
    static StyleSpans<Collection<String>> split(String text, int from, StyleSpans<Collection<String>> styles) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Lines lines = new Lines(text, from);
        int position = from;
        for (var span : styles) {
            int spanEnd = position + span.getLength();
            while (position < spanEnd) {
                int pieceEnd = lines.pieceEnd(position, spanEnd);
                builder.add(lines.styleAt(position, span.getStyle()), pieceEnd - position);
                position = pieceEnd;
            }
        }
        if (position == from) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    /** Returns the styles with the odd-word marks of an earlier split removed, so they can be split afresh. */
    static StyleSpans<Collection<String>> withoutWordMarks(StyleSpans<Collection<String>> styles) {
        return styles.mapStyles(style -> {
            if (!style.contains(ODD_WORD)) {
                return style;
            }
            List<String> unmarked = new ArrayList<>(style);
            unmarked.remove(ODD_WORD);
            return unmarked;
        });
    }

    /** Walks the lines of a text forwards, tracking the word index within the line. */
    private static final class Lines {

        private final String text;
        private int lineEnd = -1;
        private boolean rightToLeft;
        private int wordIndex;

        Lines(String text, int from) {
            this.text = text;
            enterLine(from);
        }

        private void enterLine(int lineStart) {
            int lineBreak = text.indexOf('\n', lineStart);
            lineEnd = lineBreak < 0 ? text.length() : lineBreak + 1;
            rightToLeft = TextDirection.containsRightToLeft(text.substring(lineStart, lineEnd));
            wordIndex = 0;
        }

        /** Returns where the piece starting at {@code position} ends: at a word start, line end or span end. */
        int pieceEnd(int position, int spanEnd) {
            if (position >= lineEnd) {
                enterLine(position);
            }
            int limit = Math.min(spanEnd, lineEnd);
            if (!rightToLeft) {
                return limit;
            }
            int end = position + 1;
            while (end < limit && !startsWord(end)) {
                end++;
            }
            return end;
        }

        /** Returns the span's style, marked when the character at {@code position} is in an odd word. */
        Collection<String> styleAt(int position, Collection<String> style) {
            if (!rightToLeft) {
                return style;
            }
            if (position > 0 && startsWord(position) && position < lineEnd && !isLineStart(position)) {
                wordIndex++;
            }
            if (wordIndex % 2 == 0) {
                return style;
            }
            List<String> marked = new ArrayList<>(style);
            marked.add(ODD_WORD);
            return marked;
        }

        private boolean isLineStart(int position) {
            return position == 0 || text.charAt(position - 1) == '\n';
        }

        private boolean startsWord(int position) {
            return Character.isWhitespace(text.charAt(position - 1)) && text.charAt(position - 1) != '\n'
                    && !Character.isWhitespace(text.charAt(position));
        }
    }
}
