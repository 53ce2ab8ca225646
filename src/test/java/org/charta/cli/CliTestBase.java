package org.charta.cli;

import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link ChartaCli#execute(String[], PrintWriter, PrintWriter)} in-process on real repositories in a
 * temporary folder, with JGit isolated from the global Git configuration and the default locale English.
 */
abstract class CliTestBase {

    static final String ALICE = "Alice Drafter <alice@example.org>";
    static final String BOB = "Bob Drafter <bob@example.org>";

    @TempDir
    Path temp;

    StoredConfig userGitConfig;
    private Locale savedLocale;

    @BeforeEach
    void isolate() throws IOException {
        userGitConfig = TestGit.isolate(temp.resolve("git-config"));
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
        TestGit.restore();
    }

    /** The outcome of one command. */
    record Result(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ChartaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** Writes a Markdown document into the temporary folder and imports it as a charter in {@code name}. */
    /** Replaces text in a file, failing when the file lacks it, as a person's edit in another editor would. */
    static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    Path importCharter(String name, String markdown) throws IOException {
        Path document = temp.resolve(name + ".md");
        Files.writeString(document, markdown);
        Path charter = temp.resolve(name);
        Result result = run("import", document.toString(), charter.toString(), "--as", ALICE);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("import failed: " + result);
        }
        return charter;
    }

    /** Returns every file under the folder with its content, to check that a failed command changed nothing. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
                String relative = folder.relativize(path).toString();
                if (relative.startsWith(".git/logs") || relative.equals(".git/FETCH_HEAD")) {
                    continue;
                }
                files.put(relative, Files.isRegularFile(path) ? digest(path) : "<dir>");
            }
        }
        return files;
    }

    private static String digest(Path file) throws IOException {
        return Integer.toHexString(Arrays.hashCode(Files.readAllBytes(file))) + ":" + Files.size(file);
    }

    static final String CHARTER_MARKDOWN = """
            # Charter of the Assembly

            ## Preamble

            We, the citizens of the world, meet to draft this charter.

            We write it together, in many languages.

            ## Membership

            Every person may join the assembly.

            Members may vote on every amendment.
            """;
}
