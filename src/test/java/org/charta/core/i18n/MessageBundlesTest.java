package org.charta.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void frenchHasEveryEnglishKey() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(french.stringPropertyNames());

        assertThat(missing).as("keys missing from messages_fr.properties").isEmpty();
    }

    @Test
    void frenchHasNoKeyEnglishLacks() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        Set<String> extra = new TreeSet<>(french.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(extra).as("keys only in messages_fr.properties").isEmpty();
    }

    @Test
    void placeholdersMatchAcrossLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        for (String key : english.stringPropertyNames()) {
            if (french.containsKey(key)) {
                assertThat(placeholders(french.getProperty(key)))
                        .as("placeholders of %s", key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);

                MessageFormat format = new MessageFormat(pattern, Locale.ROOT);

                assertThat(format.getFormatsByArgumentIndex().length)
                        .as("arguments of %s in %s", key, file)
                        .isEqualTo(placeholders(pattern).stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1);
            }
        }
    }

    @Test
    void apostrophesAreAlwaysDoubled() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String withoutQuotedBraces = bundle.getProperty(key).replace("'{'", "").replace("'}'", "");
                assertThat(withoutQuotedBraces.replace("''", ""))
                        .as("%s in %s: MessageFormat drops a single apostrophe", key, file)
                        .doesNotContain("'");
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = MessageBundlesTest.class.getResourceAsStream("/org/charta/i18n/" + name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
