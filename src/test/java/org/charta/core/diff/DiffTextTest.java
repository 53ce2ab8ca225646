package org.charta.core.diff;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DiffTextTest {

    private static final DiffText.Options PLAIN = DiffText.Options.plain(Locale.ENGLISH);
    private static final String ARTICLE = ComparisonsTest.ARTICLE;

    @Test
    void changedParagraphPrintsLabelAndWords() {
        String text = render(ARTICLE.replace("shall meet", "may meet"), PLAIN);

        assertThat(text).isEqualTo("\n== Article 8 [article-8]: changed ==\nArticle 8 ¶2:\n"
                + "    The council [-shall-]{+may+} meet once a month, in public, at a place announced a week ahead.\n");
    }

    @Test
    void moveIsPrintedOnceWhereItArrives() {
        String moved = "## Article 8\n\n" + ComparisonsTest.P2 + "\n\n" + ComparisonsTest.P3 + "\n\n"
                + ComparisonsTest.P1 + "\n";

        String text = render(moved, PLAIN);

        assertThat(text).contains("Article 8 ¶1, moved to Article 8 ¶3\n");
        assertThat(text).contains("Article 8 ¶3, moved here from Article 8 ¶1:\n    " + ComparisonsTest.P1 + "\n");
    }

    @Test
    void layoutOnlyRowsHiddenUnlessAsked() {
        String rewrapped = ARTICLE.replace("in public, at a place", "in public,\nat a place");
        DiffText.Options withLayout = new DiffText.Options(Locale.ENGLISH, false, true, text -> text);

        assertThat(render(rewrapped, PLAIN)).doesNotContain("¶2");
        assertThat(render(rewrapped, withLayout)).contains("Article 8 ¶2 (layout only):\n",
                "in public,[- -]{+\n    +}at a place");
    }

    @Test
    void escapeAppliesToRepositoryText() {
        DiffText.Options upper = new DiffText.Options(Locale.ENGLISH, false, false,
                text -> text.toUpperCase(Locale.ROOT));

        String text = render(ARTICLE.replace("shall meet", "may meet"), upper);

        assertThat(text).contains("== ARTICLE 8 [ARTICLE-8]: changed ==", "ARTICLE 8 ¶2:", "{+MAY+}");
    }

    @Test
    void colourWrapsDeletionsAndInsertions() {
        DiffText.Options colour = new DiffText.Options(Locale.ENGLISH, true, false, text -> text);

        String text = render(ARTICLE.replace("shall meet", "may meet"), colour);

        assertThat(text).contains("\u001B[31m[-shall-]\u001B[m", "\u001B[32m{+may+}\u001B[m");
    }

    private static String render(String newText, DiffText.Options options) {
        return DiffText.render(ComparisonsTest.compare(ARTICLE, newText), options);
    }
}
