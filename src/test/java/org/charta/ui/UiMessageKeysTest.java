package org.charta.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string literal in the window's code that looks like a message key ({@code "ui.…"}) names a message in
 * both bundles, so the window never shows a raw {@code [ui.…]} key. No key of the window is built by
 * concatenation; literals that look like keys but are not messages are listed in {@link #NOT_MESSAGES}.
 */
class UiMessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/charta/ui");
    /** A whole key; a literal ending in a dot is a prefix that code completes, as {@code "ui.conflict."} is. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(ui\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    /** {@code ui.language} is the settings key of the chosen language ({@code Settings.LANGUAGE}). */
    private static final Set<String> NOT_MESSAGES = Set.of("ui.language");

    @Test
    void englishBundleHasEveryUiKey() throws IOException {
        Set<String> missing = missingFrom(load("messages.properties"));

        assertThat(missing).as("keys used in %s but missing from messages.properties", SOURCES).isEmpty();
    }

    @Test
    void frenchBundleHasEveryUiKey() throws IOException {
        Set<String> missing = missingFrom(load("messages_fr.properties"));

        assertThat(missing).as("keys used in %s but missing from messages_fr.properties", SOURCES).isEmpty();
    }

    @Test
    void sourcesContainUiKeys() throws IOException {
        assertThat(keysInSources()).as("message keys found in %s", SOURCES).hasSizeGreaterThan(100);
    }

    private static Set<String> missingFrom(Properties bundle) throws IOException {
        Set<String> missing = new TreeSet<>(keysInSources());
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        keys.removeAll(NOT_MESSAGES);
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = UiMessageKeysTest.class.getResourceAsStream("/org/charta/i18n/" + name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
