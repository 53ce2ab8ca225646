package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;

/**
 * Closing a vote counts the votes already fetched from {@code origin}: Alice votes in her clone and syncs through
 * a bare remote served by {@code git daemon} on 127.0.0.1, and Carol's copy has fetched that vote but not merged it.
 */
class CloseAfterFetchTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";

    private CharterRepository carol;

    @BeforeEach
    void aliceVotesThroughRemote() throws Exception {
        assumeThat(GitDaemon.isAvailable()).as("git on the PATH").isTrue();
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        carol = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        RemoteSync.publish(carol, url, CAROL);
        VoteFixture.amendment(carol, ID, AmendmentStatus.PROPOSED);
        Votes.open(carol, ID, CAROL);
        RemoteSync.sync(carol, CAROL, "Vote");
        CharterRepository alice = cloneOf(url, "alice");
        Votes.cast(alice, ID, ALICE, VoteChoice.FOR, "");
        RemoteSync.sync(alice, ALICE, "Vote");
        try (Git git = Git.wrap(carol.repository())) {
            git.fetch().setRemote("origin")
                    .setRefSpecs(new RefSpec("+refs/heads/amendments/*:refs/remotes/origin/amendments/*")).call();
        }
    }

    @Test
    void closeCountsFetchedVotes() throws Exception {
        Tally tally = Votes.close(carol, ID, CAROL);

        assertThat(tally.lines()).extracting(VoteLine::email).containsExactly(ALICE.email());
        assertThat(tally.forVotes()).isEqualTo(1);
    }

    @Test
    void closeMergesDivergedVotes() throws Exception {
        Votes.cast(carol, ID, BOB, VoteChoice.AGAINST, "");

        Tally tally = Votes.close(carol, ID, CAROL);

        assertThat(tally.lines()).extracting(VoteLine::email).containsExactly(ALICE.email(), BOB.email());
    }

    @Test
    void checkedOutBranchBehindAsksForSync() throws Exception {
        try (Git git = Git.wrap(carol.repository())) {
            git.checkout().setName(AmendmentRefs.localBranch(ID)).call();
        }
        ObjectId before = carol.repository().resolve(AmendmentRefs.localBranch(ID));

        assertThatThrownBy(() -> Votes.close(carol, ID, CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.syncFirst"));
        assertThat(carol.repository().resolve(AmendmentRefs.localBranch(ID))).isEqualTo(before);
    }

    private CharterRepository cloneOf(String url, String name) throws Exception {
        Path folder = temp.resolve(name);
        Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setCloneAllBranches(true).call().close();
        return closeLater(CharterRepository.open(folder));
    }
}
