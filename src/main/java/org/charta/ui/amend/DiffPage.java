package org.charta.ui.amend;

import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.DiffHtml;
import org.charta.core.diff.SectionComparison;
import org.charta.ui.preview.PageFonts;

import java.util.List;
import java.util.Locale;

/**
 * Builds the page of the rendered diff view: core's HTML diff of the changed sections ({@link DiffHtml}), in a
 * page whose Content Security Policy lets nothing load from outside, as in the section preview. A pure function of
 * its input, so it runs on the compute lane.
 */
final class DiffPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String PAGE_STYLE = """
            body { font-family: %s; font-size: 15px; color: #1f2328;
                   background: #ffffff; margin: 14px 18px; }
            .charta-diff { font-family: inherit; }
            .message { color: #57606a; font-style: italic; }
            """.formatted(PageFonts.MIXED) + PageFonts.DIRECTION_RULES;

    private DiffPage() {
    }

    /** Renders the sections, inline or in two columns, hiding changes of whitespace only unless asked. */
    static String render(List<SectionComparison> sections, boolean sideBySide, boolean showLayoutOnly,
                         Locale locale) {
        DiffHtml.Options options = new DiffHtml.Options(sideBySide ? DiffHtml.Layout.SIDE_BY_SIDE
                : DiffHtml.Layout.INLINE, DiffHtml.Form.RENDERED, showLayoutOnly, false, locale);
        return page(DiffHtml.charter(new CharterComparison(null, null, sections), options), locale);
    }

    /** Returns a page that shows only a message, such as "Comparing…". */
    static String message(String message, Locale locale) {
        return page("<p class=\"message\" dir=\"auto\">" + escape(message) + "</p>\n", locale);
    }

    private static String page(String body, Locale locale) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<style>\n" + DiffHtml.STYLE + PAGE_STYLE + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
