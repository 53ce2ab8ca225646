package org.charta.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages with a count agree with it in every language. A count argument is one on which the English text
 * inflects ("1 paragraph", "2 paragraphs"); each one is formatted with 0, 1, 2, 5 and 11. French, Spanish and
 * Catalan must then also read differently for 1 and 2 beyond the digit. Arabic must read differently for 1, 2, 5
 * and 11, its singular, dual, plural of 3 to 10 and form from 11 on, unless its sentence is the same for all.
 * Indonesian does not inflect nouns for number.
 */
class CountMessagesTest {

    private static final List<String> LANGUAGES = List.of("fr", "es", "ca", "ar");

    private static final int[] COUNTS = {0, 1, 2, 5, 11};

    /** Value of every argument other than the count under test. */
    private static final Integer OTHER_ARGUMENT = 3;

    /**
     * Count arguments by key: English must inflect on each of them, so that the rest of the test checks the other
     * languages. Counts that English already inflects on are found without this list.
     */
    private static final Map<String, List<Integer>> KNOWN_COUNTS = Map.of(
            "error.comment.paragraphMissing", List.of(2),
            "error.section.positionInvalid", List.of(1),
            "cli.unlock.done", List.of(1),
            "cli.error.lockInUse", List.of(1, 2),
            "cli.member.rules", List.of(3),
            "cli.vote.quorum", List.of(1),
            "cli.translate.documentSplit", List.of(0),
            "cli.translate.matchedByOrder", List.of(0),
            "error.translation.partCount", List.of(1));

    /**
     * Counts on which a language inflects although English does not, by key and language: adjectives agree in
     * number in French, Spanish and Catalan ("1 manquant", "2 manquants").
     */
    private static final Map<String, Map<String, List<Integer>>> ADJECTIVE_COUNTS = Map.of(
            "cli.translate.counts", Map.of("fr", List.of(5, 6), "es", List.of(3, 5), "ca", List.of(3, 5)));

    /** Keys whose choice argument is an enum's ordinal (a stance, a decision rule, a status), not a count. */
    private static final Set<String> NOT_COUNTS = Set.of(
            "cli.comment.amendmentAdded", "error.vote.blockNotAllowed", "error.vote.recordMismatch");

    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s\\u00A0\\u200F\\u202F.,;:!?()«»\"%،؛]+");

    @Test
    void englishInflectsOnKnownCounts() throws IOException {
        Properties english = bundle("");
        List<String> problems = new ArrayList<>();

        KNOWN_COUNTS.forEach((key, indexes) -> {
            for (int index : indexes) {
                if (!inflects(english.getProperty(key), Locale.ENGLISH, index, 1, 2)) {
                    problems.add(key + " {" + index + "}: " + format(english.getProperty(key), Locale.ENGLISH, index, 1));
                }
            }
        });

        assertThat(problems).as("English messages that read the same for 1 and 2").isEmpty();
    }

    @Test
    void languagesInflectWhereEnglishDoes() throws IOException {
        Properties english = bundle("");
        List<String> problems = new ArrayList<>();

        for (String key : countKeys(english)) {
            for (int index : countIndexes(english.getProperty(key))) {
                for (String language : LANGUAGES) {
                    String pattern = bundle("_" + language).getProperty(key);
                    Locale locale = Locale.forLanguageTag(language);
                    String problem = language.equals("ar") ? arabicProblem(pattern, locale, index)
                            : inflects(pattern, locale, index, 1, 2) ? null
                            : format(pattern, locale, index, 1);
                    if (problem != null) {
                        problems.add(language + " " + key + " {" + index + "}: " + problem);
                    }
                }
            }
        }

        assertThat(problems).as("messages that do not agree with their count").isEmpty();
    }

    @Test
    void adjectivesAgreeWithCounts() throws IOException {
        List<String> problems = new ArrayList<>();

        ADJECTIVE_COUNTS.forEach((key, byLanguage) -> byLanguage.forEach((language, indexes) -> {
            Locale locale = Locale.forLanguageTag(language);
            for (int index : indexes) {
                String pattern = load("_" + language).getProperty(key);
                if (!inflects(pattern, locale, index, 1, 2)) {
                    problems.add(language + " " + key + " {" + index + "}: " + format(pattern, locale, index, 1));
                }
            }
        }));

        assertThat(problems).as("adjectives that do not agree with their count").isEmpty();
    }

    /**
     * Returns a description of the problem, or null when the Arabic text agrees with the counts. When the text
     * shows the count, 1, 2, 5 and 11 each need their own form. When it does not ("new amendments: ..."), only
     * the singular and the plural must differ.
     */
    private static String arabicProblem(String pattern, Locale locale, int index) {
        boolean countShown = format(pattern, locale, index, 5).contains(number(locale, 5));
        int[] forms = countShown ? new int[] {1, 2, 5, 11} : new int[] {1, 5};
        boolean invariant = true;
        for (int i = 1; i < forms.length; i++) {
            invariant &= !inflects(pattern, locale, index, forms[0], forms[i]);
        }
        if (invariant) {
            return null;
        }
        for (int i = 0; i < forms.length; i++) {
            for (int j = i + 1; j < forms.length; j++) {
                if (!inflects(pattern, locale, index, forms[i], forms[j])) {
                    return forms[i] + " and " + forms[j] + " read alike: " + format(pattern, locale, index, forms[j]);
                }
            }
        }
        return null;
    }

    /** Keys of {@code cli.} and {@code error.} messages with at least one count argument. */
    private static Set<String> countKeys(Properties english) {
        Set<String> keys = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (NOT_COUNTS.contains(key)) {
                continue;
            }
            if ((key.startsWith("cli.") || key.startsWith("error.")) && countIndexes(english.getProperty(key)).length > 0) {
                keys.add(key);
            }
        }
        keys.addAll(KNOWN_COUNTS.keySet());
        return keys;
    }

    /** Indexes of the arguments on which the English text inflects between 1 and 2. */
    private static int[] countIndexes(String englishPattern) {
        int arguments = new MessageFormat(englishPattern, Locale.ENGLISH).getFormatsByArgumentIndex().length;
        return java.util.stream.IntStream.range(0, arguments)
                .filter(index -> inflects(englishPattern, Locale.ENGLISH, index, 1, 2))
                .toArray();
    }

    /**
     * Returns whether the texts for two counts differ in more than the numbers themselves: word by word, a pair
     * that differs must be the two counts as the locale writes them.
     */
    private static boolean inflects(String pattern, Locale locale, int index, int first, int second) {
        String[] firstWords = TOKEN_SEPARATOR.split(format(pattern, locale, index, first).strip());
        String[] secondWords = TOKEN_SEPARATOR.split(format(pattern, locale, index, second).strip());
        if (firstWords.length != secondWords.length) {
            return true;
        }
        for (int i = 0; i < firstWords.length; i++) {
            boolean countPair = firstWords[i].equals(number(locale, first)) && secondWords[i].equals(number(locale, second));
            if (!firstWords[i].equals(secondWords[i]) && !countPair) {
                return true;
            }
        }
        return false;
    }

    private static String format(String pattern, Locale locale, int index, int count) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Object[] arguments = new Object[Math.max(format.getFormatsByArgumentIndex().length, index + 1)];
        Arrays.fill(arguments, OTHER_ARGUMENT);
        arguments[index] = count;
        return format.format(arguments);
    }

    private static String number(Locale locale, int count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    private static Properties load(String suffix) {
        try {
            return bundle(suffix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "/org/charta/i18n/messages" + suffix + ".properties";
        try (InputStream stream = CountMessagesTest.class.getResourceAsStream(name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
