package org.charta.core.git;

import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.PREAMBLE;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A sync whose merge cannot write one file, as when another program keeps it open on Windows. The file is made
 * immutable with {@code chattr +i}, which stops even root from replacing it; the tests skip where chattr is not
 * available or the file system does not support it.
 */
class FailedWriteTest {

    private static final String ARTICLE_4 = "sections/article-4.md";

    @TempDir
    Path temp;

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final List<Path> immutableFiles = new ArrayList<>();
    private Path remote;
    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        remote = TestGit.initBare(temp.resolve("charter.git"));
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Path file : immutableFiles) {
            chattr("-i", file);
        }
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
        TestGit.restore();
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.push(closeable);
        return closeable;
    }

    @Test
    void fastForwardThatCannotWriteFails() throws Exception {
        // JGit writes files in path order: article-3 and article-4 are written before the preamble fails.
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        write(alice, ARTICLE_4, "## Article 4\n\nMembers vote.\n");
        write(alice, PREAMBLE, "## Preamble\n\nWe, the founding members, adopt this charter.\n");
        RemoteSync.sync(alice, ALICE, "Edit three sections");
        ObjectId before = head(bob);
        String article3Before = read(bob, ARTICLE_3);
        String preambleBefore = read(bob, PREAMBLE);
        makeImmutable(bob.folder().resolve(PREAMBLE));

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(result.conflictingPaths()).containsExactly(PREAMBLE);
        assertThat(head(bob)).isEqualTo(before);
        assertThat(read(bob, PREAMBLE)).isEqualTo(preambleBefore);
        assertThat(read(bob, ARTICLE_3)).isEqualTo(article3Before);
        assertThat(bob.folder().resolve(ARTICLE_4)).doesNotExist();
        assertThat(bob.status().uncommittedPaths()).isEmpty();
    }

    @Test
    void mergeThatCannotWriteFails() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        bob.record("Edit article 9", BOB);
        ObjectId before = head(bob);
        makeImmutable(bob.folder().resolve(ARTICLE_3));

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(result.conflictingPaths()).contains(ARTICLE_3);
        assertThat(head(bob)).isEqualTo(before);
        assertThat(bob.status().uncommittedPaths()).isEmpty();
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(head(alice));
    }

    @Test
    void retryAfterFileIsFreedCompletes() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        Path locked = bob.folder().resolve(ARTICLE_3);
        makeImmutable(locked);
        assertThat(RemoteSync.sync(bob, BOB, "Edit").outcome()).isEqualTo(SyncOutcome.FAILED);
        chattr("-i", locked);
        immutableFiles.remove(locked);

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, ARTICLE_3)).contains("twice a year");
        assertThat(head(bob)).isEqualTo(head(alice));
        assertThat(bob.status().uncommittedPaths()).isEmpty();
    }

    private void makeImmutable(Path file) throws Exception {
        boolean done = chattr("+i", file);
        assumeTrue(done, "chattr +i is not available here");
        immutableFiles.add(file);
        assumeTrue(!canReplace(file), "an immutable file can still be replaced here");
    }

    private static boolean canReplace(Path file) {
        Path sibling = file.resolveSibling(".probe.tmp");
        try {
            Files.writeString(sibling, "probe");
            Files.move(sibling, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(sibling);
            } catch (IOException ignored) {
                // Left in the temporary folder; JUnit deletes it.
            }
        }
    }

    private static boolean chattr(String flag, Path file) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
