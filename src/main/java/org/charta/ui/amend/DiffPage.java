package org.charta.ui.amend;

import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Renders the rows of a diff as one HTML page for the rendered view, inline or in two columns. Paragraphs render
 * from their Markdown with raw HTML escaped and unsafe links removed; the page's Content Security Policy forbids
 * loading anything. A pure function of its input, so it runs on the compute lane.
 *
 * <p>NOTE: a changed paragraph shows its word diff as plain text with its Markdown marks, because rendering
 * Markdown with {@code <ins>} and {@code <del>} inside it needs the renderer that core's diff package provides.
 */
final class DiffPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final String STYLE = """
            body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 15px; line-height: 1.5;
                   color: #1f2328; background: #ffffff; margin: 14px 18px; }
            h2 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 1.2em; color: #23395d;
                 margin: 1em 0 0.4em; border-bottom: 1px solid #d0d7de; }
            .label { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 12px; color: #57606a;
                     margin: 0.6em 0 0.1em; }
            .row { display: flex; gap: 16px; }
            .row > div { flex: 1 1 50%; min-width: 0; }
            .para p { margin: 0 0 0.4em; }
            .inserted { background: #e6f4ea; border-left: 3px solid #1f7a3d; padding-left: 6px; }
            .deleted { background: #fbeaea; border-left: 3px solid #b3261e; padding-left: 6px;
                       text-decoration: line-through; color: #6e2a26; }
            .moved { background: #eef2fb; border-left: 3px dashed #3a5a9b; padding-left: 6px; }
            .words { white-space: pre-wrap; }
            ins { color: #1f7a3d; background: #e6f4ea; text-decoration: underline; }
            del { color: #b3261e; background: #fbeaea; }
            .unchanged { color: #57606a; font-style: italic; font-size: 13px; margin: 0.4em 0; }
            """;

    private DiffPage() {
    }

    static String render(DiffRows rows, boolean sideBySide, AmendmentLabels labels, String language) {
        StringBuilder body = new StringBuilder();
        for (DiffRows.Row row : rows.rows()) {
            switch (row.kind()) {
                case SECTION -> body.append("<h2 dir=\"auto\">").append(escape(labels.title(row.section())))
                        .append("</h2>\n");
                case UNCHANGED_RUN -> body.append("<div class=\"unchanged\">")
                        .append(escape(labels.text().get("ui.amend.diff.unchanged", row.unchanged())))
                        .append("</div>\n");
                case PARAGRAPH -> paragraph(body, row.section(), row.change(), sideBySide, labels);
            }
        }
        if (rows.rows().isEmpty()) {
            body.append("<div class=\"unchanged\">").append(escape(labels.text().get("ui.amend.diff.empty")))
                    .append("</div>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + language.replaceAll("[^A-Za-z0-9-]", "") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static void paragraph(StringBuilder body, SectionComparison section, ParagraphChange change,
                                  boolean sideBySide, AmendmentLabels labels) {
        if (!sideBySide) {
            body.append("<div class=\"label\" dir=\"auto\">").append(escape(labels.position(section, change)))
                    .append("</div>\n").append(block(change, DiffFlows.Side.INLINE)).append('\n');
            return;
        }
        body.append("<div class=\"row\">\n<div>");
        if (change.oldNumber() != null && change.kind() != ParagraphChange.Kind.MOVED_HERE) {
            String title = section.oldTitle() != null ? section.oldTitle() : labels.title(section);
            body.append("<div class=\"label\" dir=\"auto\">").append(escape(labels.position(title,
                    change.oldNumber()))).append("</div>").append(block(change, DiffFlows.Side.OLD));
        }
        body.append("</div>\n<div>");
        if (change.newNumber() != null && change.kind() != ParagraphChange.Kind.MOVED_AWAY) {
            String title = section.newTitle() != null ? section.newTitle() : labels.title(section);
            body.append("<div class=\"label\" dir=\"auto\">").append(escape(labels.position(title,
                    change.newNumber()))).append("</div>").append(block(change, DiffFlows.Side.NEW));
        }
        body.append("</div>\n</div>\n");
    }

    private static String block(ParagraphChange change, DiffFlows.Side side) {
        return switch (change.kind()) {
            case UNCHANGED -> markdown(change.newText(), "para");
            case INSERTED -> markdown(change.newText(), "para inserted");
            case DELETED -> markdown(change.oldText(), "para deleted");
            case MOVED_AWAY -> markdown(change.oldText(), "para moved");
            case MOVED_HERE -> markdown(change.newText(), "para moved");
            case CHANGED -> words(change.segments(), side);
        };
    }

    private static String markdown(String source, String style) {
        String html = RENDERER.render(PARSER.parse(source == null ? "" : source));
        return "<div class=\"" + style + "\" dir=\"auto\">" + html + "</div>";
    }

    private static String words(List<DiffSegment> segments, DiffFlows.Side side) {
        StringBuilder html = new StringBuilder("<div class=\"para words\" dir=\"auto\">");
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> html.append(escape(segment.text()));
                case DELETED -> {
                    if (side != DiffFlows.Side.NEW) {
                        html.append("<del>").append(escape(segment.text())).append("</del>");
                    }
                }
                case INSERTED -> {
                    if (side != DiffFlows.Side.OLD) {
                        html.append("<ins>").append(escape(segment.text())).append("</ins>");
                    }
                }
            }
        }
        return html.append("</div>").toString();
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
