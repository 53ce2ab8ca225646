package org.charta.core.git;

import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryTest extends IsolatedGitTest {

    private static final Map<String, String> BEFORE = Map.of(
            "a.md", "Alpha\n",
            "b.md", "Beta\n",
            "c.md", "Gamma\n");

    private static final Map<String, String> AFTER = Map.of(
            "a.md", "Alpha, changed\n",
            "c.md", "Gamma, changed\n",
            "d.md", "Delta\n");

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
        moveMain(from);
        fixture.checkOut(from);
    }

    @Test
    void halfWrittenUpdateIsRolledForward() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        fixture.write("a.md", "Alpha, changed\n");

        Recovery.Report report = Recovery.run(charter);

        assertThat(report.updateCompleted()).isTrue();
        assertThat(report.leftAlone()).isEmpty();
        assertThat(fixture.read("c.md")).isEqualTo("Gamma, changed\n");
        assertThat(fixture.read("d.md")).isEqualTo("Delta\n");
        assertThat(fixture.file("b.md")).doesNotExist();
        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void editedFileIsLeftAlone() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        fixture.write("c.md", "Gamma, edited by hand\n");

        Recovery.Report report = Recovery.run(charter);

        assertThat(report.leftAlone()).containsExactly("c.md");
        assertThat(fixture.read("c.md")).isEqualTo("Gamma, edited by hand\n");
        assertThat(fixture.read("a.md")).isEqualTo("Alpha, changed\n");
        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().getModified()).containsExactly("c.md");
    }

    @Test
    void branchAlreadyMovedGetsIndexReset() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        for (Map.Entry<String, String> file : AFTER.entrySet()) {
            fixture.write(file.getKey(), file.getValue());
        }
        Files.delete(fixture.file("b.md"));
        moveMain(to);

        Recovery.run(charter);

        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void secondRunChangesNothing() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        Recovery.run(charter);

        Recovery.Report again = Recovery.run(charter);

        assertThat(again.didNothing()).isTrue();
        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.read("a.md")).isEqualTo("Alpha, changed\n");
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void cleanRepositoryNeedsNothing() throws Exception {
        Recovery.Report report = Recovery.run(charter);

        assertThat(report.didNothing()).isTrue();
        assertThat(fixture.head()).isEqualTo(from);
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void leftoverTemporaryFileIsDeleted() throws Exception {
        fixture.write("sections/.article-462.md8123456789012345678.charta-tmp", "half written");
        fixture.write("sections/article-1.md.charta-tmp", "not ours: no leading dot");
        fixture.write("sections/.notes.charta-tmp.md", "not ours: other suffix");

        Recovery.run(charter);

        assertThat(fixture.file("sections/.article-462.md8123456789012345678.charta-tmp")).doesNotExist();
        assertThat(fixture.file("sections/article-1.md.charta-tmp")).exists();
        assertThat(fixture.file("sections/.notes.charta-tmp.md")).exists();
    }

    @Test
    void temporaryNameInGitFolderIsKept() throws Exception {
        Path inGit = charter.repository().getDirectory().toPath().resolve(".x12.charta-tmp");
        Files.writeString(inGit, "kept");

        Recovery.run(charter);

        assertThat(inGit).exists();
    }

    @Test
    void leftoverJournalTemporaryFileIsDeleted() throws Exception {
        Path chartaState = charter.repository().getDirectory().toPath().resolve("charta");
        Files.createDirectories(chartaState);
        Path leftover = chartaState.resolve(".update.json42.charta-tmp");
        Files.writeString(leftover, "{}");

        Recovery.run(charter);

        assertThat(leftover).doesNotExist();
    }

    @Test
    void movedBranchDropsJournal() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        ObjectId elsewhere = fixture.commit(BEFORE, from);
        moveMain(elsewhere);

        Recovery.Report report = Recovery.run(charter);

        assertThat(report.updateCompleted()).isFalse();
        assertThat(fixture.head()).isEqualTo(elsewhere);
        assertThat(fixture.read("a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void journalOfMissingCommitIsDropped() throws Exception {
        ObjectId missing = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
        new UpdateJournal(from.name(), missing.name(), "refs/heads/main").write(charter.repository());

        Recovery.Report report = Recovery.run(charter);

        assertThat(report.updateCompleted()).isFalse();
        assertThat(fixture.head()).isEqualTo(from);
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void recordFinishesUpdateFirst() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        fixture.write("a.md", "Alpha, changed\n");

        // Recording the half-written tree would commit old versions of c.md and b.md over the update.
        assertThat(charter.record("Edit", TestGit.ALICE)).isEmpty();

        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.read("c.md")).isEqualTo("Gamma, changed\n");
    }

    @Test
    void unreadableIndexIsRebuilt() throws Exception {
        new UpdateJournal(from.name(), to.name(), "refs/heads/main").write(charter.repository());
        Files.write(charter.repository().getIndexFile().toPath(), new byte[] {'D', 'I', 'R', 'C', 0, 0});

        Recovery.run(charter);

        assertThat(fixture.head()).isEqualTo(to);
        assertThat(fixture.status().isClean()).isTrue();
    }

    private void moveMain(ObjectId commit) throws Exception {
        RefUpdate main = charter.repository().updateRef("refs/heads/main");
        main.setNewObjectId(commit);
        main.setForceUpdate(true);
        main.update();
    }
}
