package org.charta.core.diff;

import org.charta.core.diff.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordDiffTest {

    @Test
    void oneChangedWordShowsOnlyThatWord() {
        List<DiffSegment> segments = WordDiff.diff("Members shall vote in the assembly.",
                "Members may vote in the assembly.");

        assertThat(segments).containsExactly(
                new DiffSegment(Kind.EQUAL, "Members "),
                new DiffSegment(Kind.DELETED, "shall"),
                new DiffSegment(Kind.INSERTED, "may"),
                new DiffSegment(Kind.EQUAL, " vote in the assembly."));
    }

    @Test
    void frenchNfcChangedWordIsWhole() {
        List<DiffSegment> segments = WordDiff.diff("L'assemblée générale élit le bureau.",
                "L'assemblée générale désigne le bureau.");

        assertThat(segments).containsExactly(
                new DiffSegment(Kind.EQUAL, "L'assemblée générale "),
                new DiffSegment(Kind.DELETED, "élit"),
                new DiffSegment(Kind.INSERTED, "désigne"),
                new DiffSegment(Kind.EQUAL, " le bureau."));
    }

    @Test
    void frenchNfdChangedWordKeepsAccents() {
        String oldText = nfd("L'assemblée générale élit le bureau.");
        String newText = nfd("L'assemblée générale désigne le bureau.");

        List<DiffSegment> segments = WordDiff.diff(oldText, newText);

        assertThat(segments).containsExactly(
                new DiffSegment(Kind.EQUAL, nfd("L'assemblée générale ")),
                new DiffSegment(Kind.DELETED, nfd("élit")),
                new DiffSegment(Kind.INSERTED, nfd("désigne")),
                new DiffSegment(Kind.EQUAL, " le bureau."));
    }

    @Test
    void arabicDiacriticChangeReplacesWholeWord() {
        String oldText = WordTokenizerTest.ARABIC;
        String newText = oldText.replace("أحرارًا", "أحرار");

        List<DiffSegment> segments = WordDiff.diff(oldText, newText);

        assertThat(text(segments, Kind.DELETED)).isEqualTo("أحرارًا");
        assertThat(text(segments, Kind.INSERTED)).isEqualTo("أحرار");
    }

    @Test
    void arabicChangedWordIsWhole() {
        String oldText = WordTokenizerTest.ARABIC;
        String newText = oldText.replace("الكرامة", "الحرية");

        List<DiffSegment> segments = WordDiff.diff(oldText, newText);

        assertThat(segments).containsExactly(
                new DiffSegment(Kind.EQUAL, "يولد جميع الناس أحرارًا متساوين في "),
                new DiffSegment(Kind.DELETED, "الكرامة"),
                new DiffSegment(Kind.INSERTED, "الحرية"),
                new DiffSegment(Kind.EQUAL, " والحقوق"));
    }

    @Test
    void mixedArabicLineChangedNumberIsWhole() {
        String oldText = WordTokenizerTest.ARABIC_WITH_DIGITS;
        String newText = oldText.replace("21", "22");

        List<DiffSegment> segments = WordDiff.diff(oldText, newText);

        assertThat(segments).containsExactly(
                new DiffSegment(Kind.EQUAL, "المادة "),
                new DiffSegment(Kind.DELETED, "21"),
                new DiffSegment(Kind.INSERTED, "22"),
                new DiffSegment(Kind.EQUAL, " (الفقرة 3): يحق لكل شخص التصويت بنسبة 50% من الأصوات."));
    }

    @Test
    void emojiZwjChangeReplacesWholeSequence() {
        String family = WordTokenizerTest.FAMILY;
        String otherFamily = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC66";

        List<DiffSegment> segments = WordDiff.diff("Welcome " + family + " all", "Welcome " + otherFamily + " all");

        assertThat(text(segments, Kind.DELETED)).isEqualTo(family);
        assertThat(text(segments, Kind.INSERTED)).isEqualTo(otherFamily);
    }

    @Test
    void crlfAgainstLfShowsNoChange() {
        List<DiffSegment> segments = WordDiff.diff("## Article 2\r\n\r\nEveryone is equal.\r\n",
                "## Article 2\n\nEveryone is equal.\n");

        assertThat(segments).containsExactly(new DiffSegment(Kind.EQUAL, "## Article 2\n\nEveryone is equal.\n"));
    }

    @Test
    void equalTextsGiveOneEqualSegment() {
        assertThat(WordDiff.diff("Same text.", "Same text."))
                .containsExactly(new DiffSegment(Kind.EQUAL, "Same text."));
    }

    @Test
    void emptyTextsGiveNoSegments() {
        assertThat(WordDiff.diff("", "")).isEmpty();
    }

    @Test
    void textFromEmptyIsInserted() {
        assertThat(WordDiff.diff("", "New text.")).containsExactly(new DiffSegment(Kind.INSERTED, "New text."));
    }

    @Test
    void segmentsRebuildBothTexts() {
        for (String[] pair : samplePairs()) {
            List<DiffSegment> segments = WordDiff.diff(pair[0], pair[1]);

            assertThat(oldSide(segments)).isEqualTo(pair[0]);
            assertThat(newSide(segments)).isEqualTo(pair[1]);
        }
    }

    @Test
    void segmentsAreMergedAndNonEmpty() {
        for (String[] pair : samplePairs()) {
            List<DiffSegment> segments = WordDiff.diff(pair[0], pair[1]);

            assertThat(segments).allSatisfy(segment -> assertThat(segment.text()).isNotEmpty());
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).kind()).isNotEqualTo(segments.get(i - 1).kind());
            }
        }
    }

    @Test
    void randomEditsRebuildBothTexts() {
        Random random = new Random(20240917L);
        List<String> words = WordTokenizer.tokens(WordTokenizerTest.ARABIC + " Members may vote, "
                + nfd("déjà élu ") + WordTokenizerTest.FAMILY + " 50%.\n\nNext paragraph.");
        for (int round = 0; round < 200; round++) {
            String oldText = randomText(random, words);
            String newText = randomText(random, words);

            List<DiffSegment> segments = WordDiff.diff(oldText, newText);

            assertThat(oldSide(segments)).isEqualTo(oldText);
            assertThat(newSide(segments)).isEqualTo(newText);
        }
    }

    @Test
    void similarityOfEqualTextsIsOne() {
        assertThat(WordDiff.similarity("Members may vote.", "Members may vote.")).isEqualTo(1.0);
    }

    @Test
    void similarityOfUnrelatedTextsIsZero() {
        assertThat(WordDiff.similarity("Members may vote.", "Budget approved")).isEqualTo(0.0);
    }

    @Test
    void similarityCountsSharedCharacters() {
        // "Membersmayvote." (15) and "Membersmustvote." (16) share "Members" and "vote." (12).
        assertThat(WordDiff.similarity("Members may vote.", "Members must vote."))
                .isCloseTo(24.0 / 31.0, within(1e-9));
    }

    static String randomText(Random random, List<String> words) {
        StringBuilder builder = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            builder.append(words.get(random.nextInt(words.size())));
        }
        return builder.toString();
    }

    static List<String[]> samplePairs() {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {"Members shall vote.", "Members may vote twice."});
        pairs.add(new String[] {"", "Inserted."});
        pairs.add(new String[] {"Deleted.", ""});
        pairs.add(new String[] {WordTokenizerTest.ARABIC, WordTokenizerTest.ARABIC_WITH_DIGITS});
        pairs.add(new String[] {nfd("Les membres élisent le bureau."), "Les membres désignent le bureau."});
        pairs.add(new String[] {"one two three four", "four three two one"});
        pairs.add(new String[] {"Line one\n\nLine two\n", "Line one\n- Line two\n\nLine three\n"});
        return pairs;
    }

    static String oldSide(List<DiffSegment> segments) {
        return segments.stream().filter(segment -> segment.kind() != Kind.INSERTED)
                .map(DiffSegment::text).collect(Collectors.joining());
    }

    static String newSide(List<DiffSegment> segments) {
        return segments.stream().filter(segment -> segment.kind() != Kind.DELETED)
                .map(DiffSegment::text).collect(Collectors.joining());
    }

    static String text(List<DiffSegment> segments, Kind kind) {
        return segments.stream().filter(segment -> segment.kind() == kind)
                .map(DiffSegment::text).collect(Collectors.joining("|"));
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
