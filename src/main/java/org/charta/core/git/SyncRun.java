package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * One sync of a charter with {@code origin}: record, fetch, check, merge, push, and fetch-merge-push again while
 * the remote moves on. It keeps the counts and paths that the {@link SyncResult} reports.
 *
 * <p>The checked-out branch ({@code main} or an amendment branch) is merged with its shared version together with
 * the work tree. {@link RefSharing} brings the other branches up to date without touching the work tree and plans
 * what the one push sends: {@code main}, the amendment branches that are not drafts, and the release tags.
 */
final class SyncRun {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);

    /** Pushes tried before a sync gives up on a remote that keeps moving. */
    static final int MAX_PUSH_ATTEMPTS = 3;

    /** The message of every merge commit a sync makes; the choices that settled conflicts follow it. */
    static final String MERGE_MESSAGE = "Merge shared changes";

    /** Unportable incoming paths that an error message lists by name; the rest are counted. */
    static final int MAX_LISTED_PATHS = 5;

    private final CharterRepository charter;
    private final Repository repository;
    private final Identity identity;
    private final IntConsumer beforePush;
    private final RemoteAccess access;
    private String url;
    private String checkedOut;
    private String trackingRef;
    private RefSharing sharing;
    private int sent;
    private List<ObjectId> tipsAtStart = List.of();
    private final List<ObjectId> receivedTips = new ArrayList<>();
    private String serverReason;
    private final Set<String> changedPaths = new TreeSet<>();
    private ObjectId beforeSync;
    private ObjectId recorded;
    private List<Conflict> pendingConflicts = List.of();
    private Map<String, Resolution> pendingChoices = Map.of();

    SyncRun(CharterRepository charter, Identity identity) {
        this(charter, identity, RemoteAccess.anonymous());
    }

    SyncRun(CharterRepository charter, Identity identity, RemoteAccess access) {
        this(charter, identity, attempt -> { }, access);
    }

    /**
     * Creates a run that calls {@code beforePush} with the attempt number (from 1) just before each push, so a
     * test can move the remote between the fetch and the push.
     */
    SyncRun(CharterRepository charter, Identity identity, IntConsumer beforePush) {
        this(charter, identity, beforePush, RemoteAccess.anonymous());
    }

    SyncRun(CharterRepository charter, Identity identity, IntConsumer beforePush, RemoteAccess access) {
        this.access = access;
        this.charter = charter;
        this.repository = charter.repository();
        this.identity = identity;
        this.beforePush = beforePush;
    }

    SyncResult run(String pendingMessage) throws ChartaException {
        // On another branch or a detached commit the pending work would be recorded where no sync sends it: refuse
        // before recording. Main and amendment branches are accepted.
        String localRef = checkedOutRef();
        PendingMerge.requireNoneOtherThan(charter, PendingMerge.SYNC);
        ObjectId beforeSync = currentHead();
        charter.record(pendingMessage, identity);
        recorded = currentHead();
        this.beforeSync = beforeSync;
        // Only messages and logs use this address; JGit reads origin's own, which may carry a token set by plain git.
        url = RemoteUrls.redact(Remotes.originUrl(repository));
        if (url == null) {
            LOG.info("Sync of {} skipped: no remote origin", charter.folder());
            return SyncResult.of(SyncOutcome.NO_REMOTE, "No remote origin is configured.");
        }
        RemoteUrls.requireSupported(url);
        try {
            if (!AmendmentRefSharing.isLocalBranch(localRef)) {
                MainBranch.renameToMain(charter.git(), localRef);
            }
            checkedOut = repository.getFullBranch();
            trackingRef = Remotes.trackingRefOf(checkedOut);
            sharing = new RefSharing(repository, identity, checkedOut);
            tipsAtStart = localBranchTips();
            LOG.info("Sync of {} on {} with {} started at {}", charter.folder(), checkedOut, url,
                    Remotes.shortId(head()));
            SyncResult result = exchange();
            deleteResolvedConflictRefs();
            return finish(result);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    private String checkedOutRef() throws ChartaException {
        try {
            return MainBranch.localRef(repository);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    private ObjectId currentHead() throws ChartaException {
        try {
            return head();
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** Fetches, merges and pushes until the push is accepted, a step stops the sync, or attempts run out. */
    private SyncResult exchange() throws ChartaException, IOException {
        for (int attempt = 1; ; attempt++) {
            Optional<SyncResult> stopped = fetch();
            if (stopped.isEmpty()) {
                stopped = mergeRemote();
            }
            if (stopped.isPresent()) {
                return stopped.get();
            }
            receivedTips.addAll(sharing.updateBranches());

            PushPlan plan = sharing.plan();
            if (plan.isEmpty()) {
                if (sharing.anyRejected()) {
                    return rejected(false, "The remote rejected refs earlier in this sync.");
                }
                boolean receivedAny = received() > 0 || sharing.report().receivedAny();
                return result(receivedAny ? SyncOutcome.SYNCED : SyncOutcome.UP_TO_DATE, "Nothing to send.");
            }

            Optional<SyncResult> pushed = push(attempt, plan);
            if (pushed.isPresent()) {
                return pushed.get();
            }
        }
    }

    /**
     * Pushes the planned refs once. Returns the result that ends the sync, or empty when a remote branch moved
     * during the push and another fetch, merge and push may succeed.
     */
    private Optional<SyncResult> push(int attempt, PushPlan plan) throws ChartaException, IOException {
        beforePush.accept(attempt);
        List<ObjectId> knownOnRemote = sharing.remoteCommits();
        Pusher.Outcome push;
        try {
            push = Pusher.push(charter.git(), plan.updates(), access);
        } catch (org.eclipse.jgit.errors.TransportException e) {
            LOG.warn("Push to {} failed", url, e);
            if (!GitErrors.isAccessFailure(e, url, access) && GitErrors.isOffline(e, url)) {
                return Optional.of(result(SyncOutcome.OFFLINE, "Push to " + url + " failed: " + e.getMessage()));
            }
            throw GitErrors.transport(e, url, access);
        }
        RefSharing.Verdicts verdicts = sharing.judge(plan, push);
        sent += Remotes.countCommits(repository, verdicts.acceptedCommits(), knownOnRemote);
        if (push.serverReason() != null) {
            serverReason = push.serverReason();
        }

        if (verdicts.behind()) {
            if (attempt >= MAX_PUSH_ATTEMPTS) {
                return Optional.of(rejected(true, "The remote moved during each of " + attempt + " pushes, last: "
                        + push.describe() + "."));
            }
            LOG.info("Push to {} rejected because the remote moved ({}); fetching and merging again, attempt {} of {}",
                    url, push.describe(), attempt + 1, MAX_PUSH_ATTEMPTS);
            return Optional.empty();
        }
        if (sharing.anyRejected()) {
            return Optional.of(rejected(false, "Push rejected: " + push.describe() + "."));
        }
        return Optional.of(result(SyncOutcome.SYNCED, "Pushed " + push.describe() + "."));
    }

    private SyncResult rejected(boolean remoteMoved, String detail) throws IOException {
        return new SyncResult(SyncOutcome.REJECTED, sent, received(), List.of(), new ArrayList<>(changedPaths),
                detail, null, remoteMoved, List.of(), remoteMoved ? null : serverReason);
    }

    /**
     * Fetches {@code main}, the amendment branches and the tags of {@code origin}. Returns an OFFLINE result when the remote cannot be reached, and
     * throws for every other failure.
     */
    private Optional<SyncResult> fetch() throws ChartaException, IOException {
        try {
            sharing.fetched(SharedFetch.fetch(charter.git(), access, true));
            return Optional.empty();
        } catch (TransportException e) {
            LOG.warn("Fetch from {} failed", url, e);
            if (GitErrors.isAccessFailure(e, url, access)) {
                throw GitErrors.transport(e, url, access);
            }
            if (GitErrors.isOffline(e, url)) {
                return Optional.of(result(SyncOutcome.OFFLINE, "Fetch from " + url + " failed: " + e.getMessage()));
            }
            if (!GitErrors.isRepositoryMissing(e) && remoteLacksMain()) {
                throw new ChartaException(e, "error.sync.remoteHasNoMain", url);
            }
            throw GitErrors.transport(e, url);
        } catch (GitAPIException e) {
            // JGit reports a local path without a repository as an invalid remote, not as a transport failure.
            throw GitErrors.isRepositoryMissing(e) ? GitErrors.transport(e, url) : GitErrors.translate(e, repository);
        }
    }

    /**
     * Asks the remote whether it lacks {@code main}, which makes JGit's fetch fail with a message that names the
     * ref. Returns false when listing the remote's branches fails too.
     */
    private boolean remoteLacksMain() {
        try {
            return Remotes.remoteMain(Remotes.originUrl(repository), access) == null;
        } catch (GitAPIException e) {
            LOG.warn("Could not list the branches of {}", url, e);
            return false;
        }
    }

    /**
     * Merges the fetched remote tip into {@code HEAD} after checking that every path it brings can be checked
     * out on every platform: a fast-forward when {@code HEAD} has nothing of its own, else the prose-aware merge.
     * Returns a CONFLICT result when conflicts wait for a person's choice; the work tree and {@code HEAD} are then
     * untouched.
     */
    private Optional<SyncResult> mergeRemote() throws ChartaException, IOException {
        ObjectId remoteId = trackingRef == null ? null : repository.resolve(trackingRef);
        ObjectId head = head();
        if (remoteId == null || (head != null && Remotes.contains(repository, head, remoteId))) {
            return Optional.empty();
        }
        RevCommit theirs = parse(remoteId);
        RevCommit base = null;
        if (head != null) {
            base = Remotes.mergeBase(repository, head, theirs);
            if (base == null) {
                LOG.warn("Sync of {} stopped: {} and {} of {} share no history", charter.folder(),
                        Remotes.shortId(head), Remotes.shortId(theirs), url);
                throw new ChartaException("error.sync.unrelatedHistories", url);
            }
        }
        List<String> incomingPaths = Remotes.writtenPaths(repository, base, theirs);
        requirePortable(incomingPaths, Remotes.writtenPaths(repository, null, theirs));

        int incoming = Remotes.countCommits(repository, theirs, head);
        ObjectId merged = head == null || Remotes.contains(repository, theirs, head)
                ? fastForward(theirs)
                : mergeCommit(base, parse(head), theirs);
        if (merged == null) {
            return Optional.of(conflictResult(theirs));
        }
        Optional<SyncResult> failed = moveWorkTree(head, merged);
        if (failed.isPresent()) {
            return failed;
        }
        ObjectId followed = CommentFollowing.afterMerge(charter, checkedOut, head, merged, identity).orElse(merged);
        // NOTE: merge.json contains one pending merge per repository, whichever branch stopped on it. Callers must
        // reject a branch switch while one is pending (Amendments.switchTo does), or this clear drops its choices.
        PendingMerge.clear(charter);
        receivedTips.add(theirs);
        changedPaths.addAll(Remotes.changedPaths(repository, head, merged));
        LOG.info("Merged {} shared commits up to {} into {}: HEAD is now {}", incoming, Remotes.shortId(theirs),
                Remotes.shortId(head), Remotes.shortId(followed));
        return Optional.empty();
    }

    /**
     * Moves the work tree, the index and {@code main} to the merged commit. Returns a FAILED result naming the files
     * that could not be written. The branch and the files then stay as they were, and the next sync retries.
     */
    private Optional<SyncResult> moveWorkTree(ObjectId head, ObjectId merged) throws ChartaException, IOException {
        if (head == null) {
            // Nothing was ever recorded here, so the work tree contains no file of this charter to keep.
            checkOutFirst(merged);
            return Optional.empty();
        }
        try {
            WorkTreeUpdate.run(charter, head, merged);
            return Optional.empty();
        } catch (WorkTreeUpdate.PathsNotUpdatedException e) {
            LOG.warn("Sync of {} could not update {}", charter.folder(), e.paths(), e);
            return Optional.of(new SyncResult(SyncOutcome.FAILED, sent, received(), e.paths(),
                    List.copyOf(changedPaths), "Could not update " + e.paths() + " with shared commit "
                    + Remotes.shortId(merged) + "; nothing more was recorded.", null));
        }
    }

    private void checkOutFirst(ObjectId commit) throws ChartaException {
        try {
            charter.git().reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(commit.name())
                    .call();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository);
        }
    }

    /** Checks the shared commit's charter before {@code HEAD} moves to it. */
    private ObjectId fastForward(RevCommit theirs) throws ChartaException, IOException {
        MergedTreeCheck.check(repository, theirs.getTree(), Remotes.shortId(theirs), MergedTreeCheck.Purpose.SYNC);
        return theirs;
    }

    /**
     * Computes the prose-aware merge, applies the choices kept for its conflicts and writes the merge commit with
     * both parents. Returns null, after keeping the conflicts for a person's choice, when one is still unsettled.
     */
    private ObjectId mergeCommit(RevCommit base, RevCommit ours, RevCommit theirs)
            throws ChartaException, IOException {
        CharterMergeResult merge = CharterMerge.merge(repository, base, ours, theirs);
        Map<String, Resolution> choices = keptChoices(merge.conflicts());
        pendingConflicts = merge.conflicts();
        pendingChoices = choices;
        if (!merge.conflicts().stream().allMatch(conflict -> choices.containsKey(conflict.id()))) {
            keepPending(ours, theirs, merge.conflicts(), choices);
            return null;
        }
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tree = merge.writeTree(inserter, choices);
            inserter.flush();
            MergedTreeCheck.check(repository, tree, Remotes.shortId(theirs), MergedTreeCheck.Purpose.SYNC);
            String message = MERGE_MESSAGE;
            if (!merge.conflicts().isEmpty()) {
                message += "\n\n" + ChoiceRules.summary(merge.conflicts(), choices);
            }
            ObjectId commit = CommitText.writeMerge(inserter, tree, ours, theirs, message, identity);
            inserter.flush();
            return commit;
        }
    }

    /** Returns the choices of the pending merge that apply to these conflicts. */
    private Map<String, Resolution> keptChoices(List<Conflict> conflicts) throws ChartaException {
        Map<String, Resolution> kept = new LinkedHashMap<>();
        Optional<PendingMerge> pending = PendingMerge.load(charter);
        if (pending.isPresent()) {
            for (Conflict conflict : conflicts) {
                Resolution choice = pending.get().choices().get(conflict.id());
                if (choice != null) {
                    kept.put(conflict.id(), choice);
                }
            }
        }
        return kept;
    }

    /**
     * Saves the conflicts and the choices that still apply. The state from before the sync is the one of the
     * first sync that stopped, unless something was recorded since. Then it is this sync's.
     */
    private void keepPending(RevCommit ours, RevCommit theirs, List<Conflict> conflicts,
                             Map<String, Resolution> choices) throws ChartaException {
        String before = beforeSync == null ? null : beforeSync.name();
        String recordedName = recorded == null ? null : recorded.name();
        Optional<PendingMerge> earlier = PendingMerge.load(charter);
        if (earlier.isPresent() && earlier.get().stoppedAt().equals(recordedName)) {
            before = earlier.get().beforeSync();
            recordedName = earlier.get().recorded();
        }
        new PendingMerge(before, recordedName, ours.name(), theirs.name(), conflicts, choices).save(charter);
    }

    private SyncResult conflictResult(RevCommit theirs) throws IOException {
        String kept = ConflictRefs.keep(repository, theirs);
        List<String> paths = pendingConflicts.stream().map(Conflict::path).distinct().toList();
        long unsettled = pendingConflicts.stream().filter(c -> !pendingChoices.containsKey(c.id())).count();
        return new SyncResult(SyncOutcome.CONFLICT, sent, received(), paths, List.copyOf(changedPaths),
                "Shared commit " + Remotes.shortId(theirs) + " conflicts with " + Remotes.shortId(head()) + " in "
                + paths + " (" + unsettled + " of " + pendingConflicts.size() + " unsettled); kept as " + kept + ".",
                kept, false, pendingConflicts);
    }

    /**
     * Throws when an incoming path cannot be checked out on every platform, or differs only in case from another
     * path of the incoming tree. The message lists the first {@link #MAX_LISTED_PATHS} such paths and counts the
     * rest.
     */
    private void requirePortable(List<String> incomingPaths, List<String> allPaths) throws ChartaException {
        Set<String> collisions = PortablePaths.caseCollisions(allPaths);
        List<String> unportable = new ArrayList<>();
        for (String path : incomingPaths) {
            Optional<String> problem = PortablePaths.problem(path);
            if (problem.isEmpty() && collisions.contains(path)) {
                problem = Optional.of("another path differs from it only in case");
            }
            if (problem.isPresent()) {
                LOG.warn("Sync of {} stopped before merging: incoming path {} is not portable ({})",
                        charter.folder(), path, problem.get());
                unportable.add(path);
            }
        }
        if (!unportable.isEmpty()) {
            List<String> listed = unportable.subList(0, Math.min(MAX_LISTED_PATHS, unportable.size()));
            throw new ChartaException("error.sync.unportablePaths", String.join(", ", listed),
                    unportable.size() - listed.size());
        }
    }

    /** Deletes the conflict refs whose commit is now merged; a failure there does not fail the sync. */
    private void deleteResolvedConflictRefs() {
        try {
            ConflictRefs.deleteMerged(repository);
        } catch (IOException e) {
            LOG.warn("Could not delete the resolved conflict refs of {}", charter.folder(), e);
        }
    }

    private SyncResult result(SyncOutcome outcome, String detail) throws IOException {
        return new SyncResult(outcome, sent, received(), List.of(), new ArrayList<>(changedPaths), detail, null);
    }

    /** Counts the commits that the local branches received from the remote during this sync. */
    private int received() throws IOException {
        return Remotes.countCommits(repository, receivedTips, tipsAtStart);
    }

    private List<ObjectId> localBranchTips() throws IOException {
        List<ObjectId> tips = new ArrayList<>();
        for (var ref : repository.getRefDatabase().getRefsByPrefix(org.eclipse.jgit.lib.Constants.R_HEADS)) {
            if (ref.getObjectId() != null) {
                tips.add(ref.getObjectId());
            }
        }
        return tips;
    }

    private SyncResult finish(SyncResult result) throws IOException {
        SharedRefs shared = sharing.report();
        boolean success = (result.outcome() == SyncOutcome.SYNCED || result.outcome() == SyncOutcome.UP_TO_DATE)
                && !shared.needsAttention();
        String format = "Sync of {} on {} with {} ended {}: sent {}, received {}, HEAD {}, {} {}; {}. {}";
        Object[] values = {charter.folder(), checkedOut, url, result.outcome(), result.sentCommits(),
            result.receivedCommits(), Remotes.shortId(head()), trackingRef,
            Remotes.shortId(trackingRef == null ? null : repository.resolve(trackingRef)),
            SharedRefs.NONE.equals(shared) ? "no other branch or tag changed" : shared, result.detail()};
        if (success) {
            LOG.info(format, values);
        } else {
            LOG.warn(format, values);
        }
        return result.withShared(shared);
    }

    private ObjectId head() throws IOException {
        return Remotes.head(repository);
    }

    private RevCommit parse(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }
}
