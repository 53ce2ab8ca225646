package org.charta.core.diff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders comparisons as HTML for the rendered and the source view of the window, inline or in two columns.
 *
 * <p>In the rendered form each paragraph is rendered from its Markdown by commonmark-java, with the words a change
 * inserted inside {@code <ins>} and the words it deleted inside {@code <del>}. In the source form the Markdown
 * source is shown as it is written, marked the same way. Every text from the repository is escaped, raw HTML in
 * the Markdown included, and every paragraph and label carries {@code dir="auto"}, so that an Arabic paragraph
 * reads right to left and a mixed one takes the direction of its first strong character.
 *
 * <p>The output is a fragment; {@link #document} wraps it in a page with {@link #STYLE}.
 */
public final class DiffHtml {

    /** A style sheet for the classes this renderer writes. */
    public static final String STYLE = """
            .charta-diff { font-family: sans-serif; line-height: 1.45; }
            .charta-diff ins { background: #d7f5dc; text-decoration: none; }
            .charta-diff del { background: #fbdadb; text-decoration: line-through; }
            .charta-diff ins.block, .charta-diff del.block { display: block; }
            .charta-diff .label { color: #555; font-size: 0.85em; }
            .charta-diff .summary { font-weight: bold; }
            .charta-diff .row { margin: 0.4em 0; }
            .charta-diff .row.moved-away .text { color: #777; }
            .charta-diff .source { white-space: pre-wrap; font-family: monospace; }
            .charta-diff .text > :first-child { margin-top: 0; }
            .charta-diff .text > :last-child { margin-bottom: 0; }
            table.charta-diff { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.charta-diff td { vertical-align: top; width: 50%; padding: 0.3em 0.6em; }
            table.charta-diff th { text-align: start; padding: 0.8em 0.6em 0.3em; }
            """;

    /** Inline (one column, deletions and insertions together) or side by side (old left, new right). */
    public enum Layout {
        INLINE,
        SIDE_BY_SIDE
    }

    /** The paragraphs rendered from their Markdown, or their source as written. */
    public enum Form {
        RENDERED,
        SOURCE
    }

    /**
     * How to render.
     *
     * @param layout         inline or side by side
     * @param form           rendered or source
     * @param showLayoutOnly whether rows whose only change is whitespace or line wrapping show as changes; when
     *                       false they show as unchanged
     * @param showUnchanged  whether unchanged rows and sections are shown, as context
     * @param locale         the reader's locale, for labels
     */
    public record Options(Layout layout, Form form, boolean showLayoutOnly, boolean showUnchanged, Locale locale) {

        public Options {
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(locale, "locale");
        }

        /** Inline, rendered, layout-only changes hidden, unchanged paragraphs shown. */
        public static Options defaults(Locale locale) {
            return new Options(Layout.INLINE, Form.RENDERED, false, true, locale);
        }

        public Options withLayout(Layout newLayout) {
            return new Options(newLayout, form, showLayoutOnly, showUnchanged, locale);
        }

        public Options withForm(Form newForm) {
            return new Options(layout, newForm, showLayoutOnly, showUnchanged, locale);
        }

        public Options withLayoutOnly(boolean show) {
            return new Options(layout, form, show, showUnchanged, locale);
        }

        public Options withUnchanged(boolean show) {
            return new Options(layout, form, showLayoutOnly, show, locale);
        }
    }

    private final Options options;
    private final DiffLabels labels;
    private final StringBuilder html = new StringBuilder();

    private DiffHtml(Options options, Function<String, String> titles) {
        this.options = options;
        this.labels = new DiffLabels(options.locale(), titles);
    }

    /** Renders a charter-wide comparison: a summary, then each section (unchanged ones only with context on). */
    public static String charter(CharterComparison comparison, Options options) {
        DiffHtml renderer = new DiffHtml(options, comparison::titleOf);
        renderer.open();
        renderer.summary(comparison);
        for (SectionComparison section : comparison.sections()) {
            if (options.showUnchanged() || section.status() != SectionComparison.Status.UNCHANGED
                    || section.movedInOrder()) {
                renderer.section(section);
            }
        }
        renderer.close();
        return renderer.html.toString();
    }

    /** Renders one section's comparison. */
    public static String section(SectionComparison section, Options options) {
        DiffHtml renderer = new DiffHtml(options, id -> id.equals(section.sectionId()) ? section.title() : id);
        renderer.open();
        renderer.section(section);
        renderer.close();
        return renderer.html.toString();
    }

    /** Wraps a fragment in a whole HTML page in UTF-8 with {@link #STYLE}. */
    public static String document(String fragment, Locale locale) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + fragment
                + "</body>\n</html>\n";
    }

    /** Escapes the five characters that are special in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private boolean sideBySide() {
        return options.layout() == Layout.SIDE_BY_SIDE;
    }

    private void open() {
        String classes = "charta-diff " + (sideBySide() ? "side-by-side" : "inline") + " "
                + options.form().name().toLowerCase(Locale.ROOT);
        html.append(sideBySide() ? "<table" : "<div").append(" class=\"").append(classes).append("\">\n");
    }

    private void close() {
        html.append(sideBySide() ? "</table>\n" : "</div>\n");
    }

    private void summary(CharterComparison comparison) {
        String text = labels.text("diff.summary", comparison.count(SectionComparison.Status.CHANGED),
                comparison.count(SectionComparison.Status.ADDED), comparison.count(SectionComparison.Status.DELETED),
                comparison.count(SectionComparison.Status.UNCHANGED));
        if (sideBySide()) {
            html.append("<caption class=\"summary\">").append(escape(text)).append("</caption>\n");
        } else {
            html.append("<p class=\"summary\">").append(escape(text)).append("</p>\n");
        }
    }

    private void section(SectionComparison section) {
        String status = section.status().name().toLowerCase(Locale.ROOT);
        String header = sectionHeader(section);
        if (sideBySide()) {
            html.append("<tbody class=\"section ").append(status).append("\" data-section=\"")
                    .append(escape(section.sectionId())).append("\">\n<tr><th colspan=\"2\" dir=\"auto\">")
                    .append(header).append("</th></tr>\n");
        } else {
            html.append("<section class=\"section ").append(status).append("\" data-section=\"")
                    .append(escape(section.sectionId())).append("\">\n<h2 dir=\"auto\">").append(header)
                    .append("</h2>\n");
        }
        for (ParagraphChange change : section.paragraphs()) {
            row(section.title(), change);
        }
        html.append(sideBySide() ? "</tbody>\n" : "</section>\n");
    }

    private String sectionHeader(SectionComparison section) {
        StringBuilder header = new StringBuilder(escape(section.title()));
        header.append(" <span class=\"status\">")
                .append(escape(labels.text("diff.status." + section.status().name().toLowerCase(Locale.ROOT))));
        if (section.oldTitle() != null && section.newTitle() != null
                && !section.oldTitle().equals(section.newTitle())) {
            header.append(", ").append(escape(labels.text("diff.section.retitled", section.oldTitle())));
        }
        if (section.movedInOrder()) {
            header.append(", ").append(escape(labels.text("diff.section.movedInOrder")));
        }
        return header.append("</span>").toString();
    }

    private void row(String sectionTitle, ParagraphChange change) {
        boolean hiddenLayout = change.layoutOnly() && !options.showLayoutOnly();
        boolean unchanged = change.kind() == ParagraphChange.Kind.UNCHANGED || hiddenLayout;
        if (unchanged && !options.showUnchanged()) {
            return;
        }
        if (sideBySide()) {
            new TwoColumnRow(sectionTitle, change, unchanged).write();
        } else {
            inlineRow(sectionTitle, change, unchanged);
        }
    }

    private void inlineRow(String sectionTitle, ParagraphChange change, boolean unchanged) {
        String kind = unchanged ? "unchanged" : cssKind(change.kind());
        html.append("<div class=\"row ").append(kind).append(change.layoutOnly() ? " layout-only" : "")
                .append("\">\n");
        String label = labels.label(sectionTitle, change);
        if (change.layoutOnly() && !unchanged) {
            label = label + " " + labels.layoutOnly();
        }
        html.append("<div class=\"label\" dir=\"auto\">").append(escape(label)).append("</div>\n");
        html.append("<div class=\"text\" dir=\"auto\">").append(inlineText(change, unchanged)).append("</div>\n");
        html.append("</div>\n");
    }

    private String inlineText(ParagraphChange change, boolean unchanged) {
        if (unchanged) {
            return plain(change.newText());
        }
        return switch (change.kind()) {
            case INSERTED -> "<ins class=\"block\">" + plain(change.newText()) + "</ins>";
            case DELETED -> "<del class=\"block\">" + plain(change.oldText()) + "</del>";
            case MOVED_AWAY -> plain(change.oldText());
            case CHANGED, MOVED_HERE -> marked(change, true, true);
            case UNCHANGED -> plain(change.newText());
        };
    }

    /** Renders a text without marks, in the chosen form. */
    private String plain(String text) {
        if (options.form() == Form.SOURCE) {
            return "<div class=\"source\">" + escape(text) + "</div>";
        }
        return HighlightedMarkdown.render(text);
    }

    /** Renders one side of a change with its word diff marked: the new side, or the old one. */
    private String marked(ParagraphChange change, boolean newSide, boolean withDeletions) {
        if (options.form() == Form.SOURCE) {
            return "<div class=\"source\">" + markedSource(change.segments(), newSide, withDeletions) + "</div>";
        }
        HighlightedMarkdown.Marks marks = HighlightedMarkdown.marks(change.segments(), newSide, withDeletions);
        String text = newSide ? change.newText() : change.oldText();
        return HighlightedMarkdown.render(text, newSide ? "ins" : "del", marks.ranges(), marks.insertions(), "del");
    }

    private static String markedSource(List<DiffSegment> segments, boolean newSide, boolean withDeletions) {
        StringBuilder source = new StringBuilder();
        for (DiffSegment segment : segments) {
            String text = escape(segment.text());
            switch (segment.kind()) {
                case EQUAL -> source.append(text);
                case INSERTED -> {
                    if (newSide) {
                        source.append("<ins>").append(text).append("</ins>");
                    }
                }
                case DELETED -> {
                    if (!newSide || withDeletions) {
                        source.append("<del>").append(text).append("</del>");
                    }
                }
            }
        }
        return source.toString();
    }

    private static String cssKind(ParagraphChange.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One row of the side-by-side layout: the old paragraph on the left, the new one on the right. */
    private final class TwoColumnRow {

        private final String sectionTitle;
        private final ParagraphChange change;
        private final boolean unchanged;

        TwoColumnRow(String sectionTitle, ParagraphChange change, boolean unchanged) {
            this.sectionTitle = sectionTitle;
            this.change = change;
            this.unchanged = unchanged;
        }

        void write() {
            String kind = unchanged ? "unchanged" : cssKind(change.kind());
            html.append("<tr class=\"row ").append(kind).append(change.layoutOnly() ? " layout-only" : "")
                    .append("\">");
            cell("old", oldLabel(), oldText());
            cell("new", newLabel(), newText());
            html.append("</tr>\n");
        }

        private void cell(String side, String label, String text) {
            html.append("<td class=\"").append(side).append("\" dir=\"auto\">");
            if (label != null) {
                html.append("<div class=\"label\" dir=\"auto\">").append(escape(label)).append("</div>");
            }
            if (text != null) {
                html.append("<div class=\"text\" dir=\"auto\">").append(text).append("</div>");
            }
            html.append("</td>");
        }

        private String oldLabel() {
            return switch (change.kind()) {
                case UNCHANGED, CHANGED, DELETED -> sideLabel(change.oldNumber());
                case MOVED_AWAY -> labels.label(sectionTitle, change);
                case INSERTED, MOVED_HERE -> null;
            };
        }

        private String newLabel() {
            String label = switch (change.kind()) {
                case UNCHANGED, CHANGED, INSERTED -> sideLabel(change.newNumber());
                case MOVED_HERE -> labels.label(sectionTitle, change);
                case DELETED, MOVED_AWAY -> null;
            };
            if (label != null && change.layoutOnly() && !unchanged) {
                label = label + " " + labels.layoutOnly();
            }
            return label;
        }

        private String sideLabel(Integer number) {
            ParagraphChange sameNumbers = new ParagraphChange(ParagraphChange.Kind.UNCHANGED, number, number, null,
                    null, List.of(), false, null, null);
            return labels.label(sectionTitle, sameNumbers);
        }

        private String oldText() {
            if (unchanged) {
                return plain(change.oldText());
            }
            return switch (change.kind()) {
                case CHANGED -> marked(change, false, false);
                case DELETED -> "<del class=\"block\">" + plain(change.oldText()) + "</del>";
                case MOVED_AWAY -> plain(change.oldText());
                case UNCHANGED -> plain(change.oldText());
                case INSERTED, MOVED_HERE -> null;
            };
        }

        private String newText() {
            if (unchanged) {
                return plain(change.newText());
            }
            return switch (change.kind()) {
                case CHANGED, MOVED_HERE -> marked(change, true, false);
                case INSERTED -> "<ins class=\"block\">" + plain(change.newText()) + "</ins>";
                case UNCHANGED -> plain(change.newText());
                case DELETED, MOVED_AWAY -> null;
            };
        }
    }
}
