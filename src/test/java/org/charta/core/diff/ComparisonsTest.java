package org.charta.core.diff;

import org.charta.core.diff.ParagraphChange.Kind;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonsTest {

    static final String P1 = "Every member may speak at the assembly.";
    static final String P2 = "The council shall meet once a month, in public, at a place announced a week ahead.";
    static final String P3 = "Decisions need a simple majority of the members present.";
    static final String ARTICLE = "## Article 8\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";

    @Test
    void equalTextsAreAllUnchanged() {
        SectionComparison comparison = compare(ARTICLE, ARTICLE);

        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.UNCHANGED);
        assertThat(kinds(comparison)).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED,
                Kind.UNCHANGED);
        assertThat(comparison.paragraphs().get(2).oldNumber()).isEqualTo(2);
        assertThat(comparison.paragraphs().get(2).newNumber()).isEqualTo(2);
    }

    @Test
    void headingRowIsNumberedZero() {
        ParagraphChange heading = compare(ARTICLE, ARTICLE).paragraphs().get(0);

        assertThat(heading.heading()).isTrue();
        assertThat(heading.oldNumber()).isZero();
        assertThat(heading.newText()).isEqualTo("## Article 8");
    }

    @Test
    void editedParagraphHasWordDiff() {
        SectionComparison comparison = compare(ARTICLE, ARTICLE.replace("shall meet", "may meet"));

        ParagraphChange change = comparison.paragraphs().get(2);
        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.CHANGED);
        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.oldNumber()).isEqualTo(2);
        assertThat(change.newNumber()).isEqualTo(2);
        assertThat(text(change.segments(), DiffSegment.Kind.DELETED)).isEqualTo("shall");
        assertThat(text(change.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("may");
        assertThat(change.layoutOnly()).isFalse();
    }

    @Test
    void insertedParagraphRenumbersFollowingOnes() {
        String added = "Members elect the council for two years.";
        SectionComparison comparison = compare(ARTICLE, ARTICLE.replace(P1, P1 + "\n\n" + added));

        assertThat(kinds(comparison)).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED, Kind.INSERTED,
                Kind.UNCHANGED, Kind.UNCHANGED);
        ParagraphChange inserted = comparison.paragraphs().get(2);
        assertThat(inserted.oldNumber()).isNull();
        assertThat(inserted.newNumber()).isEqualTo(2);
        assertThat(inserted.segments()).containsExactly(new DiffSegment(DiffSegment.Kind.INSERTED, added));
        ParagraphChange shifted = comparison.paragraphs().get(4);
        assertThat(shifted.oldNumber()).isEqualTo(3);
        assertThat(shifted.newNumber()).isEqualTo(4);
    }

    @Test
    void deletedParagraphIsDeletedWhole() {
        SectionComparison comparison = compare(ARTICLE, ARTICLE.replace(P2 + "\n\n", ""));

        ParagraphChange deleted = comparison.paragraphs().get(2);
        assertThat(deleted.kind()).isEqualTo(Kind.DELETED);
        assertThat(deleted.oldNumber()).isEqualTo(2);
        assertThat(deleted.newNumber()).isNull();
        assertThat(deleted.segments()).containsExactly(new DiffSegment(DiffSegment.Kind.DELETED, P2));
    }

    @Test
    void rewrittenParagraphIsDeletedAndInserted() {
        String rewritten = "Budgets are approved by the treasurer alone.";
        SectionComparison comparison = compare(ARTICLE, ARTICLE.replace(P2, rewritten));

        assertThat(kinds(comparison)).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED, Kind.DELETED, Kind.INSERTED,
                Kind.UNCHANGED);
    }

    @Test
    void movedParagraphIsMoveNotDeleteInsert() {
        String moved = "## Article 8\n\n" + P2 + "\n\n" + P3 + "\n\n" + P1 + "\n";

        SectionComparison comparison = compare(ARTICLE, moved);

        assertThat(comparison.paragraphs()).noneMatch(change -> change.kind() == Kind.DELETED
                || change.kind() == Kind.INSERTED);
        ParagraphChange away = only(comparison, Kind.MOVED_AWAY);
        ParagraphChange here = only(comparison, Kind.MOVED_HERE);
        assertThat(away.oldNumber()).isEqualTo(1);
        assertThat(away.otherSection()).isEqualTo("article-8");
        assertThat(away.otherNumber()).isEqualTo(3);
        assertThat(here.newNumber()).isEqualTo(3);
        assertThat(here.otherNumber()).isEqualTo(1);
        assertThat(here.segments()).containsExactly(new DiffSegment(DiffSegment.Kind.EQUAL, P1));
    }

    @Test
    void movedAndEditedParagraphKeepsWordDiff() {
        String edited = P2.replace("public", "the open");
        String moved = "## Article 8\n\n" + P1 + "\n\n" + P3 + "\n\n" + edited + "\n";

        SectionComparison comparison = compare(ARTICLE, moved);

        ParagraphChange here = only(comparison, Kind.MOVED_HERE);
        assertThat(here.oldText()).isEqualTo(P2);
        assertThat(here.newText()).isEqualTo(edited);
        assertThat(text(here.segments(), DiffSegment.Kind.DELETED)).isEqualTo("public");
        assertThat(text(here.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("the open");
    }

    @Test
    void movedAndRewrittenParagraphIsNoMove() {
        String rewritten = "The council meets when the members decide.";
        String moved = "## Article 8\n\n" + P1 + "\n\n" + P3 + "\n\n" + rewritten + "\n";

        SectionComparison comparison = compare(ARTICLE, moved);

        assertThat(kinds(comparison)).doesNotContain(Kind.MOVED_AWAY, Kind.MOVED_HERE);
    }

    @Test
    void swappedParagraphsShowOneMove() {
        String swapped = "## Article 8\n\n" + P2 + "\n\n" + P1 + "\n\n" + P3 + "\n";

        SectionComparison comparison = compare(ARTICLE, swapped);

        assertThat(comparison.count(Kind.MOVED_AWAY, true)).isEqualTo(1);
        assertThat(comparison.count(Kind.MOVED_HERE, true)).isEqualTo(1);
        assertThat(comparison.count(Kind.UNCHANGED, true)).isEqualTo(3);
    }

    @Test
    void rewrappedParagraphIsLayoutOnly() {
        String rewrapped = ARTICLE.replace("in public, at a place", "in public,\nat  a place");

        SectionComparison comparison = compare(ARTICLE, rewrapped);

        ParagraphChange change = comparison.paragraphs().get(2);
        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.layoutOnly()).isTrue();
        assertThat(comparison.count(Kind.CHANGED, false)).isZero();
        assertThat(comparison.count(Kind.CHANGED, true)).isEqualTo(1);
    }

    @Test
    void rewrappedAndEditedParagraphIsNotLayoutOnly() {
        String edited = ARTICLE.replace("in public, at a place", "in public,\nat the place");

        ParagraphChange change = compare(ARTICLE, edited).paragraphs().get(2);

        assertThat(change.layoutOnly()).isFalse();
    }

    @Test
    void blankLinesOnlyChangeNoRow() {
        SectionComparison comparison = compare(ARTICLE, ARTICLE.replace("\n\n" + P3, "\n\n\n" + P3));

        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.CHANGED);
        assertThat(comparison.paragraphs()).noneMatch(ParagraphChange::isChange);
    }

    @Test
    void listMarkerBelongsToParagraph() {
        String oldText = "## Duties\n\n- attend the assembly\n- pay the fee\n";
        String newText = "## Duties\n\n- attend the assembly\n* pay the fee\n";

        SectionComparison comparison = compare(oldText, newText);

        assertThat(comparison.paragraphs().get(1).newText()).isEqualTo("- attend the assembly");
        ParagraphChange marker = comparison.paragraphs().get(2);
        assertThat(marker.kind()).isEqualTo(Kind.CHANGED);
        assertThat(text(marker.segments(), DiffSegment.Kind.DELETED)).isEqualTo("-");
        assertThat(text(marker.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("*");
    }

    @Test
    void crlfAgainstLfIsUnchanged() {
        SectionComparison comparison = compare(ARTICLE.replace("\n", "\r\n"), ARTICLE);

        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.UNCHANGED);
    }

    @Test
    void addedSectionIsAllInserted() {
        SectionComparison comparison = Comparisons.section("article-8", null, null, "Article 8", ARTICLE);

        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.ADDED);
        assertThat(comparison.oldTitle()).isNull();
        assertThat(kinds(comparison)).containsOnly(Kind.INSERTED);
    }

    @Test
    void deletedSectionIsAllDeleted() {
        SectionComparison comparison = Comparisons.section("article-8", "Article 8", ARTICLE, "ignored", null);

        assertThat(comparison.status()).isEqualTo(SectionComparison.Status.DELETED);
        assertThat(comparison.newTitle()).isNull();
        assertThat(comparison.title()).isEqualTo("Article 8");
        assertThat(kinds(comparison)).containsOnly(Kind.DELETED);
    }

    @Test
    void segmentsRebuildBothTexts() {
        String edited = "## Article 8\n\n" + P3 + "\n\n" + P1.replace("speak", "talk") + "\n\nA new rule.\n";

        for (ParagraphChange change : compare(ARTICLE, edited).paragraphs()) {
            if (change.kind() == Kind.CHANGED || change.kind() == Kind.MOVED_HERE) {
                assertThat(side(change.segments(), DiffSegment.Kind.DELETED)).isEqualTo(change.oldText());
                assertThat(side(change.segments(), DiffSegment.Kind.INSERTED)).isEqualTo(change.newText());
            }
        }
    }

    @Test
    void arabicWordChangeKeepsDiacritics() {
        String oldText = "## المادة 1\n\n" + WordTokenizerTest.ARABIC + "\n";
        String newText = oldText.replace("أحرارًا", "أحرار");

        ParagraphChange change = compare(oldText, newText).paragraphs().get(1);

        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(text(change.segments(), DiffSegment.Kind.DELETED)).isEqualTo("أحرارًا");
        assertThat(text(change.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("أحرار");
        assertNoSegmentSplitsCharacter(change);
    }

    @Test
    void arabicDigitsAgainstLatinDigits() {
        String oldText = "## المادة 21\n\n" + WordTokenizerTest.ARABIC_WITH_DIGITS + "\n";
        String newText = oldText.replace("(الفقرة 3)", "(الفقرة ٣)");

        ParagraphChange change = compare(oldText, newText).paragraphs().get(1);

        assertThat(text(change.segments(), DiffSegment.Kind.DELETED)).isEqualTo("3");
        assertThat(text(change.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("٣");
        assertThat(change.segments().get(0).text()).startsWith("المادة 21 (الفقرة ");
    }

    @Test
    void mixedDirectionParagraphMovesAcrossText() {
        String mixed = "Article 3 says: " + WordTokenizerTest.ARABIC + " (see Annex B, §2).";
        String oldText = "## Rights\n\n" + mixed + "\n\n" + P1 + "\n\n" + P3 + "\n";
        String newText = "## Rights\n\n" + P1 + "\n\n" + P3 + "\n\n" + mixed.replace("Annex B", "Annex C") + "\n";

        SectionComparison comparison = compare(oldText, newText);

        ParagraphChange here = only(comparison, Kind.MOVED_HERE);
        assertThat(text(here.segments(), DiffSegment.Kind.DELETED)).isEqualTo("B");
        assertThat(text(here.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("C");
    }

    @Test
    void graphemeClustersStayWhole() {
        String oldText = "## Symbols\n\nWe vote " + WordTokenizerTest.THUMBS_UP_MEDIUM + " with flags "
                + WordTokenizerTest.FLAGS + " and the café e\u0301te\u0301 rule.\n";
        String newText = oldText.replace(WordTokenizerTest.THUMBS_UP_MEDIUM, WordTokenizerTest.FAMILY)
                .replace("e\u0301te\u0301", "e\u0300te\u0300");

        ParagraphChange change = compare(oldText, newText).paragraphs().get(1);

        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertNoSegmentSplitsCharacter(change);
        assertThat(text(change.segments(), DiffSegment.Kind.DELETED))
                .isEqualTo(WordTokenizerTest.THUMBS_UP_MEDIUM + "|e\u0301te\u0301");
        assertThat(text(change.segments(), DiffSegment.Kind.INSERTED))
                .isEqualTo(WordTokenizerTest.FAMILY + "|e\u0300te\u0300");
    }

    @Test
    void manyChangedParagraphsInOneRunStayPaired() {
        StringBuilder oldText = new StringBuilder("## Long\n\n");
        StringBuilder newText = new StringBuilder("## Long\n\n");
        for (int i = 1; i <= 120; i++) {
            String paragraph = "Paragraph " + i + " says that the citizens of region " + i + " meet every spring.";
            oldText.append(paragraph).append("\n\n");
            newText.append(paragraph.replace("citizens", "people")).append("\n\n");
        }

        SectionComparison comparison = compare(oldText.toString(), newText.toString());

        assertThat(comparison.count(Kind.CHANGED, true)).isEqualTo(120);
        assertThat(comparison.paragraphs().get(120).oldNumber()).isEqualTo(120);
        assertThat(comparison.paragraphs().get(120).newNumber()).isEqualTo(120);
    }

    private static void assertNoSegmentSplitsCharacter(ParagraphChange change) {
        for (String side : List.of(change.oldText(), change.newText())) {
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(side);
            int offset = 0;
            for (DiffSegment segment : change.segments()) {
                boolean onThisSide = side.equals(change.oldText())
                        ? segment.kind() != DiffSegment.Kind.INSERTED : segment.kind() != DiffSegment.Kind.DELETED;
                if (onThisSide) {
                    assertThat(characters.isBoundary(offset)).as("offset %d of %s", offset, side).isTrue();
                    offset += segment.text().length();
                }
            }
        }
    }

    static SectionComparison compare(String oldText, String newText) {
        return Comparisons.section("article-8", "Article 8", oldText, "Article 8", newText);
    }

    static List<Kind> kinds(SectionComparison comparison) {
        return comparison.paragraphs().stream().map(ParagraphChange::kind).toList();
    }

    static ParagraphChange only(SectionComparison comparison, Kind kind) {
        List<ParagraphChange> matching = comparison.paragraphs().stream()
                .filter(change -> change.kind() == kind)
                .toList();
        assertThat(matching).as(kind.name()).hasSize(1);
        return matching.get(0);
    }

    /** Joins the texts of the segments of one kind with "|". */
    static String text(List<DiffSegment> segments, DiffSegment.Kind kind) {
        return segments.stream().filter(segment -> segment.kind() == kind).map(DiffSegment::text)
                .collect(Collectors.joining("|"));
    }

    /** Rebuilds one side: every segment except those of the excluded kind. */
    private static String side(List<DiffSegment> segments, DiffSegment.Kind excluded) {
        return segments.stream().filter(segment -> segment.kind() != excluded).map(DiffSegment::text)
                .collect(Collectors.joining());
    }
}
