package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnchorsTest {

    static final String ARTICLE = """
            ## Article 8

            Every member may speak at the assembly.

            The council shall meet once a month.

            Should the council fail to meet, any ten members may call a meeting.

            Decisions need a simple majority of the members present.
            """;

    @Test
    void paragraphAnchorQuotesWholeParagraph() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", ARTICLE, 2);

        assertThat(anchor.sectionId()).isEqualTo("article-08");
        assertThat(anchor.quote()).isEqualTo("The council shall meet once a month.");
        assertThat(anchor.paragraph()).isEqualTo(2);
        assertThat(anchor.start()).isEqualTo(ARTICLE.indexOf("The council"));
    }

    @Test
    void paragraphAnchorKeepsContextAroundQuote() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", ARTICLE, 2);

        assertThat(anchor.prefix()).hasSize(Anchors.CONTEXT_LENGTH);
        assertThat(ARTICLE.substring(0, anchor.start())).endsWith(anchor.prefix());
        assertThat(anchor.suffix()).hasSize(Anchors.CONTEXT_LENGTH);
        assertThat(ARTICLE.substring(anchor.end())).startsWith(anchor.suffix());
    }

    @Test
    void firstParagraphContextStopsAtSectionStart() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("p", "First.\n\nSecond.\n", 1);

        assertThat(anchor.prefix()).isEmpty();
        assertThat(anchor.suffix()).isEqualTo("\n\nSecond.\n");
    }

    @Test
    void missingParagraphNamesSectionAndCount() {
        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forParagraph("article-08", ARTICLE, 5));

        assertThat(error.messageKey()).isEqualTo("error.comment.paragraphMissing");
        assertThat(error.arguments()).containsExactly("article-08", 5, 4);
    }

    @Test
    void paragraphZeroIsRejected() {
        assertThatThrownBy(() -> Anchors.forParagraph("article-08", ARTICLE, 0))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("article-08");
    }

    @Test
    void rangeAnchorQuotesSelectedPhrase() throws ChartaException {
        int start = ARTICLE.indexOf("once a month");

        Anchor anchor = Anchors.forRange("article-08", ARTICLE, start, start + "once a month".length());

        assertThat(anchor.quote()).isEqualTo("once a month");
        assertThat(anchor.paragraph()).isEqualTo(2);
        assertThat(anchor.prefix()).endsWith("The council shall meet ");
        assertThat(anchor.suffix()).startsWith(".\n\nShould");
    }

    @Test
    void rangeAcrossParagraphsIsRejected() {
        int start = ARTICLE.indexOf("once a month");
        int end = ARTICLE.indexOf("Should the council") + 6;

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forRange("article-08", ARTICLE, start, end));

        assertThat(error.messageKey()).isEqualTo("error.comment.rangeOutsideParagraph");
    }

    @Test
    void rangeInHeadingIsRejected() {
        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forRange("article-08", ARTICLE, 3, 10));

        assertThat(error.messageKey()).isEqualTo("error.comment.rangeOutsideParagraph");
    }

    @Test
    void rangeOutsideTextIsRejected() {
        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forRange("article-08", ARTICLE, 10, ARTICLE.length() + 1));

        assertThat(error.messageKey()).isEqualTo("error.comment.rangeInvalid");
    }

    @Test
    void emptyRangeIsRejected() {
        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forRange("article-08", ARTICLE, 20, 20));

        assertThat(error.messageKey()).isEqualTo("error.comment.rangeInvalid");
    }

    @Test
    void blankRangeIsRejected() {
        int space = ARTICLE.indexOf(" may speak");

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> Anchors.forRange("article-08", ARTICLE, space, space + 1));

        assertThat(error.messageKey()).isEqualTo("error.comment.rangeBlank");
    }

    @Test
    void rangeSplittingAccentIsWidened() throws ChartaException {
        String text = Normalizer.normalize("Le comité délibère.", Normalizer.Form.NFD);
        int accent = text.indexOf('\u0301');

        Anchor anchor = Anchors.forRange("fr", text, 3, accent);

        assertThat(anchor.quote()).isEqualTo(text.substring(3, accent + 1));
    }

    @Test
    void arabicRangeQuotesExactCharacters() throws ChartaException {
        String text = "المادة 21 (الفقرة 3): يحق لكل شخص التصويت بنسبة 50% من الأصوات.\n";
        int start = text.indexOf("21");
        int end = text.indexOf(":");

        Anchor anchor = Anchors.forRange("ar", text, start, end);

        assertThat(anchor.quote()).isEqualTo("21 (الفقرة 3)");
    }

    @Test
    void contextNeverSplitsEmoji() throws ChartaException {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String text = family.repeat(10) + " vote " + family.repeat(10) + "\n";
        int start = text.indexOf("vote");

        Anchor anchor = Anchors.forRange("emoji", text, start, start + 4);

        assertThat(anchor.prefix()).isEqualTo(family.repeat(3) + " ");
        assertThat(anchor.suffix()).isEqualTo(" " + family.repeat(3));
    }

    @Test
    void lazyContinuationParagraphSpansBothLines() throws ChartaException {
        String text = "> 1. > The assembly may amend\nthis charter by a two-thirds vote.\n";

        Anchor anchor = Anchors.forParagraph("amendments", text, 1);

        assertThat(anchor.quote()).isEqualTo("The assembly may amend\nthis charter by a two-thirds vote.");
    }

    @Test
    void listItemBeforeThematicBreakIsParagraphOfDuties() throws ChartaException {
        String text = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";
        int start = text.indexOf("attend the assembly");

        Anchor anchor = Anchors.forRange("duties", text, start, start + "attend the assembly".length());

        assertThat(anchor.paragraph()).isEqualTo(1);
        assertThat(anchor.start()).isLessThan(text.indexOf("## Rights"));
    }

    @Test
    void htmlBlockIsOneOpaqueParagraph() throws ChartaException {
        String block = "<div dir=\"rtl\">\n## المادة 1\nيولد جميع الناس أحرارًا\n</div>";

        Anchor anchor = Anchors.forParagraph("ar", block + "\n", 1);

        assertThat(anchor.quote()).isEqualTo(block);
        assertThatThrownBy(() -> Anchors.forParagraph("ar", block + "\n", 2)).isInstanceOf(ChartaException.class);
    }

    @Test
    void commentMessagesExistInEnglishAndFrench() {
        List<String> keys = List.of("error.comment.paragraphMissing", "error.comment.rangeInvalid",
                "error.comment.rangeBlank", "error.comment.rangeOutsideParagraph", "error.comment.textEmpty",
                "error.comment.threadUnknown", "error.comment.threadAmbiguous");
        for (String key : keys) {
            assertThat(Messages.bundle(Locale.ENGLISH).containsKey(key)).as(key).isTrue();
            assertThat(Messages.bundle(Locale.FRENCH).getString(key))
                    .as(key).isNotEqualTo(Messages.bundle(Locale.ENGLISH).getString(key));
        }
    }
}
