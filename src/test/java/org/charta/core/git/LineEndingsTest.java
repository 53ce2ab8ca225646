package org.charta.core.git;

import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;

/**
 * A section committed with CRLF line endings before {@code .gitattributes} asked for LF, then cloned on a machine
 * with {@code core.autocrlf=input}.
 */
class LineEndingsTest extends IsolatedGitTest {

    private static final String CRLF_SECTION = "sections/article-02.md";
    private static final byte[] CRLF_BYTES =
            "## Article 2\r\n\r\nEveryone is equal.\r\n".getBytes(StandardCharsets.UTF_8);
    private static final String MANIFEST = """
            {"format":1,"title":"Charter","languages":["en"],"sections":[
              {"id":"article-02","path":"sections/article-02.md"},
              {"id":"article-03","path":"sections/article-03.md"}]}
            """;

    private Path remote;
    private Path windowsFolder;

    @BeforeEach
    void setUp() throws Exception {
        StoredConfig userConfig = TestGit.isolate(temp.resolve("git-config"));
        remote = TestGit.initBare(temp.resolve("charter.git"));
        windowsFolder = temp.resolve("windows");
        try (Git windows = Git.init().setDirectory(windowsFolder.toFile()).setInitialBranch("main").call()) {
            windows.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toString()))
                    .call();
            Files.createDirectories(windowsFolder.resolve("sections"));
            Files.write(windowsFolder.resolve(CRLF_SECTION), CRLF_BYTES);
            Files.writeString(windowsFolder.resolve("sections/article-03.md"), "## Article 3\n\nMembers meet.\n");
            Files.writeString(windowsFolder.resolve("charter.json"), MANIFEST);
            commit(windows, ".", "Windows user's first version");
            Files.writeString(windowsFolder.resolve(".gitattributes"), "*.md text eol=lf\n*.json text eol=lf\n");
            // Only the attributes file: adding "." would let JGit re-read the CRLF file through the new rules.
            commit(windows, ".gitattributes", "Ask for LF line endings");
            windows.push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
        }
        // The Linux user's global configuration, as JGit reads it.
        userConfig.setString("core", null, "autocrlf", "input");
        userConfig.save();
    }

    @Test
    void committedCrlfStaysCrlf() throws Exception {
        assertThat(blobAtRemote(CRLF_SECTION)).isEqualTo(CRLF_BYTES);
    }

    @Test
    void statusIsCleanRightAfterClone() throws Exception {
        CharterRepository linux = clone("linux");

        RepositoryStatus status = linux.status();

        assertThat(status.uncommittedPaths()).isEmpty();
        assertThat(status.ahead()).isZero();
        assertThat(status.behind()).isZero();
    }

    @Test
    void jgitStatusIsCleanRightAfterClone() throws Exception {
        CharterRepository linux = clone("linux");

        assertThat(linux.git().status().call().getModified()).isEmpty();
    }

    @Test
    void statusIsCleanAfterFileIsTouched() throws Exception {
        CharterRepository linux = clone("linux");
        Path file = linux.folder().resolve(CRLF_SECTION);
        // Rewriting the same bytes later makes the index's timestamps stale, so Git must compare content.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

        assertThat(linux.status().uncommittedPaths()).isEmpty();
    }

    @Test
    void fileSavedWithLfIsNotRecorded() throws Exception {
        CharterRepository linux = clone("linux");
        ObjectId before = head(linux);
        Files.writeString(linux.folder().resolve(CRLF_SECTION), "## Article 2\n\nEveryone is equal.\n");

        assertThat(linux.status().uncommittedPaths()).isEmpty();
        assertThat(linux.record("Edit", BOB)).isEmpty();
        assertThat(head(linux)).isEqualTo(before);
    }

    @Test
    void syncRightAfterCloneSucceeds() throws Exception {
        CharterRepository linux = clone("linux");
        ObjectId before = head(linux);

        SyncResult result = RemoteSync.sync(linux, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(head(linux)).isEqualTo(before);
    }

    @Test
    void syncMergesIncomingChangesAroundCrlfFile() throws Exception {
        CharterRepository linux = clone("linux");
        CharterRepository other = clone("other");
        write(other, "sections/article-03.md", "## Article 3\n\nMembers meet twice a year.\n");
        assertThat(RemoteSync.sync(other, ALICE, "Edit article 3").outcome()).isEqualTo(SyncOutcome.SYNCED);
        Files.writeString(linux.folder().resolve(CRLF_SECTION), "## Article 2\n\nEveryone is equal.\n");
        write(linux, "sections/article-04.md", "## Article 4\n\nNew.\n");

        SyncResult result = RemoteSync.sync(linux, BOB, "Add article 4");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.receivedCommits()).isEqualTo(1);
        assertThat(linux.status().uncommittedPaths()).isEmpty();
        assertThat(changedIn(linux, "HEAD^1")).containsExactly("sections/article-04.md");
        assertThat(blobAtRemote(CRLF_SECTION)).isEqualTo(CRLF_BYTES);
    }

    @Test
    void incomingChangeToCrlfFileMerges() throws Exception {
        CharterRepository linux = clone("linux");
        CharterRepository other = clone("other");
        write(other, CRLF_SECTION, "## Article 2\n\nEveryone is equal in rights.\n");
        assertThat(RemoteSync.sync(other, ALICE, "Edit article 2").outcome()).isEqualTo(SyncOutcome.SYNCED);
        write(linux, "sections/article-03.md", "## Article 3\n\nMembers meet every month.\n");

        SyncResult result = RemoteSync.sync(linux, BOB, "Edit article 3");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(result.changedPaths()).containsExactly(CRLF_SECTION);
        assertThat(Files.readString(linux.folder().resolve(CRLF_SECTION))).isEqualTo(
                "## Article 2\n\nEveryone is equal in rights.\n");
        assertThat(linux.status().uncommittedPaths()).isEmpty();
    }

    private CharterRepository clone(String name) throws Exception {
        CharterRepository clone = RemoteSync.cloneCharter(remote.toString(), temp.resolve(name), null);
        closeLater(clone);
        return clone;
    }

    private static void commit(Git git, String pattern, String message) throws Exception {
        git.add().addFilepattern(pattern).call();
        git.commit().setMessage(message).setAuthor("Windows User", "win@example.org")
                .setCommitter("Windows User", "win@example.org").setSign(false).call();
    }

    private byte[] blobAtRemote(String path) throws Exception {
        try (var repository = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(remote.toFile())
                .setMustExist(true).build();
             RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve("refs/heads/main"));
            try (var treeWalk = org.eclipse.jgit.treewalk.TreeWalk.forPath(repository, path, commit.getTree())) {
                return repository.open(treeWalk.getObjectId(0)).getBytes();
            }
        }
    }

    /** Returns the paths the commit changed against its first parent. */
    private static java.util.List<String> changedIn(CharterRepository repository, String revision) throws Exception {
        try (RevWalk walk = new RevWalk(repository.repository())) {
            RevCommit commit = walk.parseCommit(repository.repository().resolve(revision));
            return Remotes.changedPaths(repository.repository(), commit.getParent(0), commit);
        }
    }
}
