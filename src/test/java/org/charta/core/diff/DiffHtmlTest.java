package org.charta.core.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DiffHtmlTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*?(/?)>");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "meta", "input");
    private static final DiffHtml.Options INLINE = DiffHtml.Options.defaults(Locale.ENGLISH);
    private static final DiffHtml.Options SIDE_BY_SIDE = INLINE.withLayout(DiffHtml.Layout.SIDE_BY_SIDE);

    private static final String ARTICLE = ComparisonsTest.ARTICLE;

    @Test
    void changedWordsAreMarkedInsideParagraph() {
        String html = render(ARTICLE.replace("shall meet", "may meet"), INLINE);

        assertThat(html).contains("<p>The council <del>shall</del><ins>may</ins> meet once a month");
        assertWellFormed(html);
    }

    @Test
    void markdownIsRenderedAroundMarks() {
        String oldText = "## Rules\n\nThe **council** shall meet, see [the statutes](https://example.org/s).\n";
        String newText = "## Rules\n\nThe **elected council** shall meet, see [the statutes](https://example.org/s).\n";

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), INLINE);

        assertThat(html).contains("<strong><ins>elected </ins>council</strong>");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"https://example.org/s\">the statutes</a>");
        assertWellFormed(html);
    }

    @Test
    void deletionAcrossEmphasisStaysNested() {
        String oldText = "## Rules\n\nMembers *may speak freely* at meetings.\n";
        String newText = "## Rules\n\nMembers *may* at meetings.\n";

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), INLINE);

        assertThat(html).contains("Members <em>may</em><del> speak freely</del> at meetings.");
        assertWellFormed(html);
        assertWellFormed(DiffHtml.section(ComparisonsTest.compare(oldText, newText), SIDE_BY_SIDE));
    }

    @Test
    void deletionAtEndStaysInParagraph() {
        String html = render(ARTICLE.replace("members present.", "members"), INLINE);

        assertThat(html).contains("members<del> present.</del></p>");
        assertWellFormed(html);
    }

    @Test
    void escapedTextAndCodeAreMarkedWhole() {
        String oldText = "## Fees\n\nFees \\*may\\* apply, see `fees.md`.\n";
        String newText = "## Fees\n\nFees \\*may\\* vary, see `costs.md`.\n";

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), INLINE);

        assertThat(html).contains("<ins>Fees *may* vary, see </ins>");
        assertThat(html).contains("<ins><code>costs.md</code></ins>");
        assertWellFormed(html);
    }

    @Test
    void htmlInTextIsEscaped() {
        String oldText = "## <b>Bold</b> title\n\nPlain text.\n";
        String newText = "## <b>Bold</b> title\n\nPlain <script>alert(1)</script> text.\n\n<div onclick=\"x()\">hi</div>\n";

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), INLINE);

        assertThat(html).doesNotContain("<script>", "<b>", "<div onclick");
        assertThat(html).contains("&lt;script&gt;");
        assertWellFormed(html);
    }

    @Test
    void sectionTitleIsEscaped() {
        SectionComparison comparison = Comparisons.section("x", "A <i>", "Text\n", "A <i> & \"B\"", "Text!\n");

        String html = DiffHtml.section(comparison, INLINE);

        assertThat(html).contains("A &lt;i&gt; &amp; &quot;B&quot;");
        assertThat(html).doesNotContain("<i>");
    }

    @Test
    void scriptLinkIsSanitised() {
        String html = render(ARTICLE.replace("Every member", "Every [member](javascript:alert(1))"), INLINE);

        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void arabicParagraphHasAutoDirection() {
        String oldText = "## المادة 1\n\n" + WordTokenizerTest.ARABIC + "\n";
        String newText = oldText.replace("أحرارًا", "أحرار");

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), INLINE);

        assertThat(html).contains("<div class=\"text\" dir=\"auto\"><p>يولد جميع الناس <del>أحرارًا</del>"
                + "<ins>أحرار</ins> متساوين");
        assertThat(html).contains("<h2 dir=\"auto\">");
    }

    @Test
    void graphemeClusterIsMarkedWhole() {
        String oldText = "## Symbols\n\nWe agree " + WordTokenizerTest.THUMBS_UP_MEDIUM + " today.\n";
        String newText = oldText.replace(WordTokenizerTest.THUMBS_UP_MEDIUM, WordTokenizerTest.FAMILY);

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText), SIDE_BY_SIDE);

        assertThat(html).contains("<del>" + WordTokenizerTest.THUMBS_UP_MEDIUM + "</del>");
        assertThat(html).contains("<ins>" + WordTokenizerTest.FAMILY + "</ins>");
    }

    @Test
    void sideBySideMarksEachSide() {
        String html = render(ARTICLE.replace("shall meet", "may meet"), SIDE_BY_SIDE);

        assertThat(html).contains("<td class=\"old\" dir=\"auto\"><div class=\"label\" dir=\"auto\">Article 8 ¶2</div>"
                + "<div class=\"text\" dir=\"auto\"><p>The council <del>shall</del> meet");
        assertThat(html).contains("<td class=\"new\" dir=\"auto\"><div class=\"label\" dir=\"auto\">Article 8 ¶2</div>"
                + "<div class=\"text\" dir=\"auto\"><p>The council <ins>may</ins> meet");
        assertWellFormed(html);
    }

    @Test
    void sourceFormShowsMarkdownAsWritten() {
        String oldText = "## Rules\n\nThe **council** meets.\n";
        String newText = "## Rules\n\nThe **council** meets yearly.\n";

        String html = DiffHtml.section(ComparisonsTest.compare(oldText, newText),
                INLINE.withForm(DiffHtml.Form.SOURCE));

        assertThat(html).contains("<div class=\"source\">The **council** meets<ins> yearly</ins>.</div>");
    }

    @Test
    void layoutOnlyChangeHiddenByDefault() {
        String rewrapped = ARTICLE.replace("in public, at a place", "in public,\nat a place");
        SectionComparison comparison = ComparisonsTest.compare(ARTICLE, rewrapped);

        String hidden = DiffHtml.section(comparison, INLINE.withForm(DiffHtml.Form.SOURCE));
        String shown = DiffHtml.section(comparison, INLINE.withForm(DiffHtml.Form.SOURCE).withLayoutOnly(true));

        assertThat(hidden).doesNotContain("<ins>", "<del>", "layout only");
        assertThat(shown).contains("Article 8 ¶2 (layout only)", "<ins>\n</ins>");
    }

    @Test
    void unchangedRowsCanBeLeftOut() {
        String html = render(ARTICLE.replace("shall meet", "may meet"), INLINE.withUnchanged(false));

        assertThat(html).doesNotContain(ComparisonsTest.P1);
        assertThat(html).contains("<ins>may</ins>");
    }

    @Test
    void movedParagraphLabelsNameBothPlaces() {
        String moved = "## Article 8\n\n" + ComparisonsTest.P2 + "\n\n" + ComparisonsTest.P3 + "\n\n"
                + ComparisonsTest.P1 + "\n";

        String english = render(moved, INLINE);
        String french = render(moved, DiffHtml.Options.defaults(Locale.FRENCH));

        assertThat(english).contains("Article 8 ¶1, moved to Article 8 ¶3");
        assertThat(english).contains("Article 8 ¶3, moved here from Article 8 ¶1");
        assertThat(french).contains("Article 8 ¶3, déplacé ici depuis Article 8 ¶1");
    }

    @Test
    void charterSummaryCountsSections() {
        CharterComparison comparison = new CharterComparison("a", "b", java.util.List.of(
                ComparisonsTest.compare(ARTICLE, ARTICLE.replace("shall", "may")),
                Comparisons.section("new", null, null, "New", "## New\n\nText.\n")));

        String html = DiffHtml.charter(comparison, INLINE);

        assertThat(html).contains("<p class=\"summary\">Sections: 1 changed, 1 added, 0 deleted, 0 unchanged.</p>");
        assertThat(html).contains("<ins class=\"block\"><p>Text.</p>");
        assertWellFormed(html);
    }

    @Test
    void documentDeclaresCharsetAndLanguage() {
        String page = DiffHtml.document("<p>x</p>", Locale.forLanguageTag("ar"));

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"ar\">", "<meta charset=\"utf-8\">");
    }

    private static String render(String newText, DiffHtml.Options options) {
        return DiffHtml.section(ComparisonsTest.compare(ARTICLE, newText), options);
    }

    /** Checks that every element opened is closed, in order. */
    private static void assertWellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            String name = matcher.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !matcher.group(1).isEmpty();
            boolean selfClosing = !matcher.group(3).isEmpty() || VOID_ELEMENTS.contains(name);
            if (closing) {
                assertThat(open).as("closing </%s> at %d in %s", name, matcher.start(), html).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> at %d in %s", name, matcher.start(), html).isEqualTo(name);
            } else if (!selfClosing) {
                open.push(name);
            }
        }
        assertThat(open).as("elements left open in %s", html).isEmpty();
    }
}
