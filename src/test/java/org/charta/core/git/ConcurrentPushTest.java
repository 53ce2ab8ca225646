package org.charta.core.git;

import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.RemoteRace;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bob's push reaches the remote, but another push lands while the remote's hook runs, so the remote fails to
 * update {@code main} ("failed to update ref"). That is the remote moving on, not a refusal: sync fetches,
 * merges and pushes again.
 */
class ConcurrentPushTest extends IsolatedGitTest {

    private Path bare;
    private CharterRepository alice;
    private CharterRepository bob;
    private RemoteRace race;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        TestGit.isolate(temp.resolve("git-config"));
        bare = TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
        race = RemoteRace.install(bare);
    }

    @Test
    void failedRefUpdateIsRetried() throws Exception {
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        race.start(1, () -> aliceEdits(1));

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit article 9");
        race.finish();

        assertThat(result.outcome()).as(result.detail()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.receivedCommits()).isEqualTo(1);
        assertThat(read(bob, ARTICLE_3)).contains("edit 1");
        assertThat(SharedCharters.remoteMain(bare)).isEqualTo(head(bob));
    }

    @Test
    void remoteMovingOnEveryPushEndsRejected() throws Exception {
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");
        AtomicInteger round = new AtomicInteger();
        race.start(SyncRun.MAX_PUSH_ATTEMPTS, () -> aliceEdits(round.incrementAndGet()));

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit article 9");
        race.finish();

        assertThat(result.outcome()).isEqualTo(SyncOutcome.REJECTED);
        assertThat(result.remoteMoved()).isTrue();
        assertThat(result.detail()).contains("failed to update ref");
        assertThat(SharedCharters.remoteMain(bare)).isEqualTo(head(alice));
        assertThat(read(bob, ARTICLE_9)).contains("five minutes");
    }

    @Test
    void hookRefusalIsNotRemoteMoved() throws Exception {
        java.nio.file.Files.writeString(bare.resolve("hooks/pre-receive"),
                "#!/bin/sh\necho 'the charter is frozen' >&2\nexit 1\n");
        write(bob, ARTICLE_9, "## Article 9\n\nAny member may speak for five minutes.\n");

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit article 9");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.REJECTED);
        assertThat(result.remoteMoved()).isFalse();
    }

    private void aliceEdits(int round) {
        try {
            write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year, edit " + round + ".\n");
            SyncResult result = RemoteSync.sync(alice, ALICE, "Edit article 3");
            assertThat(result.outcome()).as(result.detail()).isEqualTo(SyncOutcome.SYNCED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
