package org.charta.core.transport;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Progress and cancel of a clone and a fetch over {@code git daemon}. */
class CancelTransferTest extends IsolatedGitTest {

    private Path remotes;
    private String url;

    @BeforeEach
    void startDaemon() throws Exception {
        Assumptions.assumeTrue(GitDaemon.isAvailable());
        remotes = temp.resolve("remotes");
        TransportFixture.publishCharter(temp, remotes.resolve("charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(remotes));
        url = daemon.url("charter.git");
    }

    @Test
    void cloneReportsProgress() throws Exception {
        var progress = new TransportFixture.RecordingProgress(0);
        RemoteAccess access = RemoteAccess.builder().progress(progress).build();

        closeLater(RemoteSync.cloneCharter(access, url, temp.resolve("bob")));

        assertThat(progress.phases).isNotEmpty();
    }

    @Test
    void cancelledCloneLeavesFolderEmpty() throws Exception {
        Path target = Files.createDirectories(temp.resolve("bob"));
        var progress = new TransportFixture.RecordingProgress(1);
        RemoteAccess access = RemoteAccess.builder().progress(progress).build();

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> RemoteSync.cloneCharter(access, url, target));

        assertThat(error.messageKey()).isEqualTo("error.transport.cancelled");
        try (var entries = Files.list(target)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void cancelledFetchLeavesRepositoryConsistent() throws Exception {
        CharterRepository bob = closeLater(RemoteSync.cloneCharter(RemoteAccess.anonymous(), url,
                temp.resolve("bob")));
        ObjectId before = bob.repository().resolve(Constants.HEAD);
        addLargeCommit();
        var progress = new TransportFixture.RecordingProgress(1);
        RemoteAccess access = RemoteAccess.builder().progress(progress).build();

        ChartaException error = catchThrowableOfType(ChartaException.class,
                () -> RemoteSync.sync(access, bob, TestGit.BOB, "Edit"));

        assertThat(error.messageKey()).isEqualTo("error.transport.cancelled");
        assertThat(bob.repository().resolve(Constants.HEAD)).isEqualTo(before);
        assertThat(TestGit.runGit(bob.folder(), temp.resolve("git-home"), "fsck", "--no-progress"))
                .doesNotContainIgnoringCase("error");
    }

    /** Pushes a commit with a few hundred kilobytes of new text, so the fetch has a pack to receive. */
    private void addLargeCommit() throws Exception {
        Path alice = temp.resolve("alice");
        StringBuilder text = new StringBuilder("## Article 3\n\n");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            text.append(Long.toString(random.nextLong(), 36)).append(i % 12 == 11 ? "\n\n" : " ");
        }
        Files.writeString(alice.resolve(TransportFixture.ARTICLE_3), text + "\n");
        try (CharterRepository repository = CharterRepository.open(alice)) {
            RemoteSync.sync(repository, TestGit.ALICE, "Long article");
        }
    }
}
