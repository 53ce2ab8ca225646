package org.charta.core.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Members;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleasesTest {

    private static final String MAIN = Constants.R_HEADS + "main";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Charter charter;
    private CharterRepository repository;

    @BeforeEach
    void createCharter() throws IOException, ChartaException {
        TestGit.isolate(temp.resolve("git-config"));
        charter = CharterSetup.create(temp.resolve("charter"), "Charter", List.of("en"), TestGit.ALICE);
        repository = CharterRepository.open(charter.folder());
        charter.addSection("Membership", null);
        charter.writeSection("membership", "## Membership\n\nEvery person may join the movement.\n\n"
                + "Members vote on each amendment.\n");
        repository.record("Add membership", TestGit.ALICE);
    }

    @AfterEach
    void close() {
        repository.close();
        TestGit.restore();
    }

    @Test
    void tagWritesAnnotatedTagOnMain() throws Exception {
        Release release = Releases.tag(repository, "  Draft 2 ", "For the Mumbai meeting.", TestGit.CAROL);

        assertThat(release.name()).isEqualTo("Draft 2");
        assertThat(release.tag()).isEqualTo("draft-2");
        assertThat(release.commit()).isEqualTo(repository.repository().resolve(MAIN).name());
        assertThat(release.tagger()).isEqualTo("Carol Coordinator <carol@example.org>");
        assertThat(release.notes()).isEqualTo("For the Mumbai meeting.");
        RevTag tag = tagObject("draft-2");
        assertThat(tag.getFullMessage()).isEqualTo("Draft 2\n\nFor the Mumbai meeting.\n");
        assertThat(tag.getTaggerIdent().getEmailAddress()).isEqualTo("carol@example.org");
    }

    @Test
    void tagWithoutNotesHasNameOnly() throws Exception {
        Releases.tag(repository, "Draft 1", null, TestGit.CAROL);

        assertThat(tagObject("draft-1").getFullMessage()).isEqualTo("Draft 1\n");
        assertThat(Releases.list(repository).get(0).notes()).isEmpty();
    }

    @Test
    void listIsNewestFirst() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        editAndRecord("Members vote on each amendment.", "Members vote on every amendment.");
        Releases.tag(repository, "Draft 2", "", TestGit.CAROL);

        assertThat(Releases.list(repository)).extracting(Release::name).containsExactly("Draft 2", "Draft 1");
    }

    @Test
    void listSkipsTagsOutsideMain() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        ObjectId main = repository.repository().resolve(MAIN);
        BranchCommits.createBranch(repository, Constants.R_HEADS + "side", main);
        ObjectId side = BranchCommits.commit(repository, Constants.R_HEADS + "side",
                Map.of("notes.md", "Side notes\n".getBytes()), "Side", TestGit.BOB);
        try (RevWalk walk = new RevWalk(repository.repository())) {
            repository.git().tag().setName("side-draft").setObjectId(walk.parseCommit(side)).setAnnotated(true)
                    .setSigned(false).setMessage("Side draft\n").call();
        }
        repository.git().tag().setName("lightweight").setAnnotated(false).call();

        assertThat(Releases.list(repository)).extracting(Release::tag).containsExactly("draft-1");
    }

    @Test
    void emptyNameIsRejected() {
        assertThatThrownBy(() -> Releases.tag(repository, "   ", "", TestGit.CAROL))
                .isInstanceOf(ChartaException.class)
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.nameEmpty");
    }

    @Test
    void nameWithEscapeNamesTheCharacter() {
        assertThatThrownBy(() -> Releases.tag(repository, "x\u001by", "", TestGit.CAROL))
                .extracting(error -> List.of(((ChartaException) error).arguments()))
                .isEqualTo(List.of("x y", "U+001B", 2));
    }

    @Test
    void nameWithLineBreakIsRejected() {
        assertThatThrownBy(() -> Releases.tag(repository, "Draft\n2", "", TestGit.CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.nameInvalid");
    }

    @Test
    void mainIsReservedName() {
        assertThatThrownBy(() -> Releases.tag(repository, "Main", "", TestGit.CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.nameReserved");
    }

    @Test
    void sameNameTwiceIsRejected() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        editAndRecord("Members vote on each amendment.", "Members vote on every amendment.");

        assertThatThrownBy(() -> Releases.tag(repository, "draft 1", "", TestGit.CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.exists");
        assertThat(Releases.list(repository)).hasSize(1);
    }

    @Test
    void tagCollisionNamesExistingRelease() throws Exception {
        Releases.tag(repository, "Draft..1~^:?*[\\", "", TestGit.CAROL);
        editAndRecord("Members vote on each amendment.", "Members vote on every amendment.");

        assertThatThrownBy(() -> Releases.tag(repository, "Draft 1", "", TestGit.CAROL))
                .isInstanceOfSatisfying(ChartaException.class, error -> {
                    assertThat(error.messageKey()).isEqualTo("error.release.tagTaken");
                    assertThat(error.arguments()).containsExactly("Draft 1", "draft-1", "Draft..1~^:?*[\\",
                            "Draft 1 (2)");
                });
        assertThat(Releases.tag(repository, "Draft 1 (2)", "", TestGit.CAROL).tag()).isEqualTo("draft-1-2");
    }

    @Test
    void notesWithEscapeSequenceAreRejected() {
        assertThatThrownBy(() -> Releases.tag(repository, "Draft 1", "Bad \u001B[2J notes", TestGit.CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.notesControlCharacter");
    }

    @Test
    void arabicNameGetsNumberedTag() throws Exception {
        Release release = Releases.tag(repository, "المسودة الثانية", "", TestGit.CAROL);

        assertThat(release.tag()).isEqualTo("release-1");
        assertThat(Releases.list(repository).get(0).name()).isEqualTo("المسودة الثانية");
    }

    @Test
    void tagBeforeFirstCommitIsRejected() throws Exception {
        try (CharterRepository empty = CharterRepository.init(temp.resolve("empty"))) {
            assertThatThrownBy(() -> Releases.tag(empty, "Draft 1", "", TestGit.CAROL))
                    .extracting(error -> ((ChartaException) error).messageKey())
                    .isEqualTo("error.release.noMainText");
            assertThat(Releases.list(empty)).isEmpty();
        }
    }

    @Test
    void firstNotesListEveryMergedAmendment() throws Exception {
        writeRecord(record("vote-at-sixteen-a1b2", "Vote at sixteen", AmendmentStatus.MERGED, tally(5, 1, 0, 0)));
        writeRecord(record("open-draft-c3d4", "An open draft", AmendmentStatus.PROPOSED, null));

        String notes = Releases.draftNotes(repository, Locale.ENGLISH);

        assertThat(notes).isEqualTo("Amendments merged:\n\n"
                + "- Vote at sixteen (vote-at-sixteen-a1b2): adopted; 5 for, 1 against, 0 abstaining");
    }

    @Test
    void notesListOnlyAmendmentsSincePreviousRelease() throws Exception {
        writeRecord(record("vote-at-sixteen-a1b2", "Vote at sixteen", AmendmentStatus.MERGED, tally(5, 1, 0, 0)));
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        writeRecord(record("languages-e5f6", "Six languages", AmendmentStatus.MERGED, tally(4, 0, 2, 1)));

        String notes = Releases.draftNotes(repository, Locale.ENGLISH);

        assertThat(notes).isEqualTo("Amendments merged since Draft 1:\n\n"
                + "- Six languages (languages-e5f6): adopted; 4 for, 0 against, 2 abstaining, 1 blocking");
    }

    @Test
    void notesSayWhenNothingWasMerged() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);

        assertThat(Releases.draftNotes(repository, Locale.ENGLISH)).isEqualTo("No amendment was merged since Draft 1.");
        assertThat(Releases.draftNotes(repository, Locale.FRENCH))
                .isEqualTo("Aucun amendement n'a été fusionné depuis Draft 1.");
    }

    @Test
    void notesReadLowercaseStatusAndSkipBrokenRecord() throws Exception {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "charter-title-g7h8");
        record.put("title", "Charter title");
        record.put("status", "merged");
        record.put("futureField", List.of(1, 2));
        BranchCommits.commit(repository, MAIN, Map.of(
                AmendmentRefs.recordPath("charter-title-g7h8"), JSON.writeValueAsBytes(record),
                AmendmentRefs.recordPath("broken-i9j0"), "{not json".getBytes()), "Records", TestGit.CAROL);

        String notes = Releases.draftNotes(repository, Locale.ENGLISH);

        assertThat(notes).contains("- Charter title (charter-title-g7h8): no tally recorded");
        assertThat(notes).doesNotContain("broken");
    }

    @Test
    void compareShowsChangeBetweenReleases() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        editAndRecord("Members vote on each amendment.", "Members vote on every amendment.");
        Releases.tag(repository, "Draft 2", "", TestGit.CAROL);

        CharterComparison comparison = Releases.compare(repository, "Draft 1", "draft-2");

        SectionComparison membership = comparison.sections().stream()
                .filter(section -> section.sectionId().equals("membership")).findFirst().orElseThrow();
        assertThat(membership.status()).isEqualTo(SectionComparison.Status.CHANGED);
        ParagraphChange change = membership.paragraphs().stream().filter(ParagraphChange::isChange).findFirst()
                .orElseThrow();
        assertThat(change.newNumber()).isEqualTo(2);
        assertThat(change.segments()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "each"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "every"));
    }

    @Test
    void compareWithMainUsesCurrentText() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);
        editAndRecord("Every person", "Every adult");

        CharterComparison comparison = Releases.compare(repository, "draft 1", "main");

        assertThat(comparison.newCommit()).isEqualTo(repository.repository().resolve(MAIN).name());
        assertThat(comparison.count(SectionComparison.Status.CHANGED)).isEqualTo(1);
    }

    @Test
    void unknownReleaseNamesTheKnownOnes() throws Exception {
        Releases.tag(repository, "Draft 1", "", TestGit.CAROL);

        assertThatThrownBy(() -> Releases.compare(repository, "Draft 9", "main"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("Draft 9")
                .hasMessageContaining("Releases: Draft 1.")
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.notFound");
    }

    @Test
    void nonCoordinatorMayNotTag() throws Exception {
        Members.add(repository, "Carol Coordinator", "carol@example.org", "coordinator", TestGit.CAROL);

        assertThatThrownBy(() -> Releases.tag(repository, "Draft 1", "", TestGit.BOB))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.release.notCoordinator");
        assertThat(Releases.tag(repository, "Draft 1", "", TestGit.CAROL).tag()).isEqualTo("draft-1");
    }

    private void editAndRecord(String from, String to) throws ChartaException {
        String text = charter.readSection("membership");
        assertThat(text).contains(from);
        charter.writeSection("membership", text.replace(from, to));
        repository.record("Edit", TestGit.ALICE);
    }

    private void writeRecord(AmendmentRecord record) throws Exception {
        BranchCommits.commit(repository, MAIN, Map.of(AmendmentRefs.recordPath(record.id()),
                JSON.writeValueAsBytes(record)), "Merge " + record.id(), TestGit.CAROL);
    }

    private static AmendmentRecord record(String id, String title, AmendmentStatus status, Map<String, Object> tally) {
        AmendmentRecord record = new AmendmentRecord();
        record.setId(id);
        record.setTitle(title);
        record.setAuthor(new AmendmentRecord.Person("Bob Drafter", "bob@example.org"));
        record.setCreated("2026-05-01T10:00:00Z");
        record.setStatus(status);
        record.setTally(tally);
        return record;
    }

    private static Map<String, Object> tally(int forVotes, int against, int abstain, int block) {
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put("result", "adopted");
        tally.put("for", forVotes);
        tally.put("against", against);
        tally.put("abstain", abstain);
        tally.put("block", block);
        return tally;
    }

    private RevTag tagObject(String name) throws IOException {
        Ref ref = repository.repository().exactRef(Constants.R_TAGS + name);
        try (RevWalk walk = new RevWalk(repository.repository())) {
            return walk.parseTag(ref.getObjectId());
        }
    }
}
