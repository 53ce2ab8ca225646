package org.charta.core.comment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.charta.core.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The threads of a section or of the whole charter as a report for a meeting: Markdown for reading, CSV (one row
 * per comment, written with Apache Commons CSV) for a spreadsheet.
 */
public final class ThreadExport {

    /** Column names of the CSV export, in order. */
    static final String[] CSV_HEADER = {"thread", "section", "paragraph", "state", "resolved", "quote", "comment",
        "author", "email", "created", "text", "edited"};

    /** Characters that Markdown gives a meaning inside a line, escaped in names, titles and comment texts. */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|~&";

    /** Characters that start a list item, a thematic break or a setext heading underline at the start of a line. */
    private static final String LINE_START_MARKERS = "-+=";

    /** An ordered list item's number and delimiter at the start of a line: up to nine digits, then . or ). */
    private static final Pattern ORDERED_ITEM = Pattern.compile("^( *\\d{1,9})([.)])");

    /**
     * First characters after which a spreadsheet may read a cell as a formula. OWASP ASVS requirement 1.2.10 lists
     * equals, plus, minus, at sign, tab and NUL. Carriage return is added, because spreadsheets may skip it too.
     */
    private static final String FORMULA_START = "=+-@\t\r\0";

    private ThreadExport() {
    }

    /**
     * Writes a Markdown report with one heading per section, in the order the sections first appear in the list.
     * Under it comes each thread with its place, state, and whether it is open or resolved. Then come its reference
     * quote as a block quote (and the current text, when it changed) and its comments with author, time and text.
     * Comments are shown in their latest wording and marked when edited.
     *
     * @param sectionTitle the title of a section by id; null falls back to the id
     * @param locale       language of the report's own words (headings, states) and of its times: {@link
     *                     Locale#ROOT} gives ISO-8601 UTC times, any other locale its medium date and time
     *                     format, in UTC
     */
    public static String markdown(List<LocatedThread> threads, Function<String, String> sectionTitle, Locale locale) {
        StringBuilder report = new StringBuilder();
        report.append("# ").append(escape(Messages.format(locale, "comment.export.title"))).append("\n\n");
        if (threads.isEmpty()) {
            return report.append(Messages.format(locale, "comment.export.none")).append('\n').toString();
        }

        for (Map.Entry<String, List<LocatedThread>> section : bySection(threads).entrySet()) {
            report.append("## ").append(escape(title(sectionTitle, section.getKey()))).append("\n\n");
            for (LocatedThread thread : section.getValue()) {
                appendThread(report, thread, locale);
            }
        }
        return report.toString().stripTrailing() + "\n";
    }

