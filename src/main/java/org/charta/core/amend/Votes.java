package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.TrackingCatchUp;
import org.charta.core.governance.Governance;
import org.charta.core.governance.MajorityRule;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.TextNormalizer;
import org.charta.core.charter.Manifest;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Votes on amendments. Each member's vote is one file on the amendment's branch,
 * {@code .charta/amendments/<id>/votes/<member>.json}, so members voting offline never conflict; casting again
 * rewrites one's own file until the vote closes. Every method does Git work off the JavaFX thread.
 *
 * <p>Members and rules come from the manifest of the local main text, never from the amendment's branch, so an
 * amendment cannot vote itself new members. Each change is one commit on the amendment's local branch, which is
 * created from {@code origin}'s when only the remote has it. The coordinator checks are a courtesy: the Git
 * host's branch protection is what really limits who may change the shared main text.
 */
public final class Votes {

    private static final Logger LOG = LoggerFactory.getLogger(Votes.class);

    private Votes() {
    }

    /** Proposed to voting; only a coordinator. @throws ChartaException {@code error.vote.notCoordinator} and others */
    public static AmendmentRecord open(CharterRepository repository, String id, Identity by) throws ChartaException {
        return open(repository, id, by, Clock.systemUTC());
    }

    /**
     * Opens the vote at the clock's time; the voting period, when the rules set one, ends {@code votingDays} later.
     *
     * @throws ChartaException {@code error.amend.notFound}, {@code error.vote.notCoordinator},
     *                         {@code error.vote.notProposed} naming the status when it is not proposed
     */
    static AmendmentRecord open(CharterRepository repository, String id, Identity by, Clock clock)
            throws ChartaException {
        Governance rules = AmendmentTips.mainRules(repository);
        requireCoordinator(rules, by, id);
        AmendmentTips.Tip found = AmendmentTips.find(repository, id);
        requireStatus(found.record(), AmendmentStatus.PROPOSED, "error.vote.notProposed");

        AmendmentTips.Tip tip = AmendmentTips.local(repository, id);
        AmendmentRecord record = tip.record();
        requireStatus(record, AmendmentStatus.PROPOSED, "error.vote.notProposed");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String closes = rules.votingDays() == null ? null : now.plus(Duration.ofDays(rules.votingDays())).toString();
        record.setVote(new AmendmentRecord.VoteWindow(person(by), now.toString(), closes, null, null));
        record.setStatus(AmendmentStatus.VOTING);
        AmendmentTips.commit(repository, tip, record, Map.of(), "Open the vote on " + describe(record), by);
        LOG.info("Opened the vote on amendment {} in {}", id, repository.folder());
        return record;
    }

    /** Casts or changes {@code by}'s vote while the vote is open; {@code reason} may be empty. */
    public static VoteLine cast(CharterRepository repository, String id, Identity by, VoteChoice choice,
                                String reason) throws ChartaException {
        return cast(repository, id, by, choice, reason, Clock.systemUTC());
    }

