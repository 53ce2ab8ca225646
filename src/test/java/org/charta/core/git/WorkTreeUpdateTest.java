package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkTreeUpdateTest extends IsolatedGitTest {

    private static final Map<String, String> BEFORE = Map.of(
            "a.md", "Alpha\n",
            "b.md", "Beta\n",
            "sub/c.md", "Gamma\n");

    private static final Map<String, String> AFTER = Map.of(
            "a.md", "Alpha, changed\n",
            "sub/c.md", "Gamma\n",
            "sub/d.md", "Delta\n");

    private CharterRepository charter;
    private CommitFixture fixture;
    private ObjectId from;
    private ObjectId to;

    @BeforeEach
    void setUp() throws Exception {
        charter = closeLater(CharterRepository.init(temp.resolve("charter")));
        fixture = new CommitFixture(charter);
        from = fixture.commit(BEFORE);
        to = fixture.commit(AFTER, from);
        RefUpdate main = charter.repository().updateRef("refs/heads/main");
        main.setNewObjectId(from);
        main.update();
        fixture.checkOut(from);
    }

    @Test
    void fastForwardWritesEveryChange() throws Exception {
        WorkTreeUpdate.run(charter, from, to);

        assertThat(fixture.read("a.md")).isEqualTo("Alpha, changed\n");
        assertThat(fixture.file("b.md")).doesNotExist();
        assertThat(fixture.read("sub/c.md")).isEqualTo("Gamma\n");
        assertThat(fixture.read("sub/d.md")).isEqualTo("Delta\n");
        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void deletedFolderIsRemoved() throws Exception {
        ObjectId flat = fixture.commit(Map.of("a.md", "Alpha\n"), from);

        WorkTreeUpdate.run(charter, from, flat);

        assertThat(fixture.file("sub")).doesNotExist();
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void fileReplacesFolderOfSameName() throws Exception {
        ObjectId fileThere = fixture.commit(Map.of("a.md", "Alpha\n", "b.md", "Beta\n", "sub", "Now a file\n"),
                from);

        WorkTreeUpdate.run(charter, from, fileThere);

        assertThat(fixture.read("sub")).isEqualTo("Now a file\n");
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void mergeCommitIsCheckedOut() throws Exception {
        ObjectId side = fixture.commit(Map.of("a.md", "Alpha\n", "b.md", "Beta, theirs\n", "sub/c.md", "Gamma\n"),
                from);
        ObjectId merge = fixture.commit(Map.of("a.md", "Alpha\n", "b.md", "Beta, theirs\n", "sub/c.md", "Gamma\n",
                "e.md", "Epsilon\n"), from, side);

        WorkTreeUpdate.run(charter, from, merge);

        assertThat(fixture.read("b.md")).isEqualTo("Beta, theirs\n");
        assertThat(fixture.read("e.md")).isEqualTo("Epsilon\n");
        assertThat(fixture.head()).isEqualTo(merge);
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void unwritableFileRollsEverythingBack() throws Exception {
        // A folder in the place of a new file makes its rename fail after a.md and b.md were updated.
        fixture.write("sub/d.md/kept.txt", "in the way\n");

        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to))
                .isInstanceOf(WorkTreeUpdate.PathsNotUpdatedException.class)
                .hasMessageContaining("sub/d.md")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.filesNotUpdated");
        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.read("b.md")).isEqualTo("Beta\n");
        assertThat(fixture.head()).isEqualTo(from);
        assertThat(fixture.journal()).doesNotExist();
        assertThat(fixture.status().getModified()).isEmpty();
    }

    @Test
    void retryAfterFailureCompletes() throws Exception {
        fixture.write("sub/d.md/kept.txt", "in the way\n");
        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to)).isInstanceOf(ChartaException.class);
        Files.delete(fixture.file("sub/d.md/kept.txt"));
        Files.delete(fixture.file("sub/d.md"));

        WorkTreeUpdate.run(charter, from, to);

        assertThat(fixture.read("sub/d.md")).isEqualTo("Delta\n");
        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void movedBranchIsRefused() throws Exception {
        ObjectId elsewhere = fixture.commit(BEFORE, from);
        RefUpdate main = charter.repository().updateRef("refs/heads/main");
        main.setNewObjectId(elsewhere);
        main.update();

        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.headMoved");
        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.head()).isEqualTo(elsewhere);
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void lockedBranchRollsFilesBack() throws Exception {
        // A ref lock makes the ref update fail after every file was written.
        Files.createFile(charter.repository().getDirectory().toPath().resolve("refs/heads/main.lock"));

        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to)).isInstanceOf(ChartaException.class);

        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.read("b.md")).isEqualTo("Beta\n");
        assertThat(fixture.file("sub/d.md")).doesNotExist();
        assertThat(fixture.head()).isEqualTo(from);
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void localEditIsRefused() throws Exception {
        fixture.write("a.md", "Alpha, edited here\n");

        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.localChanges");
        assertThat(fixture.read("a.md")).isEqualTo("Alpha, edited here\n");
        assertThat(fixture.file("sub/d.md")).doesNotExist();
        assertThat(fixture.head()).isEqualTo(from);
    }

    @Test
    void indexLockIsRefused() throws Exception {
        Files.createFile(GitLocks.indexLock(charter.repository()));

        assertThatThrownBy(() -> WorkTreeUpdate.run(charter, from, to))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.git.indexLockedStale");
        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.head()).isEqualTo(from);
    }
}
