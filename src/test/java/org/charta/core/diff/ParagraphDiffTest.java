package org.charta.core.diff;

import org.charta.core.diff.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.diff.WordDiffTest.newSide;
import static org.charta.core.diff.WordDiffTest.oldSide;
import static org.charta.core.diff.WordDiffTest.text;

class ParagraphDiffTest {

    static final String P1 = "Every member may speak at the assembly.";
    static final String P2 = "The council shall meet once a month.";
    static final String P3 = "Decisions need a simple majority of the members present.";
    static final String ARTICLE = "## Article 8\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";

    @Test
    void unchangedTextIsOneEqualSegment() {
        assertThat(WordDiff.diffByParagraph(ARTICLE, ARTICLE)).containsExactly(new DiffSegment(Kind.EQUAL, ARTICLE));
    }

    @Test
    void editedParagraphShowsOnlyChangedWord() {
        String edited = ARTICLE.replace("shall meet", "may meet");

        List<DiffSegment> segments = WordDiff.diffByParagraph(ARTICLE, edited);

        assertThat(text(segments, Kind.DELETED)).isEqualTo("shall");
        assertThat(text(segments, Kind.INSERTED)).isEqualTo("may");
    }

    @Test
    void insertedParagraphIsInsertedWhole() {
        String newParagraph = "Members elect the council for two years.";
        String edited = ARTICLE.replace(P1, newParagraph + "\n\n" + P1.replace("speak", "talk"));

        List<DiffSegment> segments = WordDiff.diffByParagraph(ARTICLE, edited);

        assertThat(text(segments, Kind.INSERTED)).isEqualTo("\n\n" + newParagraph + "|talk");
        assertThat(text(segments, Kind.DELETED)).isEqualTo("speak");
    }

    @Test
    void deletedParagraphIsDeletedWhole() {
        String edited = ARTICLE.replace("\n\n" + P2, "");

        List<DiffSegment> segments = WordDiff.diffByParagraph(ARTICLE, edited);

        assertThat(text(segments, Kind.DELETED)).isEqualTo("\n\n" + P2);
        assertThat(text(segments, Kind.INSERTED)).isEmpty();
    }

    @Test
    void rewrittenParagraphIsReplacedWhole() {
        String rewritten = "Budgets are approved by the treasurer.";
        String edited = ARTICLE.replace(P2, rewritten);

        List<DiffSegment> segments = WordDiff.diffByParagraph(ARTICLE, edited);

        assertThat(text(segments, Kind.DELETED)).isEqualTo(P2);
        assertThat(text(segments, Kind.INSERTED)).isEqualTo(rewritten);
    }

    @Test
    void crlfAgainstLfShowsNoChange() {
        List<DiffSegment> segments = WordDiff.diffByParagraph(ARTICLE.replace("\n", "\r\n"), ARTICLE);

        assertThat(segments).containsExactly(new DiffSegment(Kind.EQUAL, ARTICLE));
    }

    @Test
    void listMarkerChangeShowsInGap() {
        String oldText = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";
        String newText = "## Duties\n* attend the assembly\n\n## Rights\nMembers may vote.\n";

        List<DiffSegment> segments = WordDiff.diffByParagraph(oldText, newText);

        assertThat(text(segments, Kind.DELETED)).contains("-", "---");
        assertThat(text(segments, Kind.INSERTED)).contains("*");
        assertThat(oldSide(segments)).isEqualTo(oldText);
        assertThat(newSide(segments)).isEqualTo(newText);
    }

    @Test
    void segmentsRebuildBothTexts() {
        for (String[] pair : samplePairs()) {
            List<DiffSegment> segments = WordDiff.diffByParagraph(pair[0], pair[1]);

            assertThat(oldSide(segments)).as("old side of %s", (Object) pair).isEqualTo(pair[0]);
            assertThat(newSide(segments)).as("new side of %s", (Object) pair).isEqualTo(pair[1]);
        }
    }

    @Test
    void randomParagraphEditsRebuildBothTexts() {
        Random random = new Random(77L);
        List<String> paragraphs = List.of(P1, P2, P3, "- a list item", "> a quote\nwith a lazy line",
                "```\ncode\n```", "<div dir=\"rtl\">\nيولد جميع الناس أحرارًا\n</div>", "---", "### Heading");
        for (int round = 0; round < 200; round++) {
            String oldText = randomDocument(random, paragraphs);
            String newText = randomDocument(random, paragraphs);

            List<DiffSegment> segments = WordDiff.diffByParagraph(oldText, newText);

            assertThat(oldSide(segments)).isEqualTo(oldText);
            assertThat(newSide(segments)).isEqualTo(newText);
        }
    }

    private static String randomDocument(Random random, List<String> paragraphs) {
        List<String> chosen = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            chosen.add(random.nextBoolean() ? paragraph : paragraph.replace("the", "a"));
        }
        return String.join(random.nextBoolean() ? "\n\n" : "\n", chosen) + (random.nextBoolean() ? "\n" : "");
    }

    private static List<String[]> samplePairs() {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {ARTICLE, ARTICLE.replace(P1, "New first.\n\n" + P1)});
        pairs.add(new String[] {ARTICLE, ARTICLE.replace(P3, P3 + "\n\nA closing paragraph.")});
        pairs.add(new String[] {ARTICLE, "New first paragraph.\n\n" + ARTICLE});
        pairs.add(new String[] {ARTICLE, ""});
        pairs.add(new String[] {"", ARTICLE});
        pairs.add(new String[] {ARTICLE, ARTICLE.replace(P2, P3).replace("\n\n" + P3 + "\n", "\n\n" + P2 + "\n")});
        pairs.add(new String[] {"> 1. > The assembly may amend\nthis charter by a two-thirds vote.\n",
                "> 1. > The assembly may amend\nthis charter by a three-quarters vote.\n"});
        return pairs;
    }
}
