package org.charta.core.git;

import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.BranchSwitchTest.AMENDMENT;
import static org.charta.core.git.BranchSwitchTest.AMENDMENT_FILES;
import static org.charta.core.git.BranchSwitchTest.MAIN;
import static org.charta.core.git.BranchSwitchTest.MAIN_FILES;
import static org.charta.core.git.BranchSwitchTest.setRef;
import static org.charta.core.git.BranchSwitchTest.workTree;

/**
 * Leaves the state that a process killed at each step of a switch leaves (the journal, some files, perhaps
 * {@code HEAD}), then opens the charter as Charta does at start and checks that the switch was finished.
 */
class BranchSwitchRecoveryTest extends IsolatedGitTest {

    private CharterRepository charter;
    private CommitFixture fixture;
    private ObjectId main;
    private ObjectId amendment;

    @BeforeEach
    void setUp() throws Exception {
        charter = closeLater(CharterRepository.init(temp.resolve("charter")));
        fixture = new CommitFixture(charter);
        main = fixture.commit(MAIN_FILES);
        amendment = fixture.commit(AMENDMENT_FILES, main);
        setRef(charter, MAIN, main);
        setRef(charter, AMENDMENT, amendment);
        fixture.checkOut(main);
    }

    @Test
    void journalBeforeFirstFileRollsForward() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    @Test
    void deletionsDoneRollsForward() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        deleteMainOnlyFiles();

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    @Test
    void halfWrittenSwitchRollsForward() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        deleteMainOnlyFiles();
        fixture.write("sections/a.md", AMENDMENT_FILES.get("sections/a.md"));
        fixture.write("sections/annex/one.md", AMENDMENT_FILES.get("sections/annex/one.md"));

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    @Test
    void everyFileWrittenRollsForward() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        writeAmendmentFiles();

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    @Test
    void relinkedHeadGetsIndexReset() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        writeAmendmentFiles();
        charter.repository().updateRef(Constants.HEAD).link(AMENDMENT);

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    @Test
    void recordFinishesSwitchFirst() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        deleteMainOnlyFiles();
        fixture.write("sections/a.md", AMENDMENT_FILES.get("sections/a.md"));

        // Recording the half-written tree would commit the amendment's a.md and deletions onto the main text.
        assertThat(charter.record("Edit", TestGit.ALICE)).isEmpty();

        assertThat(charter.repository().resolve(MAIN)).isEqualTo(main);
        assertThat(charter.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree(charter)).isEqualTo(AMENDMENT_FILES);
    }

    @Test
    void halfSwitchBackRollsForward() throws Exception {
        BranchSwitch.run(charter, AMENDMENT);
        journal(amendment, main, AMENDMENT, MAIN);
        Files.delete(fixture.file("sections/annex/one.md"));
        fixture.write("sections/a.md", MAIN_FILES.get("sections/a.md"));
        fixture.write("sections/old/x.md", MAIN_FILES.get("sections/old/x.md"));

        CharterRepository reopened = reopen();

        assertThat(reopened.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(workTree(reopened)).isEqualTo(MAIN_FILES);
        assertThat(fixture.file("sections/annex")).doesNotExist();
        assertThat(reopened.git().status().call().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void editedFileIsLeftAlone() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        fixture.write("sections/a.md", "Alpha, edited by hand\n");

        Recovery.Report report = Recovery.run(charter);

        assertThat(report.updateCompleted()).isTrue();
        assertThat(report.leftAlone()).containsExactly("sections/a.md");
        assertThat(fixture.read("sections/a.md")).isEqualTo("Alpha, edited by hand\n");
        assertThat(fixture.read("sections/c.md")).isEqualTo("Gamma\n");
        assertThat(charter.repository().getFullBranch()).isEqualTo(AMENDMENT);
    }

    @Test
    void movedTargetRollsBack() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        deleteMainOnlyFiles();
        fixture.write("sections/a.md", AMENDMENT_FILES.get("sections/a.md"));
        fixture.write("sections/c.md", AMENDMENT_FILES.get("sections/c.md"));
        setRef(charter, AMENDMENT, fixture.commit(Map.of("sections/a.md", "Elsewhere\n"), amendment));

        CharterRepository reopened = reopen();

        assertThat(reopened.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(workTree(reopened)).isEqualTo(MAIN_FILES);
        assertThat(reopened.git().status().call().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void targetMovedAfterRelinkIsFollowed() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        writeAmendmentFiles();
        charter.repository().updateRef(Constants.HEAD).link(AMENDMENT);
        Map<String, String> later = new HashMap<>(AMENDMENT_FILES);
        later.put("sections/a.md", "Alpha, amended twice\n");
        setRef(charter, AMENDMENT, fixture.commit(later, amendment));

        CharterRepository reopened = reopen();

        assertThat(reopened.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree(reopened)).isEqualTo(later);
        assertThat(reopened.git().status().call().isClean()).isTrue();
    }

    @Test
    void thirdBranchDropsJournal() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        setRef(charter, "refs/heads/other", main);
        charter.repository().updateRef(Constants.HEAD).link("refs/heads/other");

        CharterRepository reopened = reopen();

        assertThat(reopened.repository().getFullBranch()).isEqualTo("refs/heads/other");
        assertThat(workTree(reopened)).isEqualTo(MAIN_FILES);
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void secondRecoveryChangesNothing() throws Exception {
        journal(main, amendment, MAIN, AMENDMENT);
        fixture.write("sections/a.md", AMENDMENT_FILES.get("sections/a.md"));
        Recovery.run(charter);

        Recovery.Report again = Recovery.run(charter);

        assertThat(again.didNothing()).isTrue();
        assertThat(charter.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree(charter)).isEqualTo(AMENDMENT_FILES);
    }

    @Test
    void switchFromDetachedHeadRecovers() throws Exception {
        charter.git().checkout().setName(main.name()).call();
        journal(main, amendment, Constants.HEAD, AMENDMENT);
        fixture.write("sections/a.md", AMENDMENT_FILES.get("sections/a.md"));

        CharterRepository reopened = reopen();

        assertSwitchedToAmendment(reopened);
    }

    private void journal(ObjectId from, ObjectId to, String fromRef, String toRef) throws Exception {
        new UpdateJournal(from.name(), to.name(), fromRef, toRef).write(charter.repository());
    }

    private void deleteMainOnlyFiles() throws Exception {
        Files.delete(fixture.file("sections/b.md"));
        Files.delete(fixture.file("sections/old/x.md"));
        Files.delete(fixture.file("sections/old"));
    }

    private void writeAmendmentFiles() throws Exception {
        deleteMainOnlyFiles();
        for (Map.Entry<String, String> file : AMENDMENT_FILES.entrySet()) {
            fixture.write(file.getKey(), file.getValue());
        }
    }

    private CharterRepository reopen() throws Exception {
        return closeLater(CharterRepository.open(charter.folder()));
    }

    private void assertSwitchedToAmendment(CharterRepository reopened) throws Exception {
        assertThat(reopened.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree(reopened)).isEqualTo(AMENDMENT_FILES);
        assertThat(fixture.file("sections/old")).doesNotExist();
        assertThat(reopened.git().status().call().isClean()).isTrue();
        assertThat(reopened.repository().resolve(MAIN)).isEqualTo(main);
        assertThat(fixture.journal()).doesNotExist();
    }
}
