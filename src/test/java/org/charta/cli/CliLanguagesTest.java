package org.charta.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line writes in the language of the system locale: errors, help and ordinary output come from that
 * language's own bundle file, not from the English fallback.
 */
class CliLanguagesTest extends CliTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void errorComesFromLanguageBundle(String language) throws IOException {
        Properties bundle = ownBundle(language);
        Path missing = temp.resolve("missing");
        Locale.setDefault(Locale.forLanguageTag(language));

        Result result = run("status", "--charter", missing.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).as("error in %s", language)
                .contains(format(bundle, "error.charter.folderMissing", language, missing.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void helpComesFromLanguageBundle(String language) throws IOException {
        Properties bundle = ownBundle(language);
        Locale.setDefault(Locale.forLanguageTag(language));

        Result result = run("--help");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        // Picocli wraps the help at 80 columns, so the texts are compared with their spaces collapsed.
        assertThat(collapsed(result.out())).as("help in %s", language)
                .contains(collapsed(format(bundle, "cli.charta.usage.description", language)))
                .contains(collapsed(format(bundle, "cli.charta.status.usage.description.0", language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void outputComesFromLanguageBundle(String language) throws IOException {
        Properties bundle = ownBundle(language);
        Path charter = importCharter("charter", CHARTER_MARKDOWN);
        Locale.setDefault(Locale.forLanguageTag(language));

        Result result = run("record", "--charter", charter.toString(), "-m", "Nothing new", "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).as("record output in %s", language)
                .contains(format(bundle, "cli.record.nothing", language));
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Formats a key of that language's own file, failing when the file lacks it. */
    private static String format(Properties bundle, String key, String language, Object... arguments) {
        String pattern = bundle.getProperty(key);
        assertThat(pattern).as("%s in messages_%s.properties", key, language).isNotNull();
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }

    private static Properties ownBundle(String language) throws IOException {
        Properties properties = new Properties();
        String name = "/org/charta/i18n/messages_" + language + ".properties";
        try (InputStream stream = CliLanguagesTest.class.getResourceAsStream(name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
