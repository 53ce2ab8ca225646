package org.charta.core.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface language has exactly the English keys, and each translation is a valid MessageFormat
 * pattern with the same arguments as the English text, so no window or command shows a raw {@code [key]},
 * drops a value or formats a number as a date.
 */
class BundleCompletenessTest {

    private static final String FOLDER = "/org/charta/i18n/";

    static Stream<String> translations() {
        return Messages.LANGUAGES.stream().filter(language -> !language.equals("en"));
    }

    static Stream<String> languages() {
        return Messages.LANGUAGES.stream();
    }

    @Test
    void sixLanguagesHaveBundles() {
        assertThat(Messages.LANGUAGES).containsExactly("en", "fr", "es", "ca", "id", "ar");
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationHasEveryEnglishKey(String language) throws IOException {
        Set<String> missing = new TreeSet<>(load("en").keySet());
        missing.removeAll(load(language).keySet());

        assertThat(missing).as("keys missing from %s", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationHasNoKeyEnglishLacks(String language) throws IOException {
        Set<String> extra = new TreeSet<>(load(language).keySet());
        extra.removeAll(load("en").keySet());

        assertThat(extra).as("keys in %s that messages.properties lacks", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void bundleDefinesEachKeyOnce(String language) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Properties counting = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                counts.merge((String) key, 1, Integer::sum);
                return super.put(key, value);
            }
        };
        try (Reader reader = new StringReader(read(language))) {
            counting.load(reader);
        }

        List<String> duplicates = counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(entry -> entry.getKey() + " (" + entry.getValue() + " times)")
                .toList();
        assertThat(duplicates).as("keys defined more than once in %s", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyValueIsAMessageFormatPattern(String language) throws IOException {
        List<String> invalid = new ArrayList<>();
        Locale locale = Locale.forLanguageTag(language);
        load(language).forEach((key, pattern) -> {
            try {
                new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                invalid.add(key + ": " + e.getMessage());
            }
        });

        assertThat(invalid).as("values of %s that MessageFormat rejects", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationUsesEnglishPlaceholders(String language) throws IOException {
        Map<String, String> english = load("en");
        List<String> differences = new ArrayList<>();
        load(language).forEach((key, pattern) -> {
            if (!english.containsKey(key)) {
                return;
            }
            Set<String> expected = MessagePlaceholders.of(english.get(key));
            Set<String> actual = MessagePlaceholders.of(pattern);
            if (!MessagePlaceholders.agree(expected, actual)) {
                differences.add(key + ": English has " + expected + ", " + language + " has " + actual);
            }
        });

        assertThat(differences).as("placeholders in %s that differ from English", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationIsNotBlankWhereEnglishIsNot(String language) throws IOException {
        Map<String, String> english = load("en");
        List<String> blank = load(language).entrySet().stream()
                .filter(entry -> entry.getValue().isBlank())
                .filter(entry -> !english.getOrDefault(entry.getKey(), "").isBlank())
                .map(Map.Entry::getKey)
                .toList();

        assertThat(blank).as("blank values in %s whose English text is not blank", fileName(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void escapesAreValid(String language) throws IOException {
        List<String> broken = PropertiesEscapes.broken(read(language));

        assertThat(broken).as("lines of %s with an escape that Properties drops or rejects", fileName(language))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void apostrophesAreDoubled(String language) throws IOException {
        List<String> single = new ArrayList<>();
        load(language).forEach((key, pattern) -> {
            String withoutQuotedBraces = pattern.replace("'{'", "").replace("'}'", "");
            if (withoutQuotedBraces.replace("''", "").contains("'")) {
                single.add(key);
            }
        });

        assertThat(single).as("values of %s with a single apostrophe, which MessageFormat drops", fileName(language))
                .isEmpty();
    }

    @Test
    void placeholderSignatureSeesTypeAndStyle() {
        assertThat(MessagePlaceholders.of("{0} of {1}")).containsExactly("0", "1");
        assertThat(MessagePlaceholders.of("{0,number,integer}")).containsExactly("0,number,integer");
        assertThat(MessagePlaceholders.of("{0, Number , integer }")).containsExactly("0,number,integer");
        assertThat(MessagePlaceholders.of("{0}")).isNotEqualTo(MessagePlaceholders.of("{0,number,integer}"));
        assertThat(MessagePlaceholders.of("{0,choice,1#one file|1<{0,number,integer} files} in {1}"))
                .containsExactly("0,number,integer", "1");
        assertThat(MessagePlaceholders.of("{0,choice,1#one|1<{0} files}")).containsExactly("0", "0,choice");
        assertThat(MessagePlaceholders.of("l''{0}, '{1}'")).containsExactly("0");
    }

    @Test
    void choiceLimitsMayDifferBetweenLanguages() {
        String english = "{0,choice,1#one thread|1<{0} threads}";
        String arabic = "{0,choice,0#لا سلاسل|1#سلسلة واحدة|2#سلسلتان|2<{0} سلاسل}";

        assertThat(MessagePlaceholders.of(arabic)).isEqualTo(MessagePlaceholders.of(english));
    }

    @Test
    void translationMayPluralizeEnglishNumber() {
        String english = "{0,number,integer} amendments";
        String french = "{0,choice,0#aucun amendement|1#un amendement|1<{0,number,integer} amendements}";

        assertThat(MessagePlaceholders.of(french)).isEqualTo(MessagePlaceholders.of(english));
        assertThat(MessagePlaceholders.agree(MessagePlaceholders.of("{0}"),
                MessagePlaceholders.of("{0,choice,1#un|1<{0} fils}"))).isFalse();
    }

    @Test
    void languageWithoutPluralsMayDropEnglishChoice() {
        Set<String> english = MessagePlaceholders.of("{0,choice,1#one thread|1<{0} threads} in {1}");

        assertThat(MessagePlaceholders.agree(english, MessagePlaceholders.of("{0} utas di {1}"))).isTrue();
        assertThat(MessagePlaceholders.agree(english, MessagePlaceholders.of("{0,number,integer} utas di {1}")))
                .isTrue();
        assertThat(MessagePlaceholders.agree(english, MessagePlaceholders.of("{0} utas"))).isFalse();
        assertThat(MessagePlaceholders.agree(english, MessagePlaceholders.of("{0,date} utas di {1}"))).isFalse();
    }

    @Test
    void escapeCheckFindsDroppedBackslash() {
        assertThat(PropertiesEscapes.broken("path=C:\\Users\\{0}\nok=a\\tb\\\\c \\u00e9\n"))
                .containsExactly("line 1: \\U in path=C:\\Users\\{0}", "line 1: \\{ in path=C:\\Users\\{0}");
        assertThat(PropertiesEscapes.broken("bad=\\u00zz\n")).containsExactly("line 1: \\u00zz in bad=\\u00zz");
        assertThat(PropertiesEscapes.broken("long=first \\\n  second\n")).isEmpty();
    }

    private static String fileName(String language) {
        return language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
    }

    private static String read(String language) throws IOException {
        try (InputStream stream = BundleCompletenessTest.class.getResourceAsStream(FOLDER + fileName(language))) {
            assertThat(stream).as(fileName(language)).isNotNull();
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(read(language))) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /**
     * The arguments of a MessageFormat pattern as "index[,type[,style]]" strings, type and style keywords in
     * lower case. A choice argument contributes the arguments of its branches but not its limits, because
     * languages with more plural forms need more branches. It contributes "index,choice" too, unless a branch
     * formats the same argument as a number: a translation may then wrap English's {0,number,integer} in a
     * plural choice, but never put a choice on an argument that English shows as text.
     */
    static final class MessagePlaceholders {

        private MessagePlaceholders() {
        }

        static Set<String> of(String pattern) {
            Set<String> found = new TreeSet<>();
            collect(pattern, found);
            found.removeIf(argument -> argument.endsWith(",choice") && found.stream().anyMatch(other ->
                    other.startsWith(argument.substring(0, argument.indexOf(',')) + ",number")));
            return found;
        }

        /**
         * Returns true when a translation's arguments agree with English's. Where English inflects a plural with a choice,
         * the argument is a number, so a language without plural forms may drop the choice and show the number
         * plainly ({0} or {0,number,integer}); everything else must match.
         */
        static boolean agree(Set<String> english, Set<String> translation) {
            return withoutPluralForms(english, english).equals(withoutPluralForms(translation, english));
        }

        private static Set<String> withoutPluralForms(Set<String> arguments, Set<String> english) {
            Set<String> pluralIndexes = new TreeSet<>();
            english.stream().filter(argument -> argument.endsWith(",choice"))
                    .forEach(argument -> pluralIndexes.add(argument.substring(0, argument.indexOf(','))));
            Set<String> kept = new TreeSet<>();
            for (String argument : arguments) {
                String index = argument.contains(",") ? argument.substring(0, argument.indexOf(',')) : argument;
                boolean plainNumber = argument.equals(index) || argument.startsWith(index + ",number")
                        || argument.equals(index + ",choice");
                kept.add(pluralIndexes.contains(index) && plainNumber ? index + ",plural" : argument);
            }
            return kept;
        }

        private static void collect(String pattern, Set<String> found) {
            boolean quoted = false;
            for (int index = 0; index < pattern.length(); index++) {
                char ch = pattern.charAt(index);
                if (ch == '\'') {
                    if (index + 1 < pattern.length() && pattern.charAt(index + 1) == '\'') {
                        index++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (ch == '{' && !quoted) {
                    int end = closingBrace(pattern, index);
                    addArgument(pattern.substring(index + 1, end), found);
                    index = end;
                }
            }
        }

        /** Returns the index of the brace that closes the argument opened at {@code open}, skipping nested ones. */
        private static int closingBrace(String pattern, int open) {
            int depth = 0;
            boolean quoted = false;
            for (int index = open; index < pattern.length(); index++) {
                char ch = pattern.charAt(index);
                if (ch == '\'') {
                    quoted = !quoted;
                } else if (!quoted && ch == '{') {
                    depth++;
                } else if (!quoted && ch == '}' && --depth == 0) {
                    return index;
                }
            }
            throw new IllegalArgumentException("Unmatched brace in " + pattern);
        }

        private static void addArgument(String argument, Set<String> found) {
            String[] parts = argument.split(",", 3);
            String index = parts[0].strip();
            if (parts.length == 1) {
                found.add(index);
                return;
            }
            String type = parts[1].strip().toLowerCase(Locale.ROOT);
            if (type.equals("choice")) {
                found.add(index + ",choice");
                for (Object branch : new ChoiceFormat(parts[2].strip()).getFormats()) {
                    collect((String) branch, found);
                }
                return;
            }
            String style = parts.length == 3 ? normalizedStyle(parts[2].strip()) : "";
            found.add(style.isEmpty() ? index + "," + type : index + "," + type + "," + style);
        }

        /** Lower-cases a style keyword (integer, percent, short), but keeps a custom pattern such as "#,##0.0". */
        private static String normalizedStyle(String style) {
            return style.chars().allMatch(Character::isLetter) ? style.toLowerCase(Locale.ROOT) : style;
        }
    }

    /**
     * Escapes in a properties file that {@link Properties#load} silently drops (a backslash before an ordinary
     * character, as in {@code C:\Users}) or rejects (a malformed {@code \\uXXXX}).
     */
    static final class PropertiesEscapes {

        private static final String VALID_AFTER_BACKSLASH = "tnrfu\\=:#! ";

        private PropertiesEscapes() {
        }

        static List<String> broken(String file) {
            List<String> broken = new ArrayList<>();
            String[] lines = file.split("\n", -1);
            for (int number = 0; number < lines.length; number++) {
                String line = lines[number];
                String trimmed = line.stripLeading();
                if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                for (int index = 0; index < line.length() - 1; index++) {
                    if (line.charAt(index) != '\\') {
                        continue;
                    }
                    char next = line.charAt(index + 1);
                    if (next == 'u' && !line.substring(index + 2, Math.min(line.length(), index + 6))
                            .matches("[0-9A-Fa-f]{4}")) {
                        broken.add("line " + (number + 1) + ": "
                                + line.substring(index, Math.min(line.length(), index + 6)) + " in " + line);
                    } else if (VALID_AFTER_BACKSLASH.indexOf(next) < 0) {
                        broken.add("line " + (number + 1) + ": \\" + next + " in " + line);
                    }
                    index++;
                }
            }
            return broken;
        }
    }
}
