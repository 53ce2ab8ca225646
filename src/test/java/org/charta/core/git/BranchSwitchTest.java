package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BranchSwitchTest extends IsolatedGitTest {

    static final String MAIN = "refs/heads/main";
    static final String AMENDMENT = "refs/heads/amendments/vote-age-ab12";

    /** The main text: a section folder {@code sections/old} that the amendment deletes. */
    static final Map<String, String> MAIN_FILES = Map.of(
            "charter.json", "{}\n",
            "sections/a.md", "Alpha\n",
            "sections/b.md", "Beta\n",
            "sections/old/x.md", "Old annex\n");

    /** The amendment: a.md changed, b.md deleted, c.md added, and a section folder {@code sections/annex}. */
    static final Map<String, String> AMENDMENT_FILES = Map.of(
            "charter.json", "{}\n",
            "sections/a.md", "Alpha, amended\n",
            "sections/c.md", "Gamma\n",
            "sections/annex/one.md", "Annex one\n",
            "sections/annex/two.md", "Annex two\n");

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
    void switchToAmendmentWritesItsFiles() throws Exception {
        BranchSwitch.run(charter, AMENDMENT);

        assertThat(charter.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree()).isEqualTo(AMENDMENT_FILES);
        assertThat(fixture.file("sections/old")).doesNotExist();
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void switchBackRestoresMainText() throws Exception {
        BranchSwitch.run(charter, AMENDMENT);

        BranchSwitch.run(charter, MAIN);

        assertThat(charter.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(workTree()).isEqualTo(MAIN_FILES);
        assertThat(fixture.file("sections/annex")).doesNotExist();
        assertThat(fixture.status().isClean()).isTrue();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void switchLeavesBranchTipsAlone() throws Exception {
        BranchSwitch.run(charter, AMENDMENT);
        BranchSwitch.run(charter, MAIN);

        assertThat(charter.repository().resolve(MAIN)).isEqualTo(main);
        assertThat(charter.repository().resolve(AMENDMENT)).isEqualTo(amendment);
    }

    @Test
    void switchWritesCheckoutReflogLine() throws Exception {
        BranchSwitch.run(charter, AMENDMENT);

        String line = charter.repository().getReflogReader(Constants.HEAD).getLastEntry().getComment();
        assertThat(line).isEqualTo("checkout: moving from main to amendments/vote-age-ab12");
    }

    @Test
    void editedChangedFileRejectsSwitch() throws Exception {
        fixture.write("sections/a.md", "Alpha, not recorded\n");

        assertThatThrownBy(() -> BranchSwitch.run(charter, AMENDMENT))
                .isInstanceOf(WorkTreeUpdate.PathsNotUpdatedException.class)
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.checkoutConflict");

        assertThat(charter.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(fixture.read("sections/a.md")).isEqualTo("Alpha, not recorded\n");
        assertThat(fixture.read("sections/b.md")).isEqualTo("Beta\n");
        assertThat(fixture.file("sections/annex")).doesNotExist();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void rejectionNamesEveryEditedPath() throws Exception {
        fixture.write("sections/a.md", "Alpha, not recorded\n");
        Files.delete(fixture.file("sections/b.md"));
        fixture.write("sections/c.md", "Not recorded either\n");

        assertThatThrownBy(() -> BranchSwitch.run(charter, AMENDMENT))
                .extracting(error -> ((WorkTreeUpdate.PathsNotUpdatedException) error).paths())
                .isEqualTo(List.of("sections/b.md", "sections/a.md", "sections/c.md"));

        assertThat(fixture.read("sections/c.md")).isEqualTo("Not recorded either\n");
        assertThat(fixture.file("sections/old/x.md")).exists();
    }

    @Test
    void editOfSharedFileStaysAfterSwitch() throws Exception {
        fixture.write("charter.json", "{\"edited\":true}\n");

        BranchSwitch.run(charter, AMENDMENT);

        assertThat(fixture.read("charter.json")).isEqualTo("{\"edited\":true}\n");
        assertThat(fixture.status().getModified()).containsExactly("charter.json");
    }

    @Test
    void checkedOutBranchChangesNothing() throws Exception {
        BranchSwitch.run(charter, MAIN);

        assertThat(charter.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(workTree()).isEqualTo(MAIN_FILES);
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void switchFromDetachedHead() throws Exception {
        charter.git().checkout().setName(main.name()).call();

        BranchSwitch.run(charter, AMENDMENT);

        assertThat(charter.repository().getFullBranch()).isEqualTo(AMENDMENT);
        assertThat(workTree()).isEqualTo(AMENDMENT_FILES);
        assertThat(fixture.status().isClean()).isTrue();
    }

    @Test
    void missingBranchIsRejected() {
        assertThatThrownBy(() -> BranchSwitch.run(charter, "refs/heads/amendments/none-0000"))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.switch.branchMissing");
    }

    @Test
    void lockedIndexRejectsSwitch() throws Exception {
        Files.writeString(GitLocks.indexLock(charter.repository()), "");

        assertThatThrownBy(() -> BranchSwitch.run(charter, AMENDMENT)).isInstanceOf(ChartaException.class);

        assertThat(charter.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(fixture.read("sections/a.md")).isEqualTo("Alpha\n");
    }

    @Test
    void folderInPlaceOfFileRollsBack() throws Exception {
        // A folder with an untracked file where the amendment has sections/c.md cannot be replaced.
        fixture.write("sections/c.md/notes.txt", "Someone else's notes\n");

        assertThatThrownBy(() -> BranchSwitch.run(charter, AMENDMENT))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.switch.filesNotWritten");

        assertThat(charter.repository().getFullBranch()).isEqualTo(MAIN);
        assertThat(fixture.read("sections/a.md")).isEqualTo("Alpha\n");
        assertThat(fixture.read("sections/b.md")).isEqualTo("Beta\n");
        assertThat(fixture.file("sections/annex")).doesNotExist();
        assertThat(fixture.journal()).doesNotExist();
    }

    @Test
    void switchJournalNamesBothBranches() throws Exception {
        new UpdateJournal(main.name(), amendment.name(), MAIN, AMENDMENT).write(charter.repository());

        String json = Files.readString(fixture.journal());

        assertThat(json).contains("\"ref\" : \"" + MAIN + "\"", "\"toRef\" : \"" + AMENDMENT + "\"");
        assertThat(UpdateJournal.read(charter.repository())).get().extracting(UpdateJournal::switchesBranch)
                .isEqualTo(true);
    }

    @Test
    void updateJournalHasNoTargetBranch() throws Exception {
        new UpdateJournal(main.name(), amendment.name(), MAIN).write(charter.repository());

        assertThat(Files.readString(fixture.journal())).doesNotContain("toRef");
        assertThat(UpdateJournal.read(charter.repository())).get().extracting(UpdateJournal::switchesBranch)
                .isEqualTo(false);
    }

    private Map<String, String> workTree() throws Exception {
        return workTree(charter);
    }

    /** Returns every file of the work tree outside {@code .git}, by path, as text. */
    static Map<String, String> workTree(CharterRepository charter) throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path root = charter.folder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = root.relativize(file);
                if (!relative.startsWith(Constants.DOT_GIT)) {
                    files.put(relative.toString().replace('\\', '/'), Files.readString(file));
                }
            }
        }
        return files;
    }

    static void setRef(CharterRepository charter, String ref, ObjectId commit) throws Exception {
        RefUpdate update = charter.repository().updateRef(ref);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        update.update();
    }
}
