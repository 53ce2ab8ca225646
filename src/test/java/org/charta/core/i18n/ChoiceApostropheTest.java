package org.charta.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formats every message of every language with sample arguments. A doubled apostrophe inside a
 * {@code {n,choice,...}} option is unquoted twice when the option contains a placeholder, because
 * MessageFormat then parses the option again and the single apostrophe left quotes the rest of it.
 */
class ChoiceApostropheTest {

    private static final String[] BUNDLES = {
        "messages.properties", "messages_fr.properties", "messages_es.properties",
        "messages_ca.properties", "messages_id.properties", "messages_ar.properties"
    };

    private static final int[] SAMPLE_NUMBERS = {0, 1, 2, 5, 12};

    private static final Pattern NUMERIC_PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*,\\s*(?:choice|number)");

    private static final Pattern UNFORMATTED_PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void choiceOptionsKeepPlaceholdersAndApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();

        for (String file : BUNDLES) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                problems.addAll(check(file, key, bundle.getProperty(key)));
            }
        }

        assertThat(problems).as("messages that lose a placeholder or an apostrophe").isEmpty();
    }

    private static List<String> check(String file, String key, String pattern) {
        List<String> problems = new ArrayList<>();
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);

        for (String output : formatWithSamples(pattern, format)) {
            if (UNFORMATTED_PLACEHOLDER.matcher(output).find()) {
                problems.add(file + " " + key + " shows a raw placeholder: " + output);
                break;
            }
        }

        for (String option : optionsParsedTwice(format)) {
            if (option.replace("''", "").contains("'")) {
                problems.add(file + " " + key + " loses an apostrophe in the choice option \"" + option
                        + "\": write four apostrophes there");
            }
        }
        return problems;
    }

    /**
     * Returns the choice options, nested ones included, that MessageFormat parses a second time because they
     * contain a placeholder. In such an option a lone apostrophe starts a quote instead of showing.
     */
    private static List<String> optionsParsedTwice(MessageFormat format) {
        List<String> options = new ArrayList<>();
        for (Format argumentFormat : format.getFormats()) {
            if (argumentFormat instanceof ChoiceFormat choice) {
                for (Object option : choice.getFormats()) {
                    String text = (String) option;
                    if (text.contains("{")) {
                        options.add(text);
                        options.addAll(optionsParsedTwice(new MessageFormat(text, Locale.ROOT)));
                    }
                }
            }
        }
        return options;
    }

    /**
     * Formats the pattern once per sample number, giving it to every argument that some placeholder, even
     * one nested in a choice option, formats as a number or a choice. The other arguments get text.
     */
    private static List<String> formatWithSamples(String pattern, MessageFormat format) {
        int argumentCount = format.getFormatsByArgumentIndex().length;
        Set<Integer> numericArguments = new HashSet<>();
        Matcher numeric = NUMERIC_PLACEHOLDER.matcher(pattern);
        while (numeric.find()) {
            numericArguments.add(Integer.parseInt(numeric.group(1)));
        }

        List<String> outputs = new ArrayList<>();
        for (int sample : SAMPLE_NUMBERS) {
            Object[] arguments = new Object[argumentCount];
            for (int index = 0; index < argumentCount; index++) {
                arguments[index] = numericArguments.contains(index) ? (Object) sample : "text" + index;
            }
            outputs.add(format.format(arguments));
        }
        return outputs;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = ChoiceApostropheTest.class.getResourceAsStream("/org/charta/i18n/" + name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
