package org.charta.cli;

import org.charta.core.diff.DiffSegment;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a word diff the way {@code git diff --word-diff=plain} does: deleted words as {@code [-words-]},
 * inserted words as {@code {+words+}}, optionally coloured red and green. Only the lines that contain a change
 * are printed, each run of them (a hunk) under a {@code @@ -OLD +NEW @@} header with the 1-based line numbers
 * of its first line in the old and the new text.
 */
final class WordDiffPrinter {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String CYAN = "\u001B[36m";
    private static final String RESET = "\u001B[m";

    private final boolean colour;

    WordDiffPrinter(boolean colour) {
        this.colour = colour;
    }

    /** Prints the changed lines of the diff; prints nothing when the segments hold no change. */
    void print(List<DiffSegment> segments, PrintWriter out) {
        List<Line> hunk = new ArrayList<>();
        for (Line line : render(segments)) {
            if (line.changed) {
                hunk.add(line);
            } else {
                printHunk(hunk, out);
                hunk.clear();
            }
        }
        printHunk(hunk, out);
    }

    /**
     * Prints a run of changed lines under its header. Empty lines at its end come from line breaks inside an
     * inserted or deleted paragraph and show nothing, so they are left out.
     */
    private void printHunk(List<Line> hunk, PrintWriter out) {
        int end = hunk.size();
        while (end > 0 && hunk.get(end - 1).text.isEmpty()) {
            end--;
        }
        if (end == 0) {
            return;
        }
        Line first = hunk.get(0);
        out.println(paint(CYAN, "@@ -" + first.oldNumber + " +" + first.newNumber + " @@"));
        for (Line line : hunk.subList(0, end)) {
            out.println(line.text);
        }
    }

    /** Splits the marked-up text into lines, each with its line numbers in the old and the new text. */
    private List<Line> render(List<DiffSegment> segments) {
        List<Line> lines = new ArrayList<>();
        Line current = new Line(1, 1);
        for (DiffSegment segment : segments) {
            String[] pieces = segment.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(current);
                    current = current.next(segment.kind());
                }
                current.append(segment.kind(), pieces[i]);
            }
        }
        lines.add(current);
        return lines;
    }

    private String paint(String colourCode, String text) {
        return colour ? colourCode + text + RESET : text;
    }

    /** One printed line under construction. */
    private final class Line {

        private final int oldNumber;
        private final int newNumber;
        private final StringBuilder text = new StringBuilder();
        private boolean changed;

        Line(int oldNumber, int newNumber) {
            this.oldNumber = oldNumber;
            this.newNumber = newNumber;
        }

        /** Starts the line after a line break that was in the old text, the new text or both. */
        Line next(DiffSegment.Kind breakKind) {
            int oldNext = breakKind == DiffSegment.Kind.INSERTED ? oldNumber : oldNumber + 1;
            int newNext = breakKind == DiffSegment.Kind.DELETED ? newNumber : newNumber + 1;
            Line line = new Line(oldNext, newNext);
            // A line break inside a change continues the change on the next line.
            line.changed = breakKind != DiffSegment.Kind.EQUAL;
            return line;
        }

        void append(DiffSegment.Kind kind, String piece) {
            if (piece.isEmpty()) {
                return;
            }
            switch (kind) {
                case EQUAL -> text.append(piece);
                case DELETED -> {
                    text.append(paint(RED, "[-" + piece + "-]"));
                    changed = true;
                }
                case INSERTED -> {
                    text.append(paint(GREEN, "{+" + piece + "+}"));
                    changed = true;
                }
            }
        }
    }
}
