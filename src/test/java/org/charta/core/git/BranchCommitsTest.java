package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BranchCommitsTest extends IsolatedGitTest {

    private static final String MAIN = "refs/heads/main";
    private static final String AMENDMENT = "refs/heads/amendments/adults-k3f9";

    private CharterRepository charter;
    private CommitFixture fixture;
    private ObjectId start;

    @BeforeEach
    void setUp() throws Exception {
        charter = closeLater(CharterRepository.init(temp.resolve("charter")));
        fixture = new CommitFixture(charter);
        start = fixture.commit(Map.of("a.md", "Alpha\n", "b.md", "Beta\n"));
        RefUpdate main = charter.repository().updateRef(MAIN);
        main.setNewObjectId(start);
        main.update();
        fixture.checkOut(start);
    }

    @Test
    void commitOnOtherBranchLeavesWorkTree() throws Exception {
        BranchCommits.createBranch(charter, AMENDMENT, start);

        ObjectId commit = BranchCommits.commit(charter, AMENDMENT, Map.of("a.md", utf8("Alpha, amended\n")),
                "Amend a", TestGit.ALICE);

        assertThat(charter.repository().resolve(AMENDMENT)).isEqualTo(commit);
        assertThat(charter.repository().resolve(MAIN)).isEqualTo(start);
        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.status().isClean()).isTrue();
        RevCommit written = parse(commit);
        assertThat(written.getParent(0)).isEqualTo(start);
        assertThat(written.getFullMessage()).isEqualTo("Amend a");
        assertThat(written.getAuthorIdent().getEmailAddress()).isEqualTo("alice@example.org");
    }

    @Test
    void commitKeepsUnchangedFiles() throws Exception {
        BranchCommits.createBranch(charter, AMENDMENT, start);

        ObjectId commit = BranchCommits.commit(charter, AMENDMENT, Map.of("c/d.md", utf8("Delta\n")), "Add d",
                TestGit.ALICE);

        assertThat(fixture.files(commit)).containsOnlyKeys("a.md", "b.md", "c/d.md");
    }

    @Test
    void nullDeletesPath() throws Exception {
        BranchCommits.createBranch(charter, AMENDMENT, start);
        Map<String, byte[]> changes = new HashMap<>();
        changes.put("b.md", null);

        ObjectId commit = BranchCommits.commit(charter, AMENDMENT, changes, "Delete b", TestGit.ALICE);

        assertThat(fixture.files(commit)).containsOnlyKeys("a.md");
    }

    @Test
    void checkedOutBranchMovesWorkTree() throws Exception {
        ObjectId commit = BranchCommits.commit(charter, MAIN, Map.of("a.md", utf8("Alpha, changed\n")), "Change a",
                TestGit.ALICE);

        assertThat(fixture.head()).isEqualTo(commit);
        assertThat(fixture.read("a.md")).isEqualTo("Alpha, changed\n");
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void editedFileBlocksCheckedOutCommit() throws Exception {
        fixture.write("a.md", "Alpha, edited by hand\n");

        assertThatThrownBy(() -> BranchCommits.commit(charter, MAIN, Map.of("a.md", utf8("Alpha, changed\n")),
                "Change a", TestGit.ALICE))
                .isInstanceOf(WorkTreeUpdate.PathsNotUpdatedException.class);
        assertThat(fixture.head()).isEqualTo(start);
        assertThat(fixture.read("a.md")).isEqualTo("Alpha, edited by hand\n");
    }

    @Test
    void missingBranchIsReported() {
        assertThatThrownBy(() -> BranchCommits.commit(charter, AMENDMENT, Map.of("a.md", utf8("x\n")), "x",
                TestGit.ALICE))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.branch.notFound");
    }

    @Test
    void existingBranchIsNotRecreated() throws Exception {
        BranchCommits.createBranch(charter, AMENDMENT, start);
        ObjectId moved = BranchCommits.commit(charter, AMENDMENT, Map.of("a.md", utf8("x\n")), "x", TestGit.ALICE);

        assertThatThrownBy(() -> BranchCommits.createBranch(charter, AMENDMENT, start))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.branch.exists");
        assertThat(charter.repository().resolve(AMENDMENT)).isEqualTo(moved);
    }

    @Test
    void messageAndNameAreNormalised() throws Exception {
        BranchCommits.createBranch(charter, AMENDMENT, start);

        ObjectId commit = BranchCommits.commit(charter, AMENDMENT, Map.of("a.md", utf8("x\n")),
                "Cafe\u0301\r\nline", new org.charta.core.Identity("Jose\u0301", "jose@example.org"));

        RevCommit written = parse(commit);
        assertThat(written.getFullMessage()).isEqualTo("Café\nline");
        assertThat(written.getAuthorIdent().getName()).isEqualTo("José");
    }

    private RevCommit parse(ObjectId id) throws Exception {
        try (RevWalk walk = new RevWalk(charter.repository())) {
            RevCommit commit = walk.parseCommit(id);
            walk.parseBody(commit);
            return commit;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
