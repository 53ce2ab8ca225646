package org.charta.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.charta.core.git.GitLocks;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void heldLockIsKept() throws IOException {
        assumeTrue(GitLocks.canListHolders(), "this system has no /proc");
        Result result;
        // An open descriptor on the lock stands for a Git program that is still running.
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            result = run("unlock", "--charter", charter.toString());
        }

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(lock).exists();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(lock.toString(), "held by a running program");
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
    void unheldLockIsRemovedOnOpen() throws IOException {
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nChanged.\n");
        createLock(Duration.ofMinutes(10));

        Result result = run("record", "-m", "Change", "--charter", charter.toString(), "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(lock).doesNotExist();
    }

    @Test
    void statusWarningNamesUnlock() throws IOException {
        Result result;
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            result = run("status", "--charter", charter.toString());
        }

        assertThat(result.out()).contains("charta unlock");
    }

    private void createLock(Duration age) throws IOException {
        Files.writeString(lock, "");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(age)));
    }
}
