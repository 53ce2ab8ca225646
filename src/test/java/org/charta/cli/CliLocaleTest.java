package org.charta.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output language when Java fell back to English because the system locale is not installed: the
 * environment's LC_ALL, LC_MESSAGES or LANG decides, unless the JVM was given {@code -Duser.language}.
 */
class CliLocaleTest {

    @Test
    void langChoosesLanguageOverEnglishDefault() {
        Locale locale = CliLocale.resolve(Locale.ENGLISH, false, Map.of("LANG", "fr_FR.UTF-8"));

        assertThat(locale).isEqualTo(Locale.FRANCE);
    }

    @Test
    void rootDefaultReadsEnvironmentToo() {
        Locale locale = CliLocale.resolve(Locale.ROOT, false, Map.of("LANG", "ar_EG.UTF-8"));

        assertThat(locale.getLanguage()).isEqualTo("ar");
    }

    @Test
    void lcAllComesBeforeLcMessagesAndLang() {
        Map<String, String> environment = Map.of("LC_ALL", "es_ES.UTF-8", "LC_MESSAGES", "ca_ES.UTF-8",
                "LANG", "fr_FR.UTF-8");

        assertThat(CliLocale.resolve(Locale.ENGLISH, false, environment).getLanguage()).isEqualTo("es");
    }

    @Test
    void lcMessagesComesBeforeLang() {
        Map<String, String> environment = Map.of("LC_MESSAGES", "id_ID.UTF-8", "LANG", "fr_FR.UTF-8");

        assertThat(CliLocale.resolve(Locale.ENGLISH, false, environment).getLanguage()).isEqualTo("id");
    }

    @Test
    void cAndPosixAreSkipped() {
        Map<String, String> environment = Map.of("LC_ALL", "C.UTF-8", "LC_MESSAGES", "POSIX", "LANG", "ca_ES.UTF-8");

        assertThat(CliLocale.resolve(Locale.ENGLISH, false, environment).getLanguage()).isEqualTo("ca");
    }

    @Test
    void languageWithoutBundleKeepsEnglish() {
        Map<String, String> environment = Map.of("LC_ALL", "de_DE.UTF-8", "LANG", "fr_FR.UTF-8");

        assertThat(CliLocale.resolve(Locale.ENGLISH, false, environment)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void explicitUserLanguageWins() {
        Locale locale = CliLocale.resolve(Locale.ENGLISH, true, Map.of("LANG", "fr_FR.UTF-8"));

        assertThat(locale).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void installedLocaleIsKept() {
        Locale locale = CliLocale.resolve(Locale.forLanguageTag("es-ES"), false, Map.of("LANG", "fr_FR.UTF-8"));

        assertThat(locale).isEqualTo(Locale.forLanguageTag("es-ES"));
    }

    @Test
    void emptyEnvironmentKeepsDefault() {
        assertThat(CliLocale.resolve(Locale.ENGLISH, false, Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(CliLocale.resolve(Locale.ENGLISH, false, Map.of("LANG", ""))).isEqualTo(Locale.ENGLISH);
    }

    /**
     * Runs the command line in a child JVM whose C library has only the C locale in effect (Java's default is
     * then English), with LANG naming French: the help must come out in French.
     */
    @Test
    void childProcessReadsLang(@TempDir Path home) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), "org.charta.Launcher", "--help");
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().put("LANG", "fr_FR.UTF-8");
        builder.redirectErrorStream(true);
        Path output = home.resolve("output.txt");
        builder.redirectOutput(output.toFile());

        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).as("French help").contains("Rédige une charte");
    }
}