    /**
     * Writes CSV with a header row, one row per comment: thread id, section, paragraph, state, resolved, quote,
     * comment id, author, e-mail, created (ISO-8601 UTC), text, edited.
     *
     * <p>The format is RFC 4180 ({@link CSVFormat#DEFAULT}): comma-separated, CRLF between records, and a cell
     * with a comma, quote or line break in double quotes. The section cell is the section's title, the paragraph
     * cell is empty for an orphaned thread, and state is {@code anchored}, {@code text_changed} or
     * {@code orphaned}. No byte order mark is written; a caller that saves the text for Excel may add one so that
     * Excel reads it as UTF-8.
     *
     * <p>A text cell (section title, quote, author, e-mail, comment) that starts with {@code = + - @}, a tab, a
     * carriage return or NUL gets a leading apostrophe, so that a spreadsheet shows it as text instead of running
     * it as a formula: {@code @Alice can you check?} becomes {@code '@Alice can you check?}. So these cells are not
     * the exact text; {@link #markdown} and the CLI's JSON output keep it.
     *
     * @param sectionTitle the title of a section by id; null falls back to the id
     */
    public static String csv(List<LocatedThread> threads, Function<String, String> sectionTitle) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (LocatedThread thread : threads) {
                for (Comment comment : thread.thread().comments()) {
                    printer.printRecord(csvRow(thread, comment, sectionTitle));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return out.toString();
    }

    private static Map<String, List<LocatedThread>> bySection(List<LocatedThread> threads) {
        Map<String, List<LocatedThread>> sections = new LinkedHashMap<>();
        for (LocatedThread thread : threads) {
            sections.computeIfAbsent(thread.sectionId(), id -> new ArrayList<>()).add(thread);
        }
        return sections;
    }

    private static void appendThread(StringBuilder report, LocatedThread located, Locale locale) {
        CommentThread thread = located.thread();
        report.append("### ").append(heading(located, locale)).append("\n\n");
        report.append(Messages.format(locale, "comment.export.thread", "`" + thread.id() + "`")).append("\n\n");
        report.append(blockQuote(thread.anchor().quote())).append("\n\n");
        if (located.state() == AnchorState.TEXT_CHANGED && located.currentText() != null) {
            report.append(Messages.format(locale, "comment.export.currentText")).append("\n\n");
            report.append(blockQuote(located.currentText())).append("\n\n");
        }

        for (Comment comment : thread.comments()) {
            String edited = thread.edited(comment.id()) ? " " + Messages.format(locale, "comment.export.edited") : "";
            report.append("- **").append(escape(comment.authorName())).append("**, ")
                    .append(time(comment.created(), locale)).append(edited).append("\n\n");
            report.append(listItemBody(comment.text())).append("\n\n");
        }
    }

    private static String heading(LocatedThread thread, Locale locale) {
        String openOrResolved = Messages.format(locale,
                thread.thread().resolved() ? "comment.export.resolved" : "comment.export.open");
        if (thread.orphaned()) {
            return Messages.format(locale, "comment.export.heading.orphaned", openOrResolved);
        }
        String state = Messages.format(locale, "comment.export.state." + thread.state().name().toLowerCase(Locale.ROOT));
        return Messages.format(locale, "comment.export.heading", String.valueOf(thread.location().paragraph()), state,
                openOrResolved);
    }

    /** Quotes Markdown source line by line, so that the quoted paragraph keeps its own formatting. */
    private static String blockQuote(String text) {
        StringBuilder quote = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            quote.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return quote.toString().stripTrailing();
    }

    /**
     * Indents a comment's text under its list item. Line breaks inside a paragraph become hard breaks (a trailing
     * backslash), because a comment is plain text whose line breaks the writer meant.
     */
    private static String listItemBody(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = escapeLineStart(escape(lines[i].stripTrailing()));
            if (line.isEmpty()) {
                body.append('\n');
                continue;
            }
            boolean nextIsText = i + 1 < lines.length && !lines[i + 1].isBlank();
            body.append("  ").append(line).append(nextIsText ? "\\" : "").append('\n');
        }
        return body.toString().stripTrailing();
    }

    private static String time(Instant instant, Locale locale) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        if (Locale.ROOT.equals(locale)) {
            return DateTimeFormatter.ISO_INSTANT.format(seconds);
        }
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(seconds);
        return Messages.format(locale, "comment.export.time", local);
    }

    private static Object[] csvRow(LocatedThread thread, Comment comment, Function<String, String> sectionTitle) {
        CommentThread commentThread = thread.thread();
        Integer paragraph = thread.orphaned() ? null : thread.location().paragraph();
        return new Object[] {
            guarded(commentThread.id()),
            guarded(title(sectionTitle, thread.sectionId())),
            paragraph,
            thread.state().name().toLowerCase(Locale.ROOT),
            commentThread.resolved(),
            guarded(commentThread.anchor().quote()),
            guarded(comment.id()),
            guarded(comment.authorName()),
            guarded(comment.authorEmail()),
            DateTimeFormatter.ISO_INSTANT.format(comment.created()),
            guarded(comment.text()),
            commentThread.edited(comment.id())
        };
    }

    /**
     * Prefixes a cell that a spreadsheet would run as a formula with an apostrophe, so that a comment such as
     * {@code =HYPERLINK(...)} stays text when the export is opened in Excel or LibreOffice (CSV injection).
     */
    private static String guarded(String cell) {
        if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String title(Function<String, String> sectionTitle, String sectionId) {
        String title = sectionTitle.apply(sectionId);
        return title == null || title.isBlank() ? sectionId : title;
    }

    /**
     * Escapes what would start a block at the beginning of a line (a list item, a thematic break or a setext
     * underline), so that a comment line such as {@code - point} or {@code 1986. A year} shows as written.
     */
    private static String escapeLineStart(String line) {
        String content = line.stripLeading();
        if (!content.isEmpty() && LINE_START_MARKERS.indexOf(content.charAt(0)) >= 0) {
            return line.substring(0, line.length() - content.length()) + "\\" + content;
        }
        return ORDERED_ITEM.matcher(line).replaceFirst("$1\\\\$2");
    }

    /** Escapes the characters that Markdown would read as formatting, so that the text shows as written. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(character) >= 0) {
                escaped.append('\\');
            }
            escaped.append(character);
        }
        return escaped.toString();
    }
}
