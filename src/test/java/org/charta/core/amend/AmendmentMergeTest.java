package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.PendingMerge;
import org.charta.core.git.RemoteSync;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmendmentMergeTest extends AmendmentTestBase {

    @Test
    void mergeWritesMergeCommitOnMain() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        RevCommit amendmentTip = commitAt(AmendmentRefs.localBranch(id));
        RevCommit mainBefore = commitAt(AmendmentBranches.MAIN_REF);
        Amendments.switchTo(repository, null, CAROL);

        AmendmentMerge merge = Amendments.merge(repository, id, CAROL);

        assertThat(merge.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        RevCommit main = commitAt(AmendmentBranches.MAIN_REF);
        assertThat(main.name()).isEqualTo(merge.commit());
        assertThat(main.getParentCount()).isEqualTo(2);
        assertThat(main.getParent(0)).isEqualTo(mainBefore);
        assertThat(main.getParent(1)).isEqualTo(amendmentTip);
        assertThat(main.getFullMessage()).startsWith("Merge amendment \"Adults\" (" + id + ")");
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).contains("Every adult");
        assertThat(Files.readString(folder.resolve(AmendmentRefs.recordPath(id)))).contains("\"status\" : \"merged\"");
        assertThat(repository.status().isClean()).isTrue();
    }

    @Test
    void mergedAmendmentListsAsMerged() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        Amendments.merge(repository, id, CAROL);

        AmendmentSummary summary = Amendments.summary(repository, id);

        assertThat(summary.status()).isEqualTo(AmendmentStatus.MERGED);
        assertThat(summary.behind()).isFalse();
        assertThat(summary.changedSections()).containsExactly("membership");
        assertThat(Amendments.comparisonBase(repository, id))
                .isEqualTo(commitAt(AmendmentBranches.MAIN_REF).getParent(0).name());
    }

    @Test
    void mergeWhileAmendmentCheckedOutMovesOnlyMain() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        String before = Files.readString(folder.resolve(MEMBERSHIP_PATH));

        AmendmentMerge merge = Amendments.merge(repository, id, CAROL);

        assertThat(merge.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(currentBranch()).isEqualTo(AmendmentRefs.localBranch(id));
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).isEqualTo(before);
        assertThat(read(AmendmentBranches.MAIN_REF, MEMBERSHIP_PATH)).contains("Every adult");
    }

    @Test
    void mergedAmendmentIsNotUpdated() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        Amendments.merge(repository, id, CAROL);
        String before = commitAt(AmendmentRefs.localBranch(id)).name();

        assertThatThrownBy(() -> Amendments.update(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.cannotUpdate");
        assertThat(commitAt(AmendmentRefs.localBranch(id)).name()).isEqualTo(before);
    }

    @Test
    void mergeAgainIsUpToDate() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        Amendments.merge(repository, id, CAROL);

        assertThat(Amendments.merge(repository, id, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.UP_TO_DATE);
    }

    @Test
    void mergedWithoutBranchReadsAlike() throws Exception {
        makeCarolCoordinator();
        String id = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE).id();
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        Amendments.propose(repository, id, ALICE);
        Votes.open(repository, id, CAROL);
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);
        Amendments.merge(repository, id, CAROL);
        repository.git().branchDelete().setBranchNames(AmendmentRefs.localBranch(id)).setForce(true).call();

        assertThat(Amendments.summary(repository, id).status()).isEqualTo(AmendmentStatus.MERGED);
        assertThat(Votes.tally(repository, id).result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(Amendments.merge(repository, id, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.UP_TO_DATE);
    }

    @Test
    void proposedAmendmentIsNotMerged() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        Amendments.propose(repository, record.id(), ALICE);

        assertThatThrownBy(() -> Amendments.merge(repository, record.id(), CAROL))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.notAdopted");
    }

    @Test
    void onlyCoordinatorMerges() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.merge(repository, id, ALICE))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.amend.notCoordinator");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
    }

    @Test
    void mergeMessageCarriesTally() throws Exception {
        makeCarolCoordinator();
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        Amendments.propose(repository, record.id(), ALICE);
        Votes.open(repository, record.id(), CAROL);
        Votes.cast(repository, record.id(), CAROL, VoteChoice.FOR, "Clearer.");
        Tally tally = Votes.close(repository, record.id(), CAROL);

        Amendments.merge(repository, record.id(), CAROL);

        String message = commitAt(AmendmentBranches.MAIN_REF).getFullMessage();
        assertThat(tally.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(message).isEqualTo("Merge amendment \"Adults\" (" + record.id() + ")\n\n"
                + String.join("\n", tally.messageLines()));
        assertThat(message).contains("Carol Coordinator <carol@example.org>: for");
    }

    @Test
    void mergeReportsNewlyOutdatedAmendments() throws Exception {
        String first = adoptedAmendment("Adults", "Every person", "Every adult");
        Amendments.switchTo(repository, null, ALICE);
        AmendmentRecord second = Amendments.create(repository, "Humans", "", List.of(), null, BOB);
        edit(MEMBERSHIP_PATH, "Every person", "Every human", BOB);
        Amendments.switchTo(repository, null, ALICE);
        AmendmentRecord third = Amendments.create(repository, "Yearly", "", List.of(), null, BOB);
        edit(MEMBERSHIP_PATH, "once a year", "each spring", BOB);

        AmendmentMerge merge = Amendments.merge(repository, first, CAROL);

        assertThat(merge.nowOutdated()).containsExactly(second.id());
        assertThat(Amendments.summary(repository, second.id()).outdated()).isTrue();
        assertThat(Amendments.summary(repository, third.id()).outdated()).isFalse();
        assertThat(Amendments.summary(repository, third.id()).behind()).isTrue();
    }

    @Test
    void conflictWaitsThenResolveFinishes() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        editMain(MEMBERSHIP_PATH, "Every person", "Every citizen", BOB);
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        AmendmentMerge stopped = Amendments.merge(repository, id, CAROL);

        assertThat(stopped.outcome()).isEqualTo(AmendmentMerge.Outcome.CONFLICT);
        assertThat(stopped.conflicts()).hasSize(1);
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
        PendingMerge pending = PendingMerge.load(repository).orElseThrow();
        assertThat(pending.purpose()).isEqualTo("merge:" + id);
        assertThat(pending.target()).isEqualTo(AmendmentBranches.MAIN_REF);

        Conflict conflict = stopped.conflicts().get(0);
        PendingMerge.choose(repository, conflict.id(), Resolution.of(Choice.THEIRS));
        AmendmentMerge finished = Amendments.finishPending(repository, CAROL);

        assertThat(finished.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(read(AmendmentBranches.MAIN_REF, MEMBERSHIP_PATH)).contains("Every adult may join");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).getFullMessage()).contains("kept the shared version");
        assertThat(PendingMerge.load(repository)).isEmpty();
    }

    @Test
    void abortDropsAmendmentMerge() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        editMain(MEMBERSHIP_PATH, "Every person", "Every citizen", BOB);
        String amendmentTip = commitAt(AmendmentRefs.localBranch(id)).name();
        Amendments.merge(repository, id, CAROL);

        assertThat(PendingMerge.abort(repository)).isTrue();

        assertThat(PendingMerge.load(repository)).isEmpty();
        assertThat(commitAt(AmendmentRefs.localBranch(id)).name()).isEqualTo(amendmentTip);
        assertThat(read(AmendmentBranches.MAIN_REF, MEMBERSHIP_PATH)).contains("Every citizen");
    }

    @Test
    void syncRefusedWhileAmendmentMergeWaits() throws Exception {
        String id = adoptedAmendment("Adults", "Every person", "Every adult");
        editMain(MEMBERSHIP_PATH, "Every person", "Every citizen", BOB);
        Amendments.merge(repository, id, CAROL);
        Amendments.switchTo(repository, null, CAROL);

        assertThatThrownBy(() -> RemoteSync.sync(repository, CAROL, "Record"))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.merge.amendmentPending");
    }

    @Test
    void updateConflictKeepsItsOwnPurpose() throws Exception {
        AmendmentRecord record = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        editMain(MEMBERSHIP_PATH, "Every person", "Every citizen", BOB);

        AmendmentMerge stopped = Amendments.update(repository, record.id(), ALICE);

        assertThat(stopped.outcome()).isEqualTo(AmendmentMerge.Outcome.CONFLICT);
        assertThat(PendingMerge.load(repository).orElseThrow().purpose()).isEqualTo("update:" + record.id());
        assertThatThrownBy(() -> Amendments.merge(repository, record.id(), CAROL))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.amend.notAdopted");

        PendingMerge.choose(repository, stopped.conflicts().get(0).id(), Resolution.of(Choice.MINE));
        AmendmentMerge finished = Amendments.finishPending(repository, ALICE);

        assertThat(finished.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(Files.readString(folder.resolve(MEMBERSHIP_PATH))).contains("Every adult may join");
        assertThat(Amendments.summary(repository, record.id()).behind()).isFalse();
    }

    @Test
    void subAmendmentMergesIntoParent() throws Exception {
        makeCarolCoordinator();
        AmendmentRecord parent = Amendments.create(repository, "Adults", "", List.of(), null, ALICE);
        edit(MEMBERSHIP_PATH, "Every person", "Every adult", ALICE);
        AmendmentRecord child = Amendments.create(repository, "Resident adults", "", List.of(), parent.id(), BOB);
        edit(MEMBERSHIP_PATH, "Every adult", "Every resident adult", BOB);
        Amendments.propose(repository, child.id(), BOB);
        adoptByVote(child.id());
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        AmendmentMerge merge = Amendments.merge(repository, child.id(), CAROL);

        assertThat(merge.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(read(AmendmentRefs.localBranch(parent.id()), MEMBERSHIP_PATH)).contains("Every resident adult");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
        assertThat(read(AmendmentRefs.localBranch(parent.id()), AmendmentRefs.recordPath(child.id())))
                .contains("\"status\" : \"merged\"");
    }

    @Test
    void invalidMergedCharterIsRefused() throws Exception {
        makeCarolCoordinator();
        String id = Amendments.create(repository, "Adults", "", List.of("membership"), null, ALICE).id();
        Map<String, byte[]> deletion = new HashMap<>();
        deletion.put(MEMBERSHIP_PATH, null);
        BranchCommits.commit(repository, AmendmentRefs.localBranch(id), deletion,
                "Delete the file but keep the section", ALICE);
        Amendments.propose(repository, id, ALICE);
        adoptByVote(id);
        String mainBefore = commitAt(AmendmentBranches.MAIN_REF).name();

        assertThatThrownBy(() -> Amendments.merge(repository, id, CAROL))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.branchMerge.charter.sectionFileMissing");
        assertThat(commitAt(AmendmentBranches.MAIN_REF).name()).isEqualTo(mainBefore);
    }

    /** Creates an amendment by Alice that replaces words of the membership section, adopted, still checked out. */
    private String adoptedAmendment(String title, String from, String to) throws Exception {
        makeCarolCoordinator();
        AmendmentRecord record = Amendments.create(repository, title, "", List.of("membership"), null, ALICE);
        edit(MEMBERSHIP_PATH, from, to, ALICE);
        Amendments.propose(repository, record.id(), ALICE);
        adoptByVote(record.id());
        return record.id();
    }
}
