package org.charta.cli;

import org.charta.testing.TestGit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word diff output on synthetic texts. Where every change is a whole word between spaces and the changed
 * lines can be paired in only one way, Git's word diff and Charta's agree, so the output is compared with
 * {@code git diff --no-index --word-diff=plain}. Elsewhere they may differ: Charta splits punctuation from words,
 * and when lines can be paired in several equally short ways, Git's heuristics may choose another pairing.
 */
class WordDiffPrinterTest {

    private static final String TEXT = """
            # Title

            Intro line.

            Plain next line.

            Middle one two three.

            Fourth paragraph here.

            Fifth paragraph here.

            Sixth paragraph here.

            Closing words.
            """;

    @TempDir
    Path temp;

    @Test
    void insertedLineShowsNoUnchangedLine() {
        String changed = TEXT.replace("Intro line.\n", "Intro line.\nInserted line.\n");

        assertThat(print(TEXT, changed, 0)).isEqualTo("@@ -3,0 +4 @@\n{+Inserted line.+}\n");
    }

    @Test
    void deletedLinesNameTheirRange() {
        String changed = TEXT.replace("Intro line.\n\n", "");

        assertThat(print(TEXT, changed, 0)).isEqualTo("@@ -3,2 +2,0 @@\n[-Intro line.-]\n\n");
    }

    @Test
    void changedWordKeepsItsLine() {
        String changed = TEXT.replace("one two three", "one deux three");

        assertThat(print(TEXT, changed, 0)).isEqualTo("@@ -7 +7 @@\nMiddle one [-two-]{+deux+} three.\n");
    }

    @Test
    void distantChangesMakeTwoHunks() {
        String changed = TEXT.replace("Intro line.", "Opening line.").replace("Closing words.", "Final words.");

        assertThat(print(TEXT, changed, 0)).isEqualTo("@@ -3 +3 @@\n[-Intro-]{+Opening+} line.\n"
                + "@@ -15 +15 @@\n[-Closing-]{+Final+} words.\n");
    }

    @Test
    void newTextStartsAtLineZero() {
        assertThat(print("", "## Duties\n", 0)).isEqualTo("@@ -0,0 +1 @@\n{+## Duties+}\n");
    }

    @Test
    void contextLinesSurroundChange() {
        String changed = TEXT.replace("one two three", "one deux three");

        assertThat(print(TEXT, changed, 1)).isEqualTo("@@ -6,3 +6,3 @@\n\nMiddle one [-two-]{+deux+} three.\n\n");
    }

    @Test
    void equalLinesPrintNothing() {
        assertThat(print(TEXT, TEXT.replace("\n", "\r\n"), 3)).isEmpty();
    }

    @Test
    void outputMatchesGitWordDiff() throws Exception {
        Assumptions.assumeTrue(gitExists(), "git is not installed");
        List<String> variants = List.of(
                TEXT.replace("Intro line.\n", "Intro line.\nInserted line.\n"),
                TEXT.replace("Intro line.\n\n", ""),
                TEXT.replace("Plain next line.\n", "Plain next line.\n\n"),
                TEXT.replace("one two three", "one deux three").replace("Closing words.", "Final words."),
                TEXT.replace("Fourth paragraph here.", "Fourth chapter here.")
                        .replace("Sixth paragraph", "Sixth chapter"),
                TEXT + "Appended line.\n");
        for (int context : new int[] {0, 1, 3}) {
            for (String changed : variants) {
                assertThat(print(TEXT, changed, context))
                        .as("-U%d for:%n%s", context, changed)
                        .isEqualTo(gitWordDiff(TEXT, changed, context));
            }
        }
    }

    private static String print(String oldText, String newText, int context) {
        StringWriter out = new StringWriter();
        new WordDiffPrinter(false, context).print(oldText, newText, new PrintWriter(out, true));
        return out.toString().replace("\r\n", "\n");
    }

    /** Runs Git's word diff and keeps its hunks, without the file header and the function name after "@@". */
    private String gitWordDiff(String oldText, String newText, int context) throws Exception {
        Path oldFile = Files.writeString(temp.resolve("old.md"), oldText);
        Path newFile = Files.writeString(temp.resolve("new.md"), newText);
        ProcessBuilder builder = TestGit.isolatedEnvironment(new ProcessBuilder("git", "diff", "--no-index",
                "--no-color", "-U" + context, "--word-diff=plain", oldFile.toString(), newFile.toString()),
                temp.resolve("home")).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int hunks = output.indexOf("\n@@ ");
        return hunks < 0 ? "" : output.substring(hunks + 1).replaceAll("(?m)^(@@ [^@]* @@).*$", "$1");
    }

    private static boolean gitExists() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
