package org.charta.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a command writes besides its output: no log below WARN, one line per failure, details with --verbose. */
class LoggingTest extends CliTestBase {

    @Test
    void successfulCommandLogsNothing() throws IOException {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);

        Result result = run("status", "--charter", charter.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("INFO", "Opened charter");
    }

    @Test
    void verboseLogsToErrorStreamOnly() throws IOException {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);

        Result result = run("status", "--json", "--verbose", "--charter", charter.toString());

        assertThat(result.err()).contains("INFO", "Opened charter");
        assertThat(result.out()).startsWith("{").doesNotContain("Opened charter");
    }

    @Test
    void verboseFailureShowsStackTrace() {
        Result result = run("status", "-v", "--charter", temp.resolve("missing").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("ChartaException", "\tat org.charta.");
    }

    @Test
    void failureMessageFollowsLocale() {
        Locale.setDefault(Locale.FRENCH);
        Path missing = temp.resolve("missing");

        Result result = run("status", "--charter", missing.toString());

        assertThat(result.errLines()).containsExactly("Le dossier " + missing + " n'existe pas. Vérifiez le chemin.");
    }

    @Test
    void runRestoresLogbackAppenders() throws IOException {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        List<String> before = appenderNames(root);

        run("status", "--charter", temp.resolve("missing").toString());
        run("status", "--verbose", "--charter", temp.resolve("missing").toString());

        assertThat(appenderNames(root)).isEqualTo(before);
        assertThat(appenderNames(root)).doesNotContain("charta-cli");
    }

    private static List<String> appenderNames(Logger logger) {
        List<String> names = new ArrayList<>();
        for (var it = logger.iteratorForAppenders(); it.hasNext(); ) {
            Appender<?> appender = it.next();
            names.add(appender.getName());
        }
        return names;
    }
}
