package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void freshLockIsKept() throws Exception {
        Files.createFile(lock);

        assertThatThrownBy(() -> GitLocks.removeStaleIndexLock(repository.repository()))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(lock.toString());
        assertThat(lock).exists();
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
