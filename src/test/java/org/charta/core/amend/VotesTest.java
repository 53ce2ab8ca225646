package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.charta.core.governance.MajorityRule;
import org.charta.core.governance.Member;
import org.charta.core.governance.Members;
import org.charta.core.governance.Role;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;
import static org.charta.core.amend.VoteFixture.DINA;
import static org.charta.core.amend.VoteFixture.EVE;

class VotesTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";
    private static final String ALICE_FILE = AmendmentRefs.votesFolder(ID) + "alice-example-org.json";
    private static final String BOB_FILE = AmendmentRefs.votesFolder(ID) + "bob-example-org.json";

    private CharterRepository repository;

    @BeforeEach
    void createAmendment() throws Exception {
        repository = closeLater(VoteFixture.charterWithMembers(temp.resolve("carol")));
        VoteFixture.amendment(repository, ID, AmendmentStatus.PROPOSED);
    }

    @Test
    void openMovesProposedToVoting() throws Exception {
        ObjectId mainBefore = ref("refs/heads/main");

        AmendmentRecord opened = Votes.open(repository, ID, CAROL);

        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        assertThat(opened.status()).isEqualTo(AmendmentStatus.VOTING);
        assertThat(record.status()).isEqualTo(AmendmentStatus.VOTING);
        assertThat(record.vote().openedBy().email()).isEqualTo(CAROL.email());
        assertThat(record.vote().opened()).isNotNull();
        assertThat(record.vote().closes()).isNull();
        assertThat(tipCommit().getAuthorIdent().getEmailAddress()).isEqualTo(CAROL.email());
        assertThat(ref("refs/heads/main")).isEqualTo(mainBefore);
    }

    @Test
    void recordKeepsLowercaseStatus() throws Exception {
        Votes.open(repository, ID, CAROL);

        String json = fileAtTip(AmendmentRefs.recordPath(ID));

        assertThat(json).contains("\"status\" : \"voting\"");
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void openByNonCoordinatorIsRejected() throws Exception {
        ObjectId tipBefore = tipCommit();

        assertThatThrownBy(() -> Votes.open(repository, ID, ALICE))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notCoordinator"));
        assertThat(tipCommit()).isEqualTo(tipBefore);
    }

    @Test
    void openTwiceIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);

        assertThatThrownBy(() -> Votes.open(repository, ID, CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notProposed"));
    }

    @Test
    void unknownAmendmentIsReported() {
        assertThatThrownBy(() -> Votes.open(repository, "no-such-one", CAROL))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.amend.notFound"));
    }

    @Test
    void castWritesOneFileNamedForMember() throws Exception {
        Votes.open(repository, ID, CAROL);

        VoteLine vote = Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "  Twice is fairer.  ");

        assertThat(vote.path()).isEqualTo(ALICE_FILE);
        String json = fileAtTip(ALICE_FILE);
        assertThat(json).contains("\"amendment\" : \"" + ID + "\"", "\"email\" : \"alice@example.org\"",
                "\"choice\" : \"for\"", "\"reason\" : \"Twice is fairer.\"", "\"cast\" : ");
        assertThat(tipCommit().getAuthorIdent().getEmailAddress()).isEqualTo(ALICE.email());
        assertThat(repository.folder().resolve(ALICE_FILE)).doesNotExist();
    }

    @Test
    void castBeforeOpeningIsRejected() {
        assertThatThrownBy(() -> Votes.cast(repository, ID, ALICE, VoteChoice.FOR, ""))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notOpen"));
    }

    @Test
    void castByNonMemberIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);
        ObjectId tipBefore = tipCommit();

        assertThatThrownBy(() -> Votes.cast(repository, ID, EVE, VoteChoice.FOR, ""))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notMember"));
        assertThat(tipCommit()).isEqualTo(tipBefore);
    }

    @Test
    void blockOutsideConsensusIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);

        assertThatThrownBy(() -> Votes.cast(repository, ID, ALICE, VoteChoice.BLOCK, ""))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.blockNotAllowed"));
    }

    @Test
    void reasonWithEscapeIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);

        assertThatThrownBy(() -> Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "ok\u001B[2J"))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.controlCharacter"));
    }

    @Test
    void tieRejectsUnderSimpleMajority() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.AGAINST, "");

        Tally tally = Votes.close(repository, ID, CAROL);

        assertThat(tally.forVotes()).isEqualTo(1);
        assertThat(tally.against()).isEqualTo(1);
        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.result()).isEqualTo(VoteResult.REJECTED);
        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        assertThat(record.status()).isEqualTo(AmendmentStatus.REJECTED);
        assertThat(record.tally()).containsEntry("result", "rejected");
    }

    @Test
    void quorumNotReachedRejects() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");

        Tally tally = Votes.close(repository, ID, CAROL);

        assertThat(tally.members()).isEqualTo(4);
        assertThat(tally.quorumVotes()).isEqualTo(2);
        assertThat(tally.quorumReached()).isFalse();
        assertThat(tally.result()).isEqualTo(VoteResult.NO_QUORUM);
        assertThat(VoteFixture.recordAtTip(repository, ID).status()).isEqualTo(AmendmentStatus.REJECTED);
    }

    @Test
    void abstentionsCountTowardsQuorum() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, DINA, VoteChoice.ABSTAIN, "");

        Tally tally = Votes.close(repository, ID, CAROL);

        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(VoteFixture.recordAtTip(repository, ID).status()).isEqualTo(AmendmentStatus.ADOPTED);
    }

    @Test
    void changedVoteCountsLatestChoice() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");

        Votes.cast(repository, ID, ALICE, VoteChoice.AGAINST, "I changed my mind.");
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.forVotes()).isEqualTo(1);
        assertThat(tally.against()).isEqualTo(1);
        assertThat(tally.lines()).hasSize(2);
        assertThat(tally.lines().get(0).reason()).isEqualTo("I changed my mind.");
        assertThat(tally.result()).isEqualTo(VoteResult.OPEN);
        assertThat(tally.outcomeIfClosed()).isEqualTo(VoteResult.REJECTED);
    }

    @Test
    void fileNamingAnotherMemberIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, BOB, VoteChoice.AGAINST, "");

        VoteFixture.commitFile(repository, ID, BOB_FILE, VoteFixture.voteJson(ID, ALICE, "for"), BOB);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.lines()).hasSize(1);
        VoteLine line = tally.lines().get(0);
        assertThat(line.email()).isEqualTo(ALICE.email());
        assertThat(line.invalid()).isEqualTo(InvalidVote.AUTHOR_MISMATCH);
        assertThat(tally.forVotes()).isZero();
        assertThat(tally.against()).isZero();
    }

    @Test
    void memberFileOverwrittenByAnotherIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");

        VoteFixture.commitFile(repository, ID, ALICE_FILE, VoteFixture.voteJson(ID, ALICE, "against"), BOB);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.lines()).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.AUTHOR_MISMATCH));
        assertThat(tally.against()).isZero();

        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        assertThat(Votes.tally(repository, ID).forVotes()).isEqualTo(1);
    }

    @Test
    void secondFileOfMemberIsDuplicate() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");

        VoteFixture.commitFile(repository, ID, AmendmentRefs.votesFolder(ID) + "alice.json",
                VoteFixture.voteJson(ID, ALICE, "against"), ALICE);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.forVotes()).isEqualTo(1);
        assertThat(tally.against()).isZero();
        assertThat(tally.lines()).filteredOn(line -> line.invalid() == InvalidVote.DUPLICATE)
                .singleElement()
                .satisfies(line -> assertThat(line.path()).endsWith("/alice.json"));
    }

    @Test
    void nonMemberFileIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);

        VoteFixture.commitFile(repository, ID, AmendmentRefs.votesFolder(ID) + "eve-example-org.json",
                VoteFixture.voteJson(ID, EVE, "for"), EVE);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.lines()).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.NOT_A_MEMBER));
        assertThat(tally.forVotes()).isZero();
    }

    @Test
    void blockFileUnderSimpleMajorityIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);

        VoteFixture.commitFile(repository, ID, ALICE_FILE, VoteFixture.voteJson(ID, ALICE, "block"), ALICE);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.lines()).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.BLOCK_NOT_ALLOWED));
        assertThat(tally.block()).isZero();
    }

    @Test
    void unreadableFileIsShownNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);

        VoteFixture.commitFile(repository, ID, ALICE_FILE, "{ not json", ALICE);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.lines()).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.UNREADABLE));
    }

    @Test
    void membersComeFromMainText() throws Exception {
        Votes.open(repository, ID, CAROL);
        Manifest manifest = ManifestStore.read(repository.folder());
        Governance rules = Governance.of(manifest);
        List<Member> members = new ArrayList<>(rules.members());
        members.add(new Member(EVE.name(), EVE.email(), Role.DRAFTER));
        rules.withMembers(members).applyTo(manifest);
        VoteFixture.commitFile(repository, ID, ManifestStore.FILE_NAME, ManifestStore.toJson(manifest), EVE);

        VoteFixture.commitFile(repository, ID, AmendmentRefs.votesFolder(ID) + "eve-example-org.json",
                VoteFixture.voteJson(ID, EVE, "for"), EVE);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.members()).isEqualTo(4);
        assertThat(tally.lines()).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.NOT_A_MEMBER));
    }

    @Test
    void consensusBlockStopsAdoption() throws Exception {
        setRules(MajorityRule.CONSENSUS, null);
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Votes.cast(repository, ID, DINA, VoteChoice.BLOCK, "Not without a budget.");

        Tally tally = Votes.close(repository, ID, CAROL);

        assertThat(tally.block()).isEqualTo(1);
        assertThat(tally.result()).isEqualTo(VoteResult.REJECTED);
    }

    @Test
    void consensusWithoutBlockAdopts() throws Exception {
        setRules(MajorityRule.CONSENSUS, null);
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, DINA, VoteChoice.ABSTAIN, "");

        assertThat(Votes.close(repository, ID, CAROL).result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void twoThirdsNeedsTwoForOneAgainst() throws Exception {
        setRules(MajorityRule.TWO_THIRDS, null);
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.AGAINST, "");
        assertThat(Votes.tally(repository, ID).outcomeIfClosed()).isEqualTo(VoteResult.REJECTED);

        Votes.cast(repository, ID, DINA, VoteChoice.FOR, "");

        assertThat(Votes.close(repository, ID, CAROL).result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void closeByNonCoordinatorIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);

        assertThatThrownBy(() -> Votes.close(repository, ID, BOB))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notCoordinator"));
        assertThat(VoteFixture.recordAtTip(repository, ID).status()).isEqualTo(AmendmentStatus.VOTING);
    }

    @Test
    void closeRecordsWindowTallyAndMessage() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");

        Votes.close(repository, ID, CAROL);

        AmendmentRecord record = VoteFixture.recordAtTip(repository, ID);
        assertThat(record.vote().closedBy().email()).isEqualTo(CAROL.email());
        assertThat(record.vote().closed()).isNotNull();
        assertThat(record.vote().openedBy().email()).isEqualTo(CAROL.email());
        assertThat(record.tally()).containsEntry("result", "adopted").containsEntry("for", 2);
        assertThat(tipCommit().getFullMessage())
                .contains("Adopted (simple majority): 2 for, 0 against", "Alice Drafter <alice@example.org>: for");
    }

    @Test
    void castAfterClosingIsRejected() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.close(repository, ID, CAROL);

        assertThatThrownBy(() -> Votes.cast(repository, ID, BOB, VoteChoice.FOR, ""))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.notOpen"));
    }

    @Test
    void fileWrittenAfterClosingIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Votes.close(repository, ID, CAROL);

        VoteFixture.commitFile(repository, ID, AmendmentRefs.votesFolder(ID) + "dina-example-org.json",
                VoteFixture.voteJson(ID, DINA, "against"), DINA);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(tally.forVotes()).isEqualTo(2);
        assertThat(tally.against()).isZero();
        assertThat(tally.lines()).filteredOn(line -> line.email().equals(DINA.email())).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.AFTER_CLOSING));
    }

    @Test
    void recordedTallyOutlivesMemberChanges() throws Exception {
        Votes.open(repository, ID, CAROL);
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Votes.close(repository, ID, CAROL);

        Members.remove(repository, ALICE.email(), CAROL);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.forVotes()).isEqualTo(2);
        assertThat(tally.members()).isEqualTo(4);
        assertThat(tally.lines()).allSatisfy(line -> assertThat(line.invalid()).isNull());
    }

    @Test
    void twoMembersVotingOfflineBothCount() throws Exception {
        Votes.open(repository, ID, CAROL);
        CharterRepository alice = cloneOf(repository, "alice");
        CharterRepository bob = cloneOf(repository, "bob");

        Votes.cast(alice, ID, ALICE, VoteChoice.FOR, "From the train.");
        Votes.cast(bob, ID, BOB, VoteChoice.FOR, "From the village.");
        BranchMerges.pull(repository, alice.folder(), ID, CAROL);
        BranchMerges.pull(repository, bob.folder(), ID, CAROL);
        Tally tally = Votes.close(repository, ID, CAROL);

        assertThat(tipCommit().getParentCount()).isEqualTo(1);
        assertThat(tally.forVotes()).isEqualTo(2);
        assertThat(tally.lines()).extracting(VoteLine::email).containsExactly(ALICE.email(), BOB.email());
        assertThat(tally.lines()).allSatisfy(line -> assertThat(line.invalid()).isNull());
        assertThat(tally.result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void offlineVoteMergedAfterClosingIsNotCounted() throws Exception {
        Votes.open(repository, ID, CAROL);
        CharterRepository dina = cloneOf(repository, "dina");
        Votes.cast(dina, ID, DINA, VoteChoice.AGAINST, "");
        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");
        Votes.cast(repository, ID, BOB, VoteChoice.FOR, "");
        Votes.close(repository, ID, CAROL);

        BranchMerges.pull(repository, dina.folder(), ID, CAROL);
        Tally tally = Votes.tally(repository, ID);

        assertThat(tally.against()).isZero();
        assertThat(tally.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(tally.lines()).filteredOn(line -> line.email().equals(DINA.email())).singleElement()
                .satisfies(line -> assertThat(line.invalid()).isEqualTo(InvalidVote.AFTER_CLOSING));
    }

    @Test
    void votingPeriodBoundsCastAndClose() throws Exception {
        setRules(MajorityRule.SIMPLE, 7);
        Instant opened = Instant.parse("2026-12-01T09:00:00Z");
        Votes.open(repository, ID, CAROL, Clock.fixed(opened, ZoneOffset.UTC));
        Clock dayOne = Clock.fixed(opened.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        Clock dayEight = Clock.fixed(opened.plus(Duration.ofDays(8)), ZoneOffset.UTC);

        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "", dayOne);

        assertThat(VoteFixture.recordAtTip(repository, ID).vote().closes()).isEqualTo("2026-12-08T09:00:00Z");
        assertThatThrownBy(() -> Votes.close(repository, ID, CAROL, dayOne))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.periodNotOver"));
        assertThatThrownBy(() -> Votes.cast(repository, ID, BOB, VoteChoice.FOR, "", dayEight))
                .isInstanceOfSatisfying(ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.vote.periodOver"));
        assertThat(Votes.close(repository, ID, CAROL, dayEight).result()).isEqualTo(VoteResult.NO_QUORUM);
    }

    @Test
    void castOnCheckedOutBranchUpdatesWorkTree() throws Exception {
        Votes.open(repository, ID, CAROL);
        Git.wrap(repository.repository()).checkout().setName(AmendmentRefs.localBranch(ID)).call();

        Votes.cast(repository, ID, ALICE, VoteChoice.FOR, "");

        assertThat(repository.folder().resolve(ALICE_FILE)).exists();
        assertThat(repository.status().uncommittedPaths()).isEmpty();
    }

    private void setRules(MajorityRule majority, Integer votingDays) throws Exception {
        Manifest manifest = ManifestStore.read(repository.folder());
        Governance rules = Governance.of(manifest);
        new Governance(rules.members(), rules.quorum(), majority, votingDays).applyTo(manifest);
        ManifestStore.write(repository.folder(), manifest);
        repository.record("Change the voting rules", CAROL);
    }

    private CharterRepository cloneOf(CharterRepository source, String name) throws Exception {
        Path folder = temp.resolve(name);
        Git.cloneRepository().setURI(source.folder().toUri().toString()).setDirectory(folder.toFile())
                .setCloneAllBranches(true).call().close();
        return closeLater(CharterRepository.open(folder));
    }

    private RevCommit tipCommit() throws IOException {
        try (RevWalk walk = new RevWalk(repository.repository())) {
            return walk.parseCommit(ref(AmendmentRefs.localBranch(ID)));
        }
    }

    private ObjectId ref(String name) throws IOException {
        return repository.repository().resolve(name);
    }

    private String fileAtTip(String path) throws IOException {
        Repository git = repository.repository();
        try (RevWalk walk = new RevWalk(git)) {
            RevCommit tip = walk.parseCommit(ref(AmendmentRefs.localBranch(ID)));
            return new String(AmendmentTips.file(git, tip.getTree(), path).orElseThrow(),
                    StandardCharsets.UTF_8);
        }
    }
}