    /**
     * Casts or changes a vote at the clock's time: writes {@code by}'s vote file in one commit authored by them.
     *
     * @throws ChartaException {@code error.amend.notFound}, {@code error.vote.notMember},
     *                         {@code error.vote.blockNotAllowed} for a block under another rule than consensus,
     *                         {@code error.vote.notOpen} naming the status, {@code error.vote.periodOver} after
     *                         the voting period, {@code error.vote.controlCharacter} in the reason
     */
    static VoteLine cast(CharterRepository repository, String id, Identity by, VoteChoice choice, String reason,
                         Clock clock) throws ChartaException {
        Objects.requireNonNull(choice, "choice");
        String text = checkedReason(reason);
        Governance rules = AmendmentTips.mainRules(repository);
        if (rules.member(by.email()).isEmpty()) {
            throw new ChartaException("error.vote.notMember", by.toString(), id);
        }
        if (choice == VoteChoice.BLOCK && rules.majority() != MajorityRule.CONSENSUS) {
            throw new ChartaException("error.vote.blockNotAllowed", rules.majority().ordinal());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AmendmentTips.Tip found = AmendmentTips.find(repository, id);
        requireStatus(found.record(), AmendmentStatus.VOTING, "error.vote.notOpen");
        requireBeforeEnd(found.record(), now, "error.vote.periodOver", true);

        AmendmentTips.Tip tip = AmendmentTips.local(repository, id);
        requireStatus(tip.record(), AmendmentStatus.VOTING, "error.vote.notOpen");
        String path = VoteFiles.path(id, by.email());
        byte[] file = VoteFiles.toBytes(id, by, choice, text, now.toString());
        String message = "Cast a vote (" + choice.key() + ") on " + describe(tip.record());
        // Only the vote file: rewriting the record read above could undo a status change written meanwhile.
        BranchCommits.commit(repository, tip.ref(), tip.commit(), Map.of(path, file), message, by);
        LOG.info("Recorded the vote of {} on amendment {} in {}", by.email(), id, repository.folder());
        return new VoteLine(path, by.name(), by.email(), choice, text, now.toString(), null);
    }

    /** Closes the vote, writes the tally and the result (adopted or rejected) into the record. Only a coordinator. */
    public static Tally close(CharterRepository repository, String id, Identity by) throws ChartaException {
        return close(repository, id, by, Clock.systemUTC());
    }

    /**
     * Closes the vote at the clock's time, after bringing in the commits of {@code origin}'s branch as of the last
     * fetch. A vote whose rules set a voting period closes only once it is over.
     *
     * @throws ChartaException {@code error.amend.notFound}, {@code error.vote.notCoordinator},
     *                         {@code error.vote.notOpen} naming the status, {@code error.vote.periodNotOver},
     *                         {@code error.vote.syncFirst} when {@code origin}'s branch has commits that cannot be
     *                         brought in without a sync (the branch is checked out, or the merge conflicts)
     */
    static Tally close(CharterRepository repository, String id, Identity by, Clock clock) throws ChartaException {
        Governance rules = AmendmentTips.mainRules(repository);
        requireCoordinator(rules, by, id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AmendmentTips.Tip found = AmendmentTips.find(repository, id);
        requireStatus(found.record(), AmendmentStatus.VOTING, "error.vote.notOpen");
        requireBeforeEnd(found.record(), now, "error.vote.periodNotOver", false);

        // Votes already fetched from origin must count, or they would later show as cast after closing.
        if (!TrackingCatchUp.bringIn(repository, AmendmentRefs.localBranch(id), AmendmentRefs.remoteBranch(id), by)) {
            throw new ChartaException("error.vote.syncFirst", id);
        }
        AmendmentTips.Tip tip = AmendmentTips.local(repository, id);
        AmendmentRecord record = tip.record();
        requireStatus(record, AmendmentStatus.VOTING, "error.vote.notOpen");
        if (record.vote() != null && record.vote().opened() != null) {
            VotedText.requireUnchanged(repository, record.title(), openingCommit(repository, tip), tip.commit(),
                    AmendmentTips.mainTip(repository), "error.vote.textChanged");
        }
        Tally tally = VoteCounter.count(id, evidence(repository, id, tip.commit(), null), rules, true);
        AmendmentRecord.VoteWindow window = record.vote();
        record.setVote(new AmendmentRecord.VoteWindow(window == null ? null : window.openedBy(),
                window == null ? null : window.opened(), window == null ? null : window.closes(), person(by),
                now.toString()));
        record.setTally(tally.toRecord());
        record.setStatus(tally.result() == VoteResult.ADOPTED ? AmendmentStatus.ADOPTED : AmendmentStatus.REJECTED);
        String message = "Close the vote on " + describe(record) + "\n\n" + String.join("\n", tally.messageLines());
        AmendmentTips.commit(repository, tip, record, Map.of(), message, by);
        LOG.info("Closed the vote on amendment {} in {}: {}", id, repository.folder(), tally.result());
        return tally;
    }

    /**
     * Returns the tally as the files are now. While the vote is open it is a running count. Once closed it is a
     * recount of the vote files at the commit that closed it, never the tally the record states, because anyone can
     * commit a record. The recount uses the main text's rules as they were at some point from the closing commit's
     * time until now, preferring rules that give the recorded decision, so that a member change after the vote
     * leaves its result as it was. Vote files that commits after the closing one wrote are added as lines marked
     * {@link InvalidVote#AFTER_CLOSING}. {@link #requireTrustedDecision} checks whether the record agrees.
     *
     * @throws ChartaException {@code error.amend.notFound}, {@code error.governance.invalid}
     */
    public static Tally tally(CharterRepository repository, String id) throws ChartaException {
        AmendmentTips.Tip tip = AmendmentTips.find(repository, id);
        AmendmentRecord record = tip.record();
        Governance rules = AmendmentTips.mainRules(repository);
        boolean closed = record.vote() != null && record.vote().closed() != null;
        if (!closed) {
            return VoteCounter.count(id, evidence(repository, id, tip.commit(), null), rules, false);
        }

        RevCommit closing = closingCommit(repository, tip);
        List<VoteLine> late = evidence(repository, id, tip.commit(), closing).stream()
                .filter(VoteCounter.Evidence::afterClosing)
                .map(file -> new VoteLine(file.line().path(), file.line().name(), file.line().email(),
                        file.line().choice(), file.line().reason(), file.line().cast(), InvalidVote.AFTER_CLOSING))
                .toList();
        return recount(repository, id, record, closing).tally().withMoreLines(late);
    }

    /**
     * Checks that the decision the amendment's record states is the one its vote files give: the vote was closed,
     * by a coordinator under the main text's rules, and a recount of the vote files at the closing commit gives
     * the recorded counts and result. A merge relies on this, because a record is a file anyone can commit.
     *
     * @throws ChartaException {@code error.vote.recordNotClosed}, {@code error.vote.closerNotCoordinator} naming
     *                         the author of the closing commit, {@code error.vote.recordMismatch} with the recorded
     *                         and the recounted figures, {@code error.amend.notFound}
     */
    public static void requireTrustedDecision(CharterRepository repository, String id) throws ChartaException {
        AmendmentTips.Tip tip = AmendmentTips.find(repository, id);
        AmendmentRecord record = tip.record();
        if (record.vote() == null || record.vote().closed() == null) {
            throw new ChartaException("error.vote.recordNotClosed", id, record.status().ordinal());
        }
        RevCommit closing = closingCommit(repository, tip);
        Recount recount = recount(repository, id, record, closing);
        if (!recount.matchesRecord()) {
            LOG.warn("The recorded decision on amendment {} in {} does not match a recount of its vote files", id,
                    repository.folder());
            Tally shown = Tally.fromRecord(record.tally()).orElse(new Tally(0, 0, 0, 0, 0, 0,
                    recount.rules().majority(), false, VoteResult.OPEN, List.of()));
            Tally counted = recount.tally();
            throw new ChartaException("error.vote.recordMismatch", id, shown.forVotes(), shown.against(),
                    shown.abstain(), shown.block(), record.status().ordinal(), counted.forVotes(), counted.against(),
                    counted.abstain(), counted.block(), counted.result().ordinal());
        }
        PersonIdent closer = closing.getAuthorIdent();
        if (!recount.rules().mayCoordinate(new Identity(closer.getName(), closer.getEmailAddress()))) {
            throw new ChartaException("error.vote.closerNotCoordinator", id,
                    closer.getName() + " <" + closer.getEmailAddress() + ">");
        }
    }

    /**
     * A recount of a closed vote.
     *
     * @param tally         the count
     * @param rules         the main text's rules it used
     * @param matchesRecord whether it gives the counts, result and status that the record states
     */
    private record Recount(Tally tally, Governance rules, boolean matchesRecord) {
    }

    /**
     * Counts the vote files as they were at the closing commit, each checked against the commit that wrote it, with
     * the first of the main text's rules since the closing time (see {@link #rulesSince}) that gives the recorded
     * decision, else with the current ones.
     */
    private static Recount recount(CharterRepository repository, String id, AmendmentRecord record,
                                   RevCommit closing) throws ChartaException {
        List<VoteCounter.Evidence> files = evidence(repository, id, closing, null);
        Tally recorded = Tally.fromRecord(record.tally()).orElse(null);
        List<Governance> candidates = rulesSince(repository, closing);
        for (Governance rules : candidates) {
            Tally tally = VoteCounter.count(id, files, rules, true);
            if (recorded != null && sameDecision(recorded, tally) && statusMatches(record.status(), tally)) {
                return new Recount(tally, rules, true);
            }
        }
        Governance current = candidates.get(0);
        return new Recount(VoteCounter.count(id, files, current, true), current, false);
    }

    /**
     * Returns the main text's rules now, then as each earlier commit of main's first-parent history had them, back
     * to the first commit older than the closing commit, each set once. Commit times come from the committers'
     * clocks, so the walk goes one commit past the closing time rather than trusting an exact boundary.
     */
    private static List<Governance> rulesSince(CharterRepository repository, RevCommit closing)
            throws ChartaException {
        List<Governance> rules = new ArrayList<>();
        rules.add(AmendmentTips.mainRules(repository));
        Repository git = repository.repository();
        try (ObjectReader reader = git.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(AmendmentTips.mainTip(repository));
            while (true) {
                addRules(rules, CommitFiles.manifest(reader, commit), commit);
                if (commit.getCommitTime() < closing.getCommitTime() || commit.getParentCount() == 0) {
                    return rules;
                }
                commit = walk.parseCommit(commit.getParent(0));
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static void addRules(List<Governance> rules, Manifest manifest, RevCommit commit) {
        try {
            Governance read = Governance.of(manifest);
            if (!rules.contains(read)) {
                rules.add(read);
            }
        } catch (ChartaException e) {
            LOG.warn("The governance rules at main's commit {} are invalid; they are skipped", commit.name(), e);
        }
    }

    private static boolean sameDecision(Tally recorded, Tally recount) {
        return recorded.result() == recount.result() && recorded.forVotes() == recount.forVotes()
                && recorded.against() == recount.against() && recorded.abstain() == recount.abstain()
                && recorded.block() == recount.block();
    }

    /** A merged amendment was adopted; {@link VoteResult#NO_QUORUM} is recorded as rejected. */
    private static boolean statusMatches(AmendmentStatus status, Tally recount) {
        return switch (recount.result()) {
            case ADOPTED -> status == AmendmentStatus.ADOPTED || status == AmendmentStatus.MERGED;
            case REJECTED, NO_QUORUM -> status == AmendmentStatus.REJECTED;
            case OPEN -> false;
        };
    }

    /**
     * Reads each vote file of commit {@code at} with the author of the commit that wrote it; a file written by a
     * commit that is not in the history of {@code closing} (when given) is marked as written after closing.
     */
    private static List<VoteCounter.Evidence> evidence(CharterRepository repository, String id, ObjectId at,
                                                       RevCommit closing) throws ChartaException {
        Repository git = repository.repository();
        String folder = AmendmentRefs.votesFolder(id);
        List<VoteCounter.Evidence> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(git)) {
            RevCommit commit = walk.parseCommit(at);
            Instant periodEnd = periodEnd(git, commit, id);
            for (Map.Entry<String, byte[]> file : AmendmentTips.files(git, commit.getTree(), folder).entrySet()) {
                if (file.getKey().contains("/") || !file.getKey().endsWith(VoteFiles.EXTENSION)) {
                    continue;
                }
                String path = folder + file.getKey();
                VoteLine line = VoteFiles.parse(id, path, file.getValue());
                RevCommit writer = PathHistory.lastWriter(walk, commit, path);
                boolean afterClosing = closing != null
                        && !PathHistory.isAncestor(walk, writer, walk.parseCommit(closing));
                boolean afterPeriod = periodEnd != null && (isAfter(line.cast(), periodEnd)
                        || writer.getCommitterIdent().getWhenAsInstant().isAfter(periodEnd));
                files.add(new VoteCounter.Evidence(line, writer.getAuthorIdent().getEmailAddress(), afterClosing,
                        afterPeriod));
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
        return files;
    }

    /** Returns the end of the voting period that the record at {@code commit} gives, or null when it sets none. */
    private static Instant periodEnd(Repository git, RevCommit commit, String id) throws IOException {
        Optional<byte[]> json = AmendmentTips.file(git, commit.getTree(), AmendmentRefs.recordPath(id));
        if (json.isEmpty()) {
            return null;
        }
        try {
            AmendmentRecord record = AmendmentRecords.parse(json.get(), AmendmentRefs.recordPath(id));
            return record.vote() == null || record.vote().closes() == null ? null
                    : Instant.parse(record.vote().closes());
        } catch (ChartaException | DateTimeParseException e) {
            LOG.warn("Voting period of amendment {} unreadable; no period applied", id, e);
            return null;
        }
    }

    private static boolean isAfter(String cast, Instant end) {
        try {
            return cast != null && Instant.parse(cast).isAfter(end);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Finds the commit that closed the vote: going back from the tip through parents whose record carries the same
     * closing time, the oldest one.
     */
    static RevCommit closingCommit(CharterRepository repository, AmendmentTips.Tip tip) throws ChartaException {
        String closed = tip.record().vote().closed();
        return oldestWithVote(repository, tip, vote -> closed.equals(vote.closed()));
    }

    /** Finds the commit that opened the vote, as {@link #closingCommit} finds the closing one. */
    static RevCommit openingCommit(CharterRepository repository, AmendmentTips.Tip tip) throws ChartaException {
        String opened = tip.record().vote().opened();
        return oldestWithVote(repository, tip, vote -> opened != null && opened.equals(vote.opened()));
    }

    private static RevCommit oldestWithVote(CharterRepository repository, AmendmentTips.Tip tip,
                                            Predicate<AmendmentRecord.VoteWindow> test) throws ChartaException {
        Repository git = repository.repository();
        String recordPath = AmendmentRefs.recordPath(tip.record().id());
        try (RevWalk walk = new RevWalk(git)) {
            RevCommit start = walk.parseCommit(tip.commit());
            return PathHistory.oldestWith(walk, start, commit -> AmendmentTips.file(git, commit.getTree(), recordPath)
                    .map(json -> voteMatches(json, test)).orElse(false));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static boolean voteMatches(byte[] json, Predicate<AmendmentRecord.VoteWindow> test) {
        try {
            AmendmentRecord record = AmendmentRecords.parse(json, "amendment.json");
            return record.vote() != null && test.test(record.vote());
        } catch (ChartaException e) {
            return false;
        }
    }

    private static void requireCoordinator(Governance rules, Identity by, String id) throws ChartaException {
        if (!rules.mayCoordinate(by)) {
            String coordinators = rules.coordinators().stream()
                    .map(member -> member.name() + " <" + member.email() + ">")
                    .collect(Collectors.joining(", "));
            throw new ChartaException("error.vote.notCoordinator", by.toString(), id, coordinators);
        }
    }

    private static void requireStatus(AmendmentRecord record, AmendmentStatus expected, String messageKey)
            throws ChartaException {
        if (record.status() != expected) {
            throw new ChartaException(messageKey, record.id(), record.status().ordinal());
        }
    }

    /**
     * Checks the clock against the end of the voting period: before it for {@code mustBeBefore}, at or after it
     * otherwise. A record without a period, or with an end that is not a time, passes.
     */
    private static void requireBeforeEnd(AmendmentRecord record, Instant now, String messageKey,
                                         boolean mustBeBefore) throws ChartaException {
        String closes = record.vote() == null ? null : record.vote().closes();
        if (closes == null) {
            return;
        }
        try {
            Instant end = Instant.parse(closes);
            if (now.isBefore(end) != mustBeBefore) {
                throw new ChartaException(messageKey, record.id(), closes);
            }
        } catch (DateTimeParseException e) {
            LOG.warn("Amendment {} has the voting period end {}, which is not a time; it is ignored", record.id(),
                    closes, e);
        }
    }

    /** Normalizes the reason, which may be empty but contains no control character other than a line break or tab. */
    private static String checkedReason(String reason) throws ChartaException {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        ControlCharacters.reject(reason, "error.vote.controlCharacter");
        return TextNormalizer.normalize(reason).strip();
    }

    private static AmendmentRecord.Person person(Identity identity) {
        return new AmendmentRecord.Person(identity.name(), identity.email());
    }

    private static String describe(AmendmentRecord record) {
        return "\"" + record.title() + "\" (" + record.id() + ")";
    }
}
