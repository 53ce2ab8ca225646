package org.charta.core.git;

import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.merge.MergeStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;

/** The refs under {@code refs/charta/conflicts/} that keep a conflicting remote tip until it is merged. */
class ConflictRefsTest extends IsolatedGitTest {

    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        Path remote = TestGit.initBare(temp.resolve("charter.git"));
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        RemoteSync.sync(alice, ALICE, "Edit article 3");
        write(bob, ARTICLE_3, "## Article 3\n\nMembers meet every month.\n");
    }

    @Test
    void statusListsUnmergedConflict() throws Exception {
        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        List<ConflictRef> conflicts = bob.status().conflicts();

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).ref()).isEqualTo(result.keptRemoteRef());
        assertThat(conflicts.get(0).commit()).isEqualTo(head(alice).name());
        assertThat(conflicts.get(0).paths()).containsExactly(ARTICLE_3);
    }

    @Test
    void repeatedConflictReusesRef() throws Exception {
        SyncResult first = RemoteSync.sync(bob, BOB, "Edit");
        SyncResult second = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(second.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(second.keptRemoteRef()).isEqualTo(first.keptRemoteRef());
        assertThat(conflictRefs()).hasSize(1);
    }

    @Test
    void newerRemoteTipReplacesOlderRef() throws Exception {
        SyncResult first = RemoteSync.sync(bob, BOB, "Edit");
        write(alice, "sections/preamble.md", "## Preamble\n\nWe, the members, adopt this charter today.\n");
        RemoteSync.sync(alice, ALICE, "Edit preamble");

        SyncResult second = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(second.outcome()).isEqualTo(SyncOutcome.CONFLICT);
        assertThat(bob.repository().resolve(second.keptRemoteRef())).isEqualTo(head(alice));
        assertThat(conflictRefs()).extracting(Ref::getName).containsExactly(second.keptRemoteRef());
        assertThat(bob.repository().exactRef(first.keptRemoteRef())).isNull();
    }

    @Test
    void mergedConflictLeavesStatusAndRef() throws Exception {
        SyncResult conflict = RemoteSync.sync(bob, BOB, "Edit");
        ObjectId kept = bob.repository().resolve(conflict.keptRemoteRef());
        // Resolving keeps Bob's text and records a merge with the shared commit as second parent.
        bob.git().merge().include(kept).setStrategy(MergeStrategy.OURS).setMessage("Keep mine").call();

        assertThat(bob.status().conflicts()).isEmpty();
        SyncResult after = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(after.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(conflictRefs()).isEmpty();
    }

    private List<Ref> conflictRefs() throws Exception {
        return bob.repository().getRefDatabase().getRefsByPrefix("refs/charta/conflicts/");
    }
}
