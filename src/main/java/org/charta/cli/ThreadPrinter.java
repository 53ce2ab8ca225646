package org.charta.cli;

import org.charta.core.comment.Anchor;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.comment.Stance;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints comment threads as text: compact for {@code comment list}, in full for {@code comment show}. A thread
 * whose text changed shows the word diff from its quote to the current text. An orphaned thread shows the commit
 * that removed its text. Every text in a thread comes from co-authors, so it goes through {@link TerminalText}.
 */
final class ThreadPrinter {

    /** Maximum length, in code points, of a quote in the list; {@code comment show} and {@code --json} print all. */
    private static final int QUOTE_LENGTH = 72;

    private final CliContext cli;
    private final PrintWriter out;
    private final WordDiffPrinter diffPrinter;

    ThreadPrinter(CliContext cli) {
        this.cli = cli;
        this.out = cli.out();
        this.diffPrinter = new WordDiffPrinter(cli.terminal(), 0);
    }

    /** Prints a thread as one entry of {@code comment list}: its place, quote, changes and comments. */
    void printSummary(LocatedThread located, OrphanHistory.Removal removal) {
        CommentThread thread = located.thread();
        printHeading(located);
        out.println("  > " + TerminalText.safeLine(shorten(thread.anchor().quote())));
        printChange(located, removal);
        for (Comment comment : thread.comments()) {
            String text = TerminalText.safe(comment.text()).replace("\n", "\n    ");
            out.println("  " + cli.text("comment.labelled", byline(thread, comment), text));
        }
    }

    /** Prints a whole thread for {@code comment show}: full quote, numbered comments with ids and history. */
    void printFull(LocatedThread located, OrphanHistory.Removal removal) {
        CommentThread thread = located.thread();
        printHeading(located);
        out.println("  " + cli.text("comment.show.quote", indented(thread.anchor().quote(), "    ")));
        printChange(located, removal);
        printEarlierQuotes(thread);
        List<Comment> comments = thread.comments();
        for (int i = 0; i < comments.size(); i++) {
            printNumbered(thread, comments.get(i), i + 1);
        }
    }

    /** Prints the quotes of the places that reattaching the thread by hand replaced, oldest first. */
    private void printEarlierQuotes(CommentThread thread) {
        if (thread.earlierAnchors().isEmpty()) {
            return;
        }
        out.println("  " + cli.text("comment.show.earlierQuotes"));
        for (Anchor earlier : thread.earlierAnchors()) {
            out.println("    " + TerminalText.safeLine(cli.text("comment.show.earlierPlace", earlier.sectionId(),
                    earlier.paragraph())) + " " + indented(earlier.quote(), "      "));
        }
    }

    private void printHeading(LocatedThread located) {
        String paragraph = located.orphaned() ? "-"
                : ParagraphNumbers.format(located.location().paragraph(), cli.locale());
        cli.say("comment.heading", located.id(), located.sectionId(), paragraph,
                cli.text("comment.state." + ThreadJson.stateName(located.state())),
                cli.text(located.thread().resolved() ? "comment.resolvedState" : "comment.openState"));
    }

    /** Prints what happened to the quoted text: the word diff when it changed, the removing commit when gone. */
    private void printChange(LocatedThread located, OrphanHistory.Removal removal) {
        if (located.orphaned()) {
            out.println("  " + removalLine(removal));
            return;
        }
        if (located.quoteDiff().isEmpty()) {
            return;
        }
        String diff = String.join("\n    ", diffPrinter.markUp(located.quoteDiff()));
        out.println("  " + cli.text("comment.now", diff));
    }

    private String removalLine(OrphanHistory.Removal removal) {
        if (removal == null) {
            return cli.text("comment.removalUnknown");
        }
        String shortId = removal.commitId().substring(0, Math.min(7, removal.commitId().length()));
        return TerminalText.safeLine(cli.text("comment.removedBy", shortId, CliDates.format(removal.when(), cli.locale()),
                removal.author(), removal.summary()));
    }

    private void printNumbered(CommentThread thread, Comment comment, int number) {
        out.println();
        out.println("  " + TerminalText.safeLine(cli.text("comment.show.comment", number, comment.id(),
                comment.authorName(), comment.authorEmail(), details(thread, comment))) + stanceMark(comment));
        out.println("     " + indented(comment.text(), "     "));
        if (!thread.edited(comment.id())) {
            return;
        }
        List<Comment> wordings = thread.wordings(comment.id());
        out.println("     " + cli.text("comment.show.earlier"));
        for (Comment wording : wordings.subList(0, wordings.size() - 1)) {
            out.println("       " + cli.text("comment.labelled", CliDates.format(wording.created(), cli.locale()),
                    indented(wording.text(), "         ")));
        }
    }

    /**
     * Returns "Author (date)", with the time of the latest edit and the stance when there are any. A comment
     * without them prints as {@code comment list} printed every comment before edits existed.
     */
    private String byline(CommentThread thread, Comment comment) {
        return TerminalText.safeLine(comment.authorName()) + " (" + details(thread, comment) + ")"
                + stanceMark(comment);
    }

    /** Returns the date of the comment, followed by the date of its latest edit when it was edited. */
    private String details(CommentThread thread, Comment comment) {
        String created = CliDates.format(comment.created(), cli.locale());
        if (!thread.edited(comment.id())) {
            return created;
        }
        List<Comment> wordings = thread.wordings(comment.id());
        return created + ", " + cli.text("comment.editedAt",
                CliDates.format(wordings.get(wordings.size() - 1).created(), cli.locale()));
    }

    private String stanceMark(Comment comment) {
        if (comment.stance() == Stance.NONE) {
            return "";
        }
        return " [" + cli.text("comment.stance." + comment.stance().key()) + "]";
    }

    /** Makes multi-line text safe and indents its following lines. */
    private static String indented(String text, String indent) {
        return TerminalText.safe(text).replace("\n", "\n" + indent);
    }

    private static String shorten(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= QUOTE_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
