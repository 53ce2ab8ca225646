package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitLocksTest {

    @TempDir
    Path temp;

    private CharterRepository repository;
    private Path lock;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        repository = CharterRepository.init(temp.resolve("charter"));
        lock = GitLocks.indexLock(repository.repository());
    }

    @AfterEach
    void tearDown() {
        repository.close();
        TestGit.restore();
    }

    @Test
    void heldLockIsKept() throws Exception {
        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThatThrownBy(() -> GitLocks.removeStaleIndexLock(repository.repository()))
                    .isInstanceOf(ChartaException.class)
                    .hasMessageContaining(lock.toString());
        }
        assertThat(lock).exists();
    }

    @Test
    void openLockIsHeld() throws Exception {
        assumeTrue(GitLocks.canListHolders(), "this system has no /proc");

        try (FileChannel held = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThat(GitLocks.isHeld(lock)).isTrue();
            assertThat(GitLocks.isStale(lock)).isFalse();
        }
    }

    @Test
    void closedLockIsStaleAtOnce() throws Exception {
        assumeTrue(GitLocks.canListHolders(), "this system has no /proc");
        FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();

        assertThat(GitLocks.isHeld(lock)).isFalse();
        assertThat(GitLocks.isStale(lock)).isTrue();
    }

    @Test
    void lockOfRunningGitIsHeld() throws Exception {
        assumeTrue(GitLocks.canListHolders(), "this system has no /proc");
        Path other = lock.resolveSibling("config.lock");
        Files.createFile(other);
        // Another process that has a file of the Git folder open may be a JGit program working under the lock.
        Process holder = new ProcessBuilder("sleep", "30")
                .redirectInput(ProcessBuilder.Redirect.from(repository.repository().getDirectory().toPath()
                        .resolve("HEAD").toFile()))
                .start();
        try {
            assertThat(GitLocks.isStale(other)).isFalse();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(GitLocks.isStale(other)).isTrue();
    }

    @Test
    void lockFilesListsRefLocks() throws Exception {
        Path refLock = repository.repository().getDirectory().toPath().resolve("refs/heads/main.lock");
        Files.createDirectories(refLock.getParent());
        Files.createFile(refLock);
        Files.createFile(lock);

        assertThat(GitLocks.lockFiles(repository.repository())).containsExactlyInAnyOrder(lock, refLock);
    }

    @Test
    void recoveryRemovesUnheldLocks() throws Exception {
        Path refLock = repository.repository().getDirectory().toPath().resolve("refs/heads/main.lock");
        Files.createDirectories(refLock.getParent());
        Files.createFile(refLock);
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(GitLocks.STALE_AFTER).minusSeconds(30)));
        Files.setLastModifiedTime(refLock, FileTime.from(Instant.now().minus(GitLocks.STALE_AFTER).minusSeconds(30)));

        Recovery.Report report = Recovery.run(repository);

        assertThat(report.removedLocks()).containsExactlyInAnyOrder(lock, refLock);
        assertThat(lock).doesNotExist();
        assertThat(refLock).doesNotExist();
    }

    @Test
    void staleLockIsRemoved() throws Exception {
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(GitLocks.STALE_AFTER).minusSeconds(30)));

        GitLocks.removeStaleIndexLock(repository.repository());

        assertThat(lock).doesNotExist();
    }

    @Test
    void missingLockIsNoError() throws Exception {
        GitLocks.removeStaleIndexLock(repository.repository());

        assertThat(lock).doesNotExist();
    }

    @Test
    void recordNamesStaleLock() throws Exception {
        Files.createFile(lock);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(GitLocks.STALE_AFTER).minusSeconds(30)));
        Files.writeString(repository.folder().resolve("a.md"), "text\n");

        assertThatThrownBy(() -> repository.record("Edit", TestGit.ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(lock.toString())
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.indexLockedStale");
        assertThat(repository.folder().resolve("a.md")).hasContent("text");
    }
}
