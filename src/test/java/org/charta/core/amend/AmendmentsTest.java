package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.diff.DiffSegment;
import org.charta.core.git.CharterRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AmendmentsTest extends AmendmentTestBase {

    @Test
    void createChecksOutDraftBranch() throws Exception {
        String mainTip = commitAt(AmendmentBranches.MAIN_REF).name();

        AmendmentRecord record = Amendments.create(repository, "Right to vote", "Everyone should vote.",
                List.of("membership"), null, ALICE);

        assertThat(record.id()).matches("right-to-vote-[a-z0-9]{4}");
        assertThat(currentBranch()).isEqualTo(AmendmentRefs.localBranch(record.id()));
        assertThat(Amendments.current(repository)).contains(record.id());
        AmendmentRecord stored = AmendmentBranches.recordAtTip(repository, record.id());
        assertThat(stored.status()).isEqualTo(AmendmentStatus.DRAFT);
        assertThat(stored.base()).isEqualTo(mainTip);
        assertThat(stored.targets()).containsExactly("membership");
        assertThat(stored.author().email()).isEqualTo("alice@example.org");
        assertThat(Files.readString(folder.resolve(AmendmentRefs.recordPath(record.id()))))
                .contains("\"status\" : \"draft\"");
    }

    @Test
    void createRecordsPendingWorkOnMain() throws Exception {
        Files.writeString(folder.resolve(PREAMBLE_PATH), "## Preamble\n\nUnrecorded words.\n");

        Amendments.create(repository, "Vote", "", List.of(), null, ALICE);

        assertThat(read(AmendmentBranches.MAIN_REF, PREAMBLE_PATH)).contains("Unrecorded words.");
        assertThat(repository.status().isClean()).isTrue();
    }

    @Test
    void createStartsFromRecordedWork() throws Exception {
        Files.writeString(folder.resolve(PREAMBLE_PATH), "## Preamble\n\nUnrecorded words.\n");

        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);

        String mainTip = commitAt(AmendmentBranches.MAIN_REF).name();
        assertThat(AmendmentBranches.recordAtTip(repository, record.id()).base()).isEqualTo(mainTip);
        assertThat(Files.readString(folder.resolve(PREAMBLE_PATH))).contains("Unrecorded words.");
    }

    @Test
    void arabicTitleGetsFallbackId() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "حق التصويت", "", List.of(), null, ALICE);

        assertThat(record.id()).matches("amendment-[a-z0-9]{4}");
        assertThat(record.title()).isEqualTo("حق التصويت");
    }

    @Test
    void longTitleIdIsCutAtForty() throws Exception {
        AmendmentRecord record = Amendments.create(repository,
                "A very long title that goes on and on about the right of every member to vote", "", List.of(),
                null, ALICE);

        String slug = record.id().substring(0, record.id().length() - 5);
        assertThat(slug.length()).isLessThanOrEqualTo(40);
        assertThat(slug).doesNotEndWith("-");
    }

    @Test
    void blankTitleChangesNothing() throws Exception {
        String before = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.create(repository, "  ", "", List.of(), null, ALICE))
                .isInstanceOf(ChartaException.class)
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.titleEmpty");
        assertThat(AmendmentBranches.knownIds(repository)).isEmpty();
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(before);
    }

    @Test
    void unknownTargetIsRejected() {
        assertThatThrownBy(() -> Amendments.create(repository, "Vote", "", List.of("nowhere"), null, ALICE))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.unknownSection");
    }

    @Test
    void switchToMainAndBack() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);

        Amendments.switchTo(repository, null, ALICE);

        assertThat(currentBranch()).isEqualTo(AmendmentBranches.MAIN_REF);
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).contains("Every person");
        assertThat(Amendments.current(repository)).isEmpty();

        Amendments.switchTo(repository, record.id(), ALICE);

        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).contains("Every adult");
    }

    @Test
    void proposeOnlyByAuthor() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);

        assertThatThrownBy(() -> Amendments.propose(repository, record.id(), BOB))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.notAuthor");

        AmendmentRecord proposed = Amendments.propose(repository, record.id(), ALICE);

        assertThat(proposed.status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(AmendmentBranches.recordAtTip(repository, record.id()).status())
                .isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(Files.readString(folder.resolve(AmendmentRefs.recordPath(record.id()))))
                .contains("\"status\" : \"proposed\"");
    }

    @Test
    void proposeTwiceIsRejected() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        Amendments.propose(repository, record.id(), ALICE);

        assertThatThrownBy(() -> Amendments.propose(repository, record.id(), ALICE))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.notDraft");
    }

    @Test
    void statusWordsFollowLanguage() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        Amendments.propose(repository, record.id(), ALICE);

        ChartaException error = catchThrowableOfType(() -> Amendments.propose(repository, record.id(), ALICE),
                ChartaException.class);

        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("is proposed, not a draft");
        assertThat(error.localizedMessage(Locale.FRENCH)).contains("est proposé et n'est plus un brouillon");
    }

    @Test
    void closedAmendmentCannotBeEdited() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        Amendments.switchTo(repository, null, ALICE);
        setStatus(record.id(), AmendmentStatus.ADOPTED);

        ChartaException error = catchThrowableOfType(() -> Amendments.switchTo(repository, record.id(), ALICE),
                ChartaException.class);

        assertThat(error.messageKey()).isEqualTo("error.amend.closedForEditing");
        assertThat(error.localizedMessage(Locale.FRENCH)).contains("est adopté");
        assertThat(currentBranch()).isEqualTo(AmendmentBranches.MAIN_REF);
    }

    @Test
    void amendmentUnderVoteCanBeEdited() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        Amendments.switchTo(repository, null, ALICE);
        setStatus(record.id(), AmendmentStatus.VOTING);

        Amendments.switchTo(repository, record.id(), ALICE);

        assertThat(currentBranch()).isEqualTo(AmendmentRefs.localBranch(record.id()));
    }

    @Test
    void withdrawByCoordinatorNotStranger() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "", List.of(), null, ALICE);
        Amendments.switchTo(repository, null, ALICE);
        makeCarolCoordinator();

        assertThatThrownBy(() -> Amendments.withdraw(repository, record.id(), BOB))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.withdrawNotAllowed");

        AmendmentRecord withdrawn = Amendments.withdraw(repository, record.id(), CAROL);

        assertThat(withdrawn.status()).isEqualTo(AmendmentStatus.WITHDRAWN);
        assertThatThrownBy(() -> Amendments.withdraw(repository, record.id(), ALICE))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.notOpen");
    }

    @Test
    void summaryShowsChangesAndPreview() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person may join", "Every adult may join", ALICE);

        AmendmentSummary summary = Amendments.summary(repository, record.id());

        assertThat(summary.changedSections()).containsExactly("membership");
        assertThat(summary.local()).isTrue();
        assertThat(summary.shared()).isFalse();
        assertThat(summary.behind()).isFalse();
        assertThat(summary.outdated()).isFalse();
        assertThat(summary.preview()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "person"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "adult"));
        assertThat(summary.votes()).isZero();
        assertThat(summary.comments()).isZero();
    }

    @Test
    void summaryCountsVotesAndNewThreads() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        Files.createDirectories(folder.resolve(AmendmentRefs.votesFolder(record.id())));
        Files.writeString(folder.resolve(AmendmentRefs.votesFolder(record.id()) + "alice-example-org.json"), "{}");
        Files.createDirectories(folder.resolve(".charta/comments/0123456789abcdef"));
        Files.writeString(folder.resolve(".charta/comments/0123456789abcdef/c1.json"), "{}");
        repository.record("Vote and comment", ALICE);

        AmendmentSummary summary = Amendments.summary(repository, record.id());

        assertThat(summary.votes()).isEqualTo(1);
        assertThat(summary.comments()).isEqualTo(1);
    }

    @Test
    void mainChangeToOtherParagraphIsBehindOnly() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        editMain(MEMBERSHIP_PATH, "once a year", "twice a year", BOB);

        AmendmentSummary summary = Amendments.summary(repository, record.id());

        assertThat(summary.behind()).isTrue();
        assertThat(summary.outdated()).isFalse();
    }

    @Test
    void mainChangeToSameParagraphIsOutdated() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        editMain(MEMBERSHIP_PATH, "join the assembly", "join the world assembly", BOB);

        AmendmentSummary summary = Amendments.summary(repository, record.id());

        assertThat(summary.behind()).isTrue();
        assertThat(summary.outdated()).isTrue();
    }

    @Test
    void updateBringsMainIntoAmendment() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        editMain(MEMBERSHIP_PATH, "join the assembly", "join the world assembly", BOB);

        AmendmentMerge update = Amendments.update(repository, record.id(), ALICE);

        assertThat(update.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH)))
                .contains("Every adult may join the world assembly.");
        AmendmentSummary summary = Amendments.summary(repository, record.id());
        assertThat(summary.behind()).isFalse();
        assertThat(summary.outdated()).isFalse();
        assertThat(summary.preview()).contains(new DiffSegment(DiffSegment.Kind.INSERTED, "adult"));
        assertThat(commitAt(AmendmentRefs.localBranch(record.id())).getParentCount()).isEqualTo(2);
        assertThat(Amendments.update(repository, record.id(), ALICE).outcome())
                .isEqualTo(AmendmentMerge.Outcome.UP_TO_DATE);
    }

    @Test
    void listIncludesEveryAmendment() throws Exception {
        AmendmentRecord first = Amendments.create(repository, "First", "", List.of(), null, ALICE);
        Amendments.switchTo(repository, null, ALICE);
        AmendmentRecord second = Amendments.create(repository, "Second", "", List.of(), null, BOB);

        List<AmendmentSummary> list = Amendments.list(repository);

        assertThat(list).extracting(AmendmentSummary::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void subAmendmentStartsFromParentTip() throws Exception {
        AmendmentRecord parent = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);

        AmendmentRecord child = Amendments.create(repository, "Adults over 16", "", List.of(), parent.id(), BOB);

        assertThat(child.parent()).isEqualTo(parent.id());
        assertThat(child.base()).isEqualTo(commitAt(AmendmentRefs.localBranch(parent.id())).name());
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).contains("Every adult");
        assertThat(AmendmentBranches.targetBranch(repository, child))
                .isEqualTo(AmendmentRefs.localBranch(parent.id()));
    }

    @Test
    void recordSurvivesReopening() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Vote", "Because.", List.of("preamble"), null, ALICE);

        try (CharterRepository reopened = CharterRepository.open(folder)) {
            AmendmentSummary summary = Amendments.summary(reopened, record.id());
            assertThat(summary.record().rationale()).isEqualTo("Because.");
            assertThat(summary.status()).isEqualTo(AmendmentStatus.DRAFT);
        }
    }
}
