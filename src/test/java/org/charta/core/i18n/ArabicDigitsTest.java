package org.charta.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formats every window message ({@code ui.} keys) of the Arabic bundle that has a number or choice argument with
 * sample numbers. Java's Arabic locale writes numbers in Arabic-Indic digits, so an ASCII digit in the output that
 * the message does not contain as literal text came from a number. Such a digit comes from a choice option that writes "0" instead of the
 * number, which mixes two digit systems in one sentence.
 */
class ArabicDigitsTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final long[] SAMPLE_NUMBERS = {0, 1, 2, 3, 7, 11, 25, 100, 1234};

    @Test
    void numbersInArabicMessagesUseArabicDigits() throws IOException {
        Properties bundle = arabicBundle();
        List<String> mixed = new ArrayList<>();
        int checked = 0;
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            if (!key.startsWith("ui.")) {
                continue;
            }
            MessageFormat format = new MessageFormat(bundle.getProperty(key), ARABIC);
            Format[] formats = format.getFormatsByArgumentIndex();
            if (!hasNumber(formats)) {
                continue;
            }
            checked++;
            for (long number : SAMPLE_NUMBERS) {
                Object[] arguments = arguments(formats, number);
                String shown = format.format(arguments);
                String literal = withoutNumbers(format, formats).format(arguments);
                if (!asciiDigits(shown).equals(asciiDigits(literal))) {
                    mixed.add(key + " with " + number + ": " + shown);
                }
            }
        }

        assertThat(checked).isGreaterThan(20);
        assertThat(mixed).isEmpty();
    }

    private static boolean hasNumber(Format[] formats) {
        for (Format format : formats) {
            if (isNumeric(format)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeric(Format format) {
        return format instanceof NumberFormat || format instanceof ChoiceFormat;
    }

    /** Numbers for number and choice arguments, a word without digits for every other argument. */
    private static Object[] arguments(Format[] formats, long number) {
        Object[] arguments = new Object[formats.length];
        for (int index = 0; index < formats.length; index++) {
            arguments[index] = isNumeric(formats[index]) ? number : "نص";
        }
        return arguments;
    }

    /** The same message with every number and choice argument left out: what remains is literal text. */
    private static MessageFormat withoutNumbers(MessageFormat format, Format[] formats) {
        MessageFormat literal = (MessageFormat) format.clone();
        for (int index = 0; index < formats.length; index++) {
            if (isNumeric(formats[index])) {
                literal.setFormatByArgumentIndex(index, new Nothing());
            }
        }
        return literal;
    }

    private static String asciiDigits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static Properties arabicBundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream input = ArabicDigitsTest.class.getResourceAsStream("/org/charta/i18n/messages_ar.properties")) {
            properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A format that writes nothing. */
    private static final class Nothing extends Format {

        @Override
        public StringBuffer format(Object value, StringBuffer target, FieldPosition position) {
            return target;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }
}
