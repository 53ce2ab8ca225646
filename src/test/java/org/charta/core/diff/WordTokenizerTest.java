package org.charta.core.diff;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokenizerTest {

    static final String ARABIC = "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق";
    static final String ARABIC_WITH_DIGITS = "المادة 21 (الفقرة 3): يحق لكل شخص التصويت بنسبة 50% من الأصوات.";
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String THUMBS_UP_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";
    static final String FLAGS = "\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA";
    static final String FRENCH = "L'assemblée générale élit le bureau déjà réuni.";

    static final List<String> SAMPLES = List.of(
            "Members meet once a year.",
            "Hello,  world!\tTabs\n\nand lines.",
            FRENCH,
            Normalizer.normalize(FRENCH, Normalizer.Form.NFD),
            ARABIC,
            ARABIC_WITH_DIGITS,
            "Family " + FAMILY + " and " + THUMBS_UP_MEDIUM + " flags " + FLAGS + " ok",
            "Windows\r\nline\r\nendings",
            "");

    @Test
    void englishSplitsWordsSpacesAndPunctuation() {
        assertThat(WordTokenizer.tokens("Members meet once a year."))
                .containsExactly("Members", " ", "meet", " ", "once", " ", "a", " ", "year", ".");
    }

    @Test
    void tokensJoinBackToInput() {
        for (String sample : SAMPLES) {
            assertThat(String.join("", WordTokenizer.tokens(sample))).isEqualTo(sample);
        }
    }

    @Test
    void tokensAreNeverEmpty() {
        for (String sample : SAMPLES) {
            assertThat(WordTokenizer.tokens(sample)).allSatisfy(token -> assertThat(token).isNotEmpty());
        }
    }

    @Test
    void emptyTextHasNoTokens() {
        assertThat(WordTokenizer.tokens("")).isEmpty();
    }

    @Test
    void frenchNfcKeepsAccentedWordsWhole() {
        assertThat(WordTokenizer.tokens(FRENCH)).contains("L'assemblée", "générale", "élit", "déjà", "réuni");
    }

    @Test
    void frenchNfdKeepsCombiningAccentsInWord() {
        String nfd = Normalizer.normalize(FRENCH, Normalizer.Form.NFD);

        List<String> tokens = WordTokenizer.tokens(nfd);

        assertThat(tokens).contains(Normalizer.normalize("générale", Normalizer.Form.NFD),
                Normalizer.normalize("déjà", Normalizer.Form.NFD));
    }

    @Test
    void arabicKeepsDiacriticsWithLetters() {
        List<String> tokens = WordTokenizer.tokens(ARABIC);

        assertThat(tokens).hasSize(15);
        assertThat(tokens).contains("أحرارًا", "والحقوق");
    }

    @Test
    void arabicWithLatinDigitsSplitsAtWords() {
        List<String> tokens = WordTokenizer.tokens(ARABIC_WITH_DIGITS);

        assertThat(tokens).contains("المادة", "21", "(", "الفقرة", "3", ")", ":", "الأصوات", ".");
    }

    @Test
    void emojiZwjSequenceStaysOneToken() {
        assertThat(WordTokenizer.tokens("Family " + FAMILY + " here")).contains(FAMILY);
    }

    @Test
    void emojiWithSkinToneStaysOneToken() {
        assertThat(WordTokenizer.tokens("Agreed " + THUMBS_UP_MEDIUM)).contains(THUMBS_UP_MEDIUM);
    }

    @Test
    void flagPairsStayWhole() {
        assertThat(WordTokenizer.tokens("Flags " + FLAGS)).contains(FLAGS.substring(0, 4), FLAGS.substring(4));
    }

    @Test
    void noTokenStartsInsideCharacter() {
        for (String sample : SAMPLES) {
            BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
            characters.setText(sample);
            int offset = 0;
            for (String token : WordTokenizer.tokens(sample)) {
                assertThat(characters.isBoundary(offset)).as("offset %d of %s", offset, sample).isTrue();
                assertThat(startsWithJoiningMark(token)).as("token %s", token).isFalse();
                offset += token.length();
            }
        }
    }

    private static boolean startsWithJoiningMark(String token) {
        int first = token.codePointAt(0);
        int type = Character.getType(first);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || first == 0x200D || Character.isLowSurrogate(token.charAt(0))
                || first >= 0x1F3FB && first <= 0x1F3FF;
    }
}
