package org.charta.core.merge;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two-level prose merge of one text: paragraph units first, then word tokens inside changed paragraphs. */
class TextMergeTest {

    private static final String BASE = """
            ## Article 4

            Members meet once a year. The assembly elects a chair.

            Any member may speak.

            Decisions need a majority.
            """;

    @Test
    void differentParagraphsMergeCleanly() {
        String ours = BASE.replace("once a year", "twice a year");
        String theirs = BASE.replace("majority", "two-thirds majority");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.mineText()).isEqualTo(BASE.replace("once a year", "twice a year")
                .replace("majority", "two-thirds majority"));
    }

    @Test
    void differentSentencesOfParagraphMerge() {
        String ours = BASE.replace("Members meet once a year.", "Members meet every spring.");
        String theirs = BASE.replace("elects a chair", "elects a chair and a secretary");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.mineText()).contains("Members meet every spring. The assembly elects a chair and a"
                + " secretary.");
    }

    @Test
    void differentWordsOfSentenceMerge() {
        String ours = BASE.replace("Any member", "Every member");
        String theirs = BASE.replace("may speak", "may speak freely");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.mineText()).contains("Every member may speak freely.");
    }

    @Test
    void sameWordsChangedDifferentlyConflict() {
        String ours = BASE.replace("once a year", "twice a year").replace("majority", "two-thirds majority");
        String theirs = BASE.replace("once a year", "every month");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.regions()).hasSize(1);
        TextRegion region = merged.regions().get(0);
        assertThat(region.runs()).hasSize(1);
        assertThat(region.mineResult()).contains("twice a year").doesNotContain("every month");
        assertThat(region.theirsResult()).contains("every month").doesNotContain("twice a year");
    }

    @Test
    void keepingEitherSideKeepsOtherChanges() {
        String ours = BASE.replace("once a year", "twice a year").replace("The assembly", "The general assembly");
        String theirs = BASE.replace("once a year", "every month").replace("a chair", "a president");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        TextRegion region = merged.regions().get(0);
        assertThat(region.mineResult()).contains("twice a year", "general assembly", "a president");
        assertThat(region.theirsResult()).contains("every month", "general assembly", "a president");
    }

    @Test
    void insertsAtSamePlaceConflict() {
        String ours = BASE.replace("Any member may speak.\n", "Any member may speak.\n\nVotes are secret.\n");
        String theirs = BASE.replace("Any member may speak.\n", "Any member may speak.\n\nVotes are public.\n");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.regions()).hasSize(1);
    }

    @Test
    void keepingBothInsertsKeepsBothParagraphs() {
        String ours = BASE.replace("Any member may speak.\n", "Any member may speak.\n\nVotes are secret.\n");
        String theirs = BASE.replace("Any member may speak.\n", "Any member may speak.\n\nVotes are public.\n");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);
        String both = merged.text(TextRegion::both);

        assertThat(both).isEqualTo(BASE.replace("Any member may speak.\n",
                "Any member may speak.\n\nVotes are secret.\n\nVotes are public.\n"));
    }

    @Test
    void editedTextKeepsParagraphSeparator() {
        String ours = BASE.replace("may speak", "may vote");
        String theirs = BASE.replace("may speak", "may shout");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);
        String edited = merged.text(region -> region.edited("Each member may speak once."));

        assertThat(edited).isEqualTo(BASE.replace("Any member may speak.", "Each member may speak once."));
    }

    /** Three lines of one paragraph; A deletes the second, B adds a line after it. */
    @Test
    void deleteAgainstInsertHasOneNarrowRun() {
        MergedText merged = TextMerge.merge(Case1.BASE, Case1.A, Case1.B);

        List<TextRegion> regions = merged.regions();
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).runs()).hasSize(1);
        WordRun run = regions.get(0).runs().get(0);
        assertThat(run.base().strip()).isEqualTo("Any member may speak.");
        assertThat(run.mine().strip()).isEmpty();
        assertThat(run.theirs().strip()).isEqualTo("Any member may speak.\nSpeaking time is five minutes.");
    }

    @Test
    void keepingEitherSideNeverDuplicatesLine() {
        MergedText merged = TextMerge.merge(Case1.BASE, Case1.A, Case1.B);

        assertThat(merged.mineText()).isEqualTo(Case1.A);
        assertThat(merged.theirsText()).isEqualTo(Case1.B);
        assertThat(occurrences(merged.mineText(), Case1.MAJORITY)).isEqualTo(1);
        assertThat(occurrences(merged.theirsText(), Case1.MAJORITY)).isEqualTo(1);
    }

    @Test
    void deleteAgainstInsertAcrossParagraphsConflicts() {
        String base = Case1.BASE.replace("\n", "\n\n");
        String a = Case1.A.replace("\n", "\n\n");
        String b = Case1.B.replace("\n", "\n\n");

        MergedText merged = TextMerge.merge(base, a, b);

        assertThat(merged.regions()).hasSize(1);
        assertThat(merged.mineText()).isEqualTo(a);
        assertThat(merged.theirsText()).isEqualTo(b);
    }

    @Test
    void cleanMergeRoundTripsBytes() {
        String base = "---\ntitle: \"Rules\"\n---\n\n> Quoted  rule,\n> two lines.\n\n- item one\n- item two\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode   block\n```\nno final newline";

        MergedText merged = TextMerge.merge(base, base.replace("item one", "item 1"),
                base.replace("two lines", "2 lines"));

        assertThat(String.join("", ParagraphUnits.split(base))).isEqualTo(base);
        assertThat(merged.mineText()).isEqualTo(base.replace("item one", "item 1").replace("two lines", "2 lines"));
    }

    @Test
    void mergedTextHasNoCarriageReturn() {
        String ours = BASE.replace("once a year", "twice a year");
        String theirs = BASE.replace("Any member", "Every member");

        MergedText merged = TextMerge.merge(BASE, ours, theirs);

        assertThat(merged.mineText()).doesNotContain("\r");
    }

    @Test
    void frenchSentencesMerge() throws IOException {
        String base = realData("fr");
        String ours = base.replace("naissent libres", "naissent et demeurent libres");
        String theirs = base.replace("esprit de fraternité", "esprit de fraternité et de solidarité");
        Assumptions.assumeTrue(!ours.equals(base) && !theirs.equals(base), "the French text changed");

        MergedText merged = TextMerge.merge(base, ours, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.mineText()).contains("naissent et demeurent libres", "de fraternité et de solidarité");
    }

    @Test
    void arabicConflictNeverSplitsCharacter() throws IOException {
        String base = realData("ar");
        String ours = base.replace("أحرارًا", "أحرارٌ");
        String theirs = base.replace("أحرارًا", "حرًّا");
        Assumptions.assumeTrue(!ours.equals(base) && !theirs.equals(base), "the Arabic text changed");

        MergedText merged = TextMerge.merge(base, ours, theirs);

        assertThat(merged.regions()).hasSize(1);
        for (WordRun run : merged.regions().get(0).runs()) {
            for (String side : List.of(run.base(), run.mine(), run.theirs())) {
                assertThat(side.isEmpty() || !isCombiningMark(side.codePointAt(0)))
                        .as("run %s starts with a whole character", side).isTrue();
            }
        }
        assertThat(merged.mineText()).isEqualTo(ours);
    }

    @Test
    void arabicSentencesMerge() throws IOException {
        String base = realData("ar");
        String ours = base.replace("يولد جميع الناس", "يولد كل الناس");
        String theirs = base.replace("بروح الإخاء", "بروح الإخاء والتضامن");
        Assumptions.assumeTrue(!ours.equals(base) && !theirs.equals(base), "the Arabic text changed");

        MergedText merged = TextMerge.merge(base, ours, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.mineText()).contains("يولد كل الناس", "بروح الإخاء والتضامن");
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String realData(String language) throws IOException {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"))
                .resolve("udhr").resolve(language).resolve("article-01.md");
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data is absent");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    /** A deletes a line that B extends; "Decisions need a majority." is unchanged on both sides. */
    static final class Case1 {
        static final String MAJORITY = "Decisions need a majority.";
        static final String BASE = """
                Members meet once a year.
                Any member may speak.
                Decisions need a majority.
                """;
        static final String A = """
                Members meet once a year.
                Decisions need a majority.
                """;
        static final String B = """
                Members meet once a year.
                Any member may speak.
                Speaking time is five minutes.
                Decisions need a majority.
                """;

        private Case1() {
        }
    }
}
