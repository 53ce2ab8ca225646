package org.charta.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code src/test/shell/cli-roundtrip.sh} with bash against the packaged {@code charta.jar}: import, publish,
 * two clones, edit, comment, sync, diff and a clone over {@code git daemon}. Failsafe runs it after packaging;
 * it is skipped when the jar, the realdata folder, bash or git is missing.
 */
class CliRoundTripIT {

    private static final Path SCRIPT = Path.of("src/test/shell/cli-roundtrip.sh");
    private static final long TIMEOUT_MINUTES = 10;

    @TempDir
    Path temp;

    @Test
    void roundTripScriptPasses() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("charta.jar", "target/charta.jar"));
        Path realdata = Path.of(System.getProperty("charta.realdata", "../shared/realdata"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar);
        Assumptions.assumeTrue(Files.isDirectory(realdata), "no realdata folder at " + realdata);
        Assumptions.assumeTrue(commandExists("bash") && commandExists("git"), "bash or git is not installed");

        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), jar.toString(), realdata.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.txt").toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("TMPDIR", temp.toString());
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(temp.resolve("output.txt"), StandardCharsets.UTF_8);

        assertThat(finished).as("script finished within %d minutes; output:%n%s", TIMEOUT_MINUTES, output).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).as("summary").containsPattern("\\d+ passed, 0 failed");
    }

    private static boolean commandExists(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
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
