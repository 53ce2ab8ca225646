package org.charta.ui.preview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewRendererTest {

    @Test
    void pageForbidsOutsideContent() {
        String html = PreviewRenderer.render("Text.\n", "en");

        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">");
    }

    @Test
    void frontMatterIsHidden() {
        String html = PreviewRenderer.render("---\ntitle: Terms\nredirect_from:\n  - /terms\n---\n\n# Terms\n", "en");

        assertThat(html).doesNotContain("redirect_from").doesNotContain("<hr");
        assertThat(html).contains("Terms</h1>");
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = PreviewRenderer.render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n", "en");

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void javascriptLinkIsSanitized() {
        String html = PreviewRenderer.render("[click](javascript:alert(1))\n", "en");

        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void blocksDetectTheirDirection() {
        String html = PreviewRenderer.render("## المادة 1\n\nيولد جميع الناس أحرارًا\n\n- item\n", "ar");

        assertThat(html).contains("<h2 dir=\"rtl\">").contains("<p dir=\"rtl\">").contains("<li dir=\"auto\">");
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void mixedParagraphTakesFirstStrongDirection() {
        String html = PreviewRenderer.render("Charta و GitHub\n\n**المادة** 21 Charta\n\n21: يحق\n", "en");

        assertThat(html).contains("<p dir=\"auto\">Charta").contains("<p dir=\"rtl\"><strong>")
                .contains("<p dir=\"rtl\">21: ");
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void rightToLeftBlocksGetArabicFontFirst() {
        String html = PreviewRenderer.render("يولد\n", "ar");

        assertThat(html).contains("[dir=\"rtl\"], html[dir=\"rtl\"] body { font-family: \"Noto Naskh Arabic\"");
        assertThat(html).contains("padding-inline-start").doesNotContain("padding: 0 0 0 12px");
    }

    @Test
    void directionWrapperShowsAsOpaqueText() {
        String html = PreviewRenderer.render("<div dir=\"rtl\">\n## المادة 1\nيولد جميع الناس أحرارًا\n</div>\n", "ar");

        assertThat(html).doesNotContain("<div dir=\"rtl\">").doesNotContain("<h2");
        assertThat(html).contains("&lt;div dir=&quot;rtl&quot;&gt;").contains("## المادة 1");
    }
}
