package org.charta.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code unlock}, and the stale-lock message that points to it. */
class UnlockCommandTest extends CliTestBase {

    private Path charter;
    private Path lock;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
        lock = charter.resolve(".git/index.lock");
    }

    @Test
    void staleLockIsRemoved() throws IOException {
        createLock(Duration.ofMinutes(10));

        Result result = run("unlock", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(lock).doesNotExist();
        assertThat(result.out()).contains("Removed the lock", lock.toString(), "10 minutes ago");
    }

    @Test
    void recentLockIsKept() throws IOException {
        createLock(Duration.ofSeconds(5));

        Result result = run("unlock", "--charter", charter.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(lock).exists();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(lock.toString(), "seconds old", "may still be running", "2 minutes");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingLockIsReported() {
        Result result = run("unlock", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("not locked");
    }

    @Test
    void unlockOutsideRepositoryFails() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));

        Result result = run("unlock", "--charter", plain.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(plain.toString(), "not a Git repository");
    }

    @Test
    void staleLockMessageNamesUnlock() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        createLock(Duration.ofMinutes(10));

        Result result = run("record", "-m", "Change", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(lock.toString(), "charta unlock");
        assertThat(result.err()).doesNotContain("Charta offers it");
    }

    @Test
    void statusWarningNamesUnlock() throws IOException {
        createLock(Duration.ofMinutes(10));

        Result result = run("status", "--charter", charter.toString());

        assertThat(result.out()).contains("charta unlock");
    }

    private void createLock(Duration age) throws IOException {
        Files.writeString(lock, "");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(age)));
    }
}
