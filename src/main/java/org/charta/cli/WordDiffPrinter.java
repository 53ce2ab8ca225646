package org.charta.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a word diff the way {@code git diff -U<context> --word-diff=plain} does. The texts are first compared
 * line by line; each run of changed lines, with {@code context} unchanged lines around it, forms a hunk under a
 * header {@code @@ -OLD +NEW @@} in Git's notation. Inside the changed lines, the old and the new lines are
 * compared word by word: deleted words print as {@code [-words-]} and inserted words as {@code {+words+}},
 * optionally coloured red and green. Unchanged lines outside the context are never printed.
 *
 * <p>Every printed text goes through {@link TerminalText#safe(String)}, because section text comes from
 * co-authors. A difference in the final line break alone shows no hunk, unlike Git, which reports it with
 * {@code \ No newline at end of file}.
 */
final class WordDiffPrinter {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String CYAN = "\u001B[36m";
    private static final String RESET = "\u001B[m";

    private final boolean colour;
    private final int context;

    /**
     * @param colour  whether to colour deletions, insertions and hunk headers with ANSI escape codes
     * @param context number of unchanged lines to print before and after each run of changed lines
     */
    WordDiffPrinter(boolean colour, int context) {
        this.colour = colour;
        this.context = context;
    }

    /** Prints the hunks of the difference from the old to the new text; prints nothing when their lines are equal. */
    void print(String oldText, String newText, PrintWriter out) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(oldLines, newLines).getDeltas();
        for (List<AbstractDelta<String>> hunk : hunks(deltas)) {
            printHunk(hunk, oldLines, out);
        }
    }

    /** Splits the text into lines without their line breaks; a final line break does not start another line. */
    static List<String> lines(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Groups changes whose unchanged gap is at most twice the context, as Git joins overlapping hunks. */
    private List<List<AbstractDelta<String>>> hunks(List<AbstractDelta<String>> deltas) {
        List<List<AbstractDelta<String>>> hunks = new ArrayList<>();
        List<AbstractDelta<String>> current = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            if (!current.isEmpty()) {
                int gap = delta.getSource().getPosition() - end(current.get(current.size() - 1).getSource());
                if (gap > 2 * context) {
                    hunks.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(delta);
        }
        if (!current.isEmpty()) {
            hunks.add(current);
        }
        return hunks;
    }

    private void printHunk(List<AbstractDelta<String>> hunk, List<String> oldLines, PrintWriter out) {
        Chunk<String> firstOld = hunk.get(0).getSource();
        Chunk<String> lastOld = hunk.get(hunk.size() - 1).getSource();
        Chunk<String> firstNew = hunk.get(0).getTarget();
        Chunk<String> lastNew = hunk.get(hunk.size() - 1).getTarget();

        // Context lines are unchanged, so there are as many of them in the old text as in the new one.
        int leading = Math.min(context, firstOld.getPosition());
        int trailing = Math.min(context, oldLines.size() - end(lastOld));
        int oldStart = firstOld.getPosition() - leading;
        int newStart = firstNew.getPosition() - leading;
        int oldCount = end(lastOld) + trailing - oldStart;
        int newCount = end(lastNew) + trailing - newStart;
        out.println(paint(CYAN, "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@"));

        int position = oldStart;
        for (AbstractDelta<String> delta : hunk) {
            printUnchanged(oldLines.subList(position, delta.getSource().getPosition()), out);
            render(delta.getSource().getLines(), delta.getTarget().getLines()).forEach(out::println);
            position = end(delta.getSource());
        }
        printUnchanged(oldLines.subList(position, position + trailing), out);
    }

    /**
     * Formats a line range as Git's hunk headers do: {@code START} for one line, {@code START,COUNT} for several,
     * and for none {@code LINE,0} with the number of the line after which the change sits.
     */
    static String range(int start, int count) {
        if (count == 1) {
            return String.valueOf(start + 1);
        }
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void printUnchanged(List<String> lines, PrintWriter out) {
        lines.forEach(line -> out.println(TerminalText.safe(line)));
    }

    /** Compares the changed old lines with the new ones word by word and returns the marked-up lines. */
    private List<String> render(List<String> oldLines, List<String> newLines) {
        return markUp(WordDiff.diff(String.join("\n", oldLines), String.join("\n", newLines)));
    }

    /**
     * Returns a word diff as marked-up lines without hunk headers, such as a comment thread's changed quote: deleted
     * words as {@code [-words-]}, inserted words as {@code {+words+}}, one line per line of the texts.
     */
    List<String> markUp(List<DiffSegment> segments) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (DiffSegment segment : segments) {
            String[] pieces = segment.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                append(line, segment.kind(), pieces[i]);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void append(StringBuilder line, DiffSegment.Kind kind, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        String text = TerminalText.safe(piece);
        switch (kind) {
            case EQUAL -> line.append(text);
            case DELETED -> line.append(paint(RED, "[-" + text + "-]"));
            case INSERTED -> line.append(paint(GREEN, "{+" + text + "+}"));
        }
    }

    private static int end(Chunk<String> chunk) {
        return chunk.getPosition() + chunk.size();
    }

    private String paint(String colourCode, String text) {
        return colour ? colourCode + text + RESET : text;
    }
}
