package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Release tags travelling with sync through a real {@code git daemon} on 127.0.0.1. */
class ReleaseTagSyncTest extends IsolatedGitTest {

    private Path bare;
    private CharterRepository alice;
    private CharterRepository bob;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        bare = TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
    }

    @Test
    void releaseTagTravelsToOtherClone() throws Exception {
        ObjectId tag = annotatedTag(alice, "draft-1", Remotes.MAIN_REF);

        SyncResult sent = RemoteSync.sync(alice, ALICE, "Sync");
        SyncResult received = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(sent.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(sent.shared().tagsSent()).containsExactly("draft-1");
        assertThat(sent.sentCommits()).isZero();
        assertThat(remoteRef("refs/tags/draft-1")).isEqualTo(tag);
        assertThat(received.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(received.shared().tagsReceived()).containsExactly("draft-1");
        assertThat(bob.repository().resolve("refs/tags/draft-1")).isEqualTo(tag);
    }

    @Test
    void tagWithLocalEditSendsBoth() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        alice.record("Edit article 3", ALICE);
        annotatedTag(alice, "draft-2", Remotes.MAIN_REF);

        SyncResult sent = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(sent.sentCommits()).isEqualTo(1);
        assertThat(sent.shared().tagsSent()).containsExactly("draft-2");
        assertThat(remoteRef(Remotes.MAIN_REF)).isEqualTo(alice.repository().resolve(Remotes.MAIN_REF));
    }

    @Test
    void otherTagsStayLocal() throws Exception {
        AmendmentFixture.create(alice, "speech-a1b2", AmendmentStatus.DRAFT, ALICE);
        annotatedTag(alice, "amendment-snapshot", AmendmentRefs.localBranch("speech-a1b2"));
        alice.git().tag().setName("light").setAnnotated(false).call();

        SyncResult result = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.shared().tagsSent()).isEmpty();
        assertThat(remoteRef("refs/tags/amendment-snapshot")).isNull();
        assertThat(remoteRef("refs/tags/light")).isNull();
    }

    @Test
    void clashingTagIsReportedNotReplaced() throws Exception {
        annotatedTag(alice, "draft-3", Remotes.MAIN_REF);
        RemoteSync.sync(alice, ALICE, "Sync");
        write(bob, ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n");
        bob.record("Edit article 3", BOB);
        ObjectId bobTag = annotatedTag(bob, "draft-3", Remotes.MAIN_REF);
        ObjectId aliceTag = remoteRef("refs/tags/draft-3");

        SyncResult result = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.shared().tagsRejected()).containsExactly("draft-3");
        assertThat(result.shared().tagsReceived()).isEmpty();
        assertThat(bob.repository().resolve("refs/tags/draft-3")).isEqualTo(bobTag);
        assertThat(remoteRef("refs/tags/draft-3")).isEqualTo(aliceTag);
    }

    private static ObjectId annotatedTag(CharterRepository repository, String name, String ref) throws Exception {
        try (RevWalk walk = new RevWalk(repository.repository())) {
            RevCommit commit = walk.parseCommit(repository.repository().resolve(ref));
            return repository.git().tag().setName(name).setAnnotated(true).setObjectId(commit)
                    .setMessage(name + "\n\nNotes.").setTagger(new PersonIdent("Carol Coordinator", "carol@example.org"))
                    .call().getObjectId();
        }
    }

    private ObjectId remoteRef(String ref) throws Exception {
        try (Repository remote = AmendmentFixture.openBare(bare)) {
            return remote.resolve(ref);
        }
    }
}
