package org.charta.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and punctuation of the command line's output. Paragraph numbers go through the locale's number format
 * in every command. Arabic messages write no Western digit next to Arabic text. The French colon after a date
 * has its no-break space, and help never splits a Git key such as user.email across lines.
 */
class LocalizedOutputTest extends CliTestBase {

    /** A run of ASCII digits that is not part of a Latin word, an option, a command in quotes or a placeholder. */
    private static final Pattern LOOSE_DIGITS =
            Pattern.compile("(?<![A-Za-z0-9~\\-./_@:%=\\\\#<])(?<!BCP )[0-9]+(?![A-Za-z0-9\\-./_#<])");

    /** Arabic texts whose digits are values to type or compare literally: exit codes and release names. */
    private static final List<String> LITERAL_DIGIT_KEYS = List.of(
            "cli.charta.usage.footer", "cli.charta.sync.usage.footer", "error.release.name");

    @Test
    void arabicParagraphNumbersMatchAcrossCommands() throws IOException {
        Path charter = importCharter("charter", CHARTER_MARKDOWN);
        run("comment", "add", "preamble", "2", "Which citizens?", "--charter", charter.toString(), "--as", ALICE);
        run("translate", "add", "preamble", "fr", "--charter", charter.toString(), "--as", ALICE);
        Locale.setDefault(Locale.forLanguageTag("ar"));

        Result comments = run("comment", "list", "--charter", charter.toString());
        Result status = run("translate", "status", "--charter", charter.toString());
        Result marked = run("translate", "mark-current", "preamble", "fr", "٢", "--charter", charter.toString(),
                "--as", ALICE);

        assertThat(comments.exitCode()).as(comments.err()).isZero();
        assertThat(comments.out()).contains("الفقرة ٢").doesNotContain("الفقرة 2");
        assertThat(status.out()).contains("الفقرة ٢").doesNotContain("الفقرة 2");
        assertThat(marked.exitCode()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("الفقرة ٢");
    }

    @Test
    void frenchCommentListSpacesColon() throws IOException {
        Path charter = importCharter("charter", CHARTER_MARKDOWN);
        run("comment", "add", "preamble", "1", "Which citizens?", "--charter", charter.toString(), "--as", ALICE);
        Locale.setDefault(Locale.FRENCH);

        Result comments = run("comment", "list", "--charter", charter.toString());

        assertThat(comments.exitCode()).as(comments.err()).isZero();
        assertThat(comments.out()).contains(")\u00A0: Which citizens?").doesNotContain("): Which");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void helpKeepsGitKeysOnOneLine(String language) {
        Locale.setDefault(Locale.forLanguageTag(language));

        for (String command : List.of("record", "sync", "translate add", "comment list", "member add")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Result help = run(args.toArray(String[]::new));

            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as("%s help in %s", command, language)
                    .doesNotContainPattern("user\\.\\s*\\n")
                    .doesNotContainPattern("(?m)^\\s+email\\b");
        }
    }

    @Test
    void arabicMessagesUseArabicDigits() throws IOException {
        Properties arabic = new Properties();
        try (InputStream stream = getClass().getResourceAsStream("/org/charta/i18n/messages_ar.properties")) {
            arabic.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();

        for (String key : arabic.stringPropertyNames()) {
            boolean literal = LITERAL_DIGIT_KEYS.stream().anyMatch(key::startsWith);
            if (!(key.startsWith("cli.") || key.startsWith("error.")) || literal) {
                continue;
            }
            String text = withoutCommandsAndPlaceholders(arabic.getProperty(key));
            Matcher digits = LOOSE_DIGITS.matcher(text);
            if (digits.find()) {
                problems.add(key + ": " + digits.group() + " in " + text);
            }
        }

        assertThat(problems).as("Arabic messages with Western digits in the text").isEmpty();
    }

    /** Removes ASCII-quoted commands and plain placeholders, keeping the text of choice options. */
    private static String withoutCommandsAndPlaceholders(String pattern) {
        return pattern.replaceAll("\"[^\"]*\"", " ")
                .replaceAll("\\{\\d+(,[a-z]+(,[^{}|]*)?)?\\}", " ")
                .replaceAll("\\{\\d+,choice,", " ")
                .replaceAll("\\|?[0-9]+[#<]", " ");
    }
}
