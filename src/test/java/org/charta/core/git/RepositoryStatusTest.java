package org.charta.core.git;

import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.PREAMBLE;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;

class RepositoryStatusTest {

    @TempDir
    Path temp;

    private Path remote;
    private CharterRepository alice;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        remote = TestGit.initBare(temp.resolve("charter.git"));
        alice = SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        TestGit.restore();
    }

    @Test
    void freshCharterIsClean() throws Exception {
        RepositoryStatus status = alice.status();

        assertThat(status.uncommittedPaths()).isEmpty();
        assertThat(status.ahead()).isZero();
        assertThat(status.behind()).isZero();
        assertThat(status.indexLocked()).isFalse();
        assertThat(status.headCommit()).isEqualTo(head(alice).abbreviate(7).name());
    }

    @Test
    void changedNewAndDeletedFilesAreListed() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nChanged.\n");
        write(alice, "sections/new.md", "## New\n");
        Files.delete(alice.folder().resolve(ARTICLE_9));

        assertThat(alice.status().uncommittedPaths()).containsExactly(ARTICLE_3, ARTICLE_9, "sections/new.md");
    }

    @Test
    void leftoverTemporaryFileIsNotAChange() throws Exception {
        write(alice, "sections/.preamble.md4711.charta-tmp", "half a save");

        assertThat(alice.status().uncommittedPaths()).isEmpty();
        assertThat(alice.record("Edit", ALICE)).isEmpty();
    }

    @Test
    void recordCommitsChangedNewAndDeletedFiles() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nChanged.\n");
        write(alice, "sections/new.md", "## New\n");
        Files.delete(alice.folder().resolve(ARTICLE_9));

        assertThat(alice.record("Edit", ALICE)).isPresent();

        assertThat(alice.status().uncommittedPaths()).isEmpty();
        assertThat(alice.status().ahead()).isEqualTo(1);
        assertThat(History.readAt(alice, "HEAD", ARTICLE_9)).isEmpty();
        assertThat(History.readAt(alice, "HEAD", "sections/new.md")).contains("## New\n");
    }

    @Test
    void recordNormalisesMessageAndAuthorToNfc() throws Exception {
        write(alice, ARTICLE_3, "## Article 3\n\nChanged.\n");
        org.charta.core.Identity decomposed = new org.charta.core.Identity("Ame\u0301lie Dura\u0300s",
                "ame\u0301lie@example.org");

        ObjectId id = alice.record("Re\u0301vision de l\u2019article 3\r\n", decomposed).orElseThrow();

        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(alice.repository())) {
            org.eclipse.jgit.revwalk.RevCommit commit = walk.parseCommit(id);
            assertThat(commit.getFullMessage()).isEqualTo("R\u00e9vision de l\u2019article 3\n");
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("Am\u00e9lie Dur\u00e0s");
            assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("am\u00e9lie@example.org");
            assertThat(commit.getCommitterIdent().getName()).isEqualTo("Am\u00e9lie Dur\u00e0s");
        }
    }

    @Test
    void recordWithoutChangesMakesNoCommit() throws Exception {
        ObjectId before = head(alice);

        assertThat(alice.record("Nothing", ALICE)).isEmpty();
        assertThat(head(alice)).isEqualTo(before);
    }

    @Test
    void crlfOnlyChangeIsIgnored() throws Exception {
        Path preamble = alice.folder().resolve(PREAMBLE);
        Files.writeString(preamble, Files.readString(preamble).replace("\n", "\r\n"));

        assertThat(alice.status().uncommittedPaths()).isEmpty();
        assertThat(alice.record("Nothing", ALICE)).isEmpty();
    }

    @Test
    void behindCountsFetchedCommits() throws Exception {
        try (CharterRepository bob = RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null)) {
            write(bob, ARTICLE_3, "## Article 3\n\nBob's.\n");
            RemoteSync.sync(bob, BOB, "Edit");
        }
        alice.git().fetch().call();

        assertThat(alice.status().behind()).isEqualTo(1);
        assertThat(alice.status().ahead()).isZero();
    }

    @Test
    void indexLockIsReported() throws Exception {
        Files.createFile(GitLocks.indexLock(alice.repository()));

        assertThat(alice.status().indexLocked()).isTrue();
    }

    @Test
    void repositoryWithoutCommitsHasNoHead() throws Exception {
        try (CharterRepository empty = CharterRepository.init(temp.resolve("empty"))) {
            RepositoryStatus status = empty.status();

            assertThat(status.headCommit()).isNull();
            assertThat(status.hasRemote()).isFalse();
            assertThat(status.remoteUrl()).isNull();
        }
    }
}
