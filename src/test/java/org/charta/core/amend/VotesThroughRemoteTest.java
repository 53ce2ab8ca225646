package org.charta.core.amend;

import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;

/**
 * Two members vote offline in their own clones, then share their votes through a bare remote served by
 * {@code git daemon} on 127.0.0.1. Each shares through the ordinary sync, which carries amendment branches.
 */
class VotesThroughRemoteTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";

    @Test
    void offlineVotesMeetThroughRemote() throws Exception {
        assumeThat(GitDaemon.isAvailable()).as("git on the PATH").isTrue();
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        CharterRepository carol = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        RemoteSync.publish(carol, url, CAROL);
        VoteFixture.amendment(carol, ID, AmendmentStatus.PROPOSED);
        Votes.open(carol, ID, CAROL);
        RemoteSync.sync(carol, CAROL, "Vote");
        CharterRepository alice = cloneOf(url, "alice");
        CharterRepository bob = cloneOf(url, "bob");

        Votes.cast(alice, ID, ALICE, VoteChoice.FOR, "Voted on the train.");
        Votes.cast(bob, ID, BOB, VoteChoice.AGAINST, "Voted in the village.");
        RemoteSync.sync(alice, ALICE, "Vote");
        RemoteSync.sync(bob, BOB, "Vote");
        RemoteSync.sync(carol, CAROL, "Vote");
        Tally tally = Votes.close(carol, ID, CAROL);

        assertThat(tally.lines()).extracting(VoteLine::email).containsExactly(ALICE.email(), BOB.email());
        assertThat(tally.lines()).allSatisfy(line -> assertThat(line.invalid()).isNull());
        assertThat(tally.forVotes()).isEqualTo(1);
        assertThat(tally.against()).isEqualTo(1);
        assertThat(tally.result()).isEqualTo(VoteResult.REJECTED);
    }

    private CharterRepository cloneOf(String url, String name) throws Exception {
        Path folder = temp.resolve(name);
        Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setCloneAllBranches(true).call().close();
        return closeLater(CharterRepository.open(folder));
    }
}
