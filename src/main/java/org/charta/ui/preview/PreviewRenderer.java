package org.charta.ui.preview;

import org.charta.core.markdown.FrontMatter;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a section's Markdown to a self-contained HTML page for the preview. Raw HTML in the text is
 * escaped, unsafe link targets are removed, and a Content Security Policy forbids loading anything from
 * outside the page. A block whose first strong character is right-to-left carries {@code dir="rtl"}, which also
 * gives it a font with Arabic (see {@link PageFonts}). Every other block carries {@code dir="auto"}.
 *
 * <p>A pure function of its input: it runs off the JavaFX thread.
 */
public final class PreviewRenderer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> PreviewRenderer::addDirection)
            .build();

    private static final String STYLE = """
            body { font-family: %s; font-size: 15px; line-height: 1.55;
                   color: #1f2328; background: #ffffff; margin: 18px 22px; }
            h1, h2, h3, h4 { font-family: %s; color: #23395d;
                             line-height: 1.25; margin: 0.2em 0 0.6em; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; }
            p, li { margin: 0 0 0.75em; }
            blockquote { margin: 0 0 0.75em; color: #4b5563; }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; background: #f2f4f7;
                   padding: 1px 4px; border-radius: 3px; }
            pre { background: #f2f4f7; padding: 8px 10px; border-radius: 4px; overflow-x: auto; }
            pre code { background: none; padding: 0; }
            table { border-collapse: collapse; margin-bottom: 0.75em; }
            th, td { border: 1px solid #d0d7de; padding: 4px 8px; }
            a { color: #1d5fbf; }
            hr { border: none; border-top: 1px solid #d0d7de; }
            """.formatted(PageFonts.SERIF, PageFonts.SANS) + PageFonts.DIRECTION_RULES;

    /** Languages of charters whose page, and so its default font, is right-to-left. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "fa", "he", "ur");

    private PreviewRenderer() {
    }

    /** Returns the HTML page of the Markdown text. */
    public static String render(String markdown, String language) {
        Node document = PARSER.parse(FrontMatter.mask(markdown));
        String body = RENDERER.render(document);
        String pageDirection = RIGHT_TO_LEFT_LANGUAGES.contains(htmlAttribute(language)) ? "rtl" : "ltr";
        return "<!DOCTYPE html>\n<html lang=\"" + htmlAttribute(language) + "\" dir=\"" + pageDirection + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static void addDirection(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Paragraph || node instanceof Heading || node instanceof ListItem
                || node instanceof ListBlock || node instanceof BlockQuote || node instanceof TableCell) {
            attributes.put("dir", BlockDirection.isRightToLeft(node) ? "rtl" : "auto");
        }
    }

    private static String htmlAttribute(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9-]", "");
    }
}
