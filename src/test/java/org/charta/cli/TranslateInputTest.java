package org.charta.cli;

import org.charta.core.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad language tags, language versions and {@code --from} files given to the translation commands: each is a
 * usage error (64) or a failure (1) with one message that names the value, and none changes the charter.
 */
class TranslateInputTest extends CliTestBase {

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("charter", CHARTER_MARKDOWN);
    }

    private Result charta(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", ALICE));
        return run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr_FR", "xx-", ""})
    void malformedTagIsUsageErrorEverywhere(String tag) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("translations-in"));
        Map<String, String> before = snapshot(charter);
        List<Result> results = List.of(
                charta("translate", "add", "preamble", tag),
                charta("translate", "import", tag, folder.toString()),
                charta("translate", "status", tag),
                charta("translate", "mark-current", "preamble", tag, "1"));

        for (Result result : results) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("Invalid language tag \"" + tag + "\"");
        }
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void versionLanguageIsCanonicalised() {
        Result added = charta("translate", "add", "preamble", "fr");

        Result comment = charta("comment", "add", "preamble@FR", "1", "Check this sentence.");
        Result listed = charta("comment", "list", "preamble@FR");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(comment.exitCode()).as(comment.err()).isZero();
        assertThat(comment.out()).contains("\"preamble@fr\"");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Check this sentence.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"preamble@", "preamble@fr_FR", "@fr"})
    void versionWithoutValidTagIsUsageError(String id) throws IOException {
        charta("translate", "add", "preamble", "fr");
        Map<String, String> before = snapshot(charter);

        Result listed = charta("comment", "list", id);
        Result commented = charta("comment", "add", id, "1", "Text");
        Result diffed = charta("diff", id);

        for (Result result : List.of(listed, commented, diffed)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("Invalid language version \"" + id + "\"")
                    .contains("language tag after @ is missing or invalid")
                    .doesNotContain("There is no translation");
        }
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void fromFolderAsksForFile() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ct"));
        Map<String, String> before = snapshot(charter);

        Result result = charta("translate", "add", "preamble", "fr", "--from", folder.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err().strip())
                .isEqualTo(Messages.format(Locale.ENGLISH, "cli.error.folderNotFile", folder.toString()));
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void emptyFromFileIsNamed() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.fr.md"), "\n");
        Map<String, String> before = snapshot(charter);

        Result result = charta("translate", "add", "preamble", "fr", "--from", empty.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(empty.toString()).contains("--from is empty");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void badParagraphNamesHeadingsToo() {
        charta("translate", "add", "preamble", "fr");

        Result result = charta("translate", "mark-current", "preamble", "fr", "first");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("\"first\"").contains("h1, h2").doesNotContain("from 1");
    }

    @Test
    void missingParagraphCountAgrees() throws IOException {
        Path shortCharter = importCharter("short", "# Short\n\n## Preamble\n\nWe meet.\n");

        Result result = run("comment", "add", "preamble", "5", "Which paragraph?",
                "--charter", shortCharter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("it has only 1 paragraph.").contains("Choose paragraph 1.")
                .doesNotContain("1 paragraphs");
    }
}
