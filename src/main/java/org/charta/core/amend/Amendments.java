package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Manifest;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.PendingMerge;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amendments as branches: create one from the main text or from another amendment, switch the work tree to it and
 * back, propose, withdraw, update it with the main text and merge it once adopted. Every method does disk and Git
 * work and must not run on the JavaFX thread.
 *
 * <p>Status changes rewrite the record file on the amendment's branch with a commit of their own, without touching
 * the work tree unless the branch is checked out (then the work tree follows the new commit).
 *
 * <p>Commit messages are English, like Git's own, because every co-author reads the same history.
 */
public final class Amendments {

    private static final Logger LOG = LoggerFactory.getLogger(Amendments.class);

    /** The message of the commit that records pending work before the work tree switches to another text. */
    static final String SWITCH_MESSAGE = "Record changes before switching text";

    /** The first line of an amendment's merge commit: {@code Merge amendment "<title>" (<id>)}. */
    private static final Pattern MERGE_LINE = Pattern.compile("^Merge amendment \".*\" \\((" + AmendmentRefs.ID_PATTERN
            + ")\\)$");

    private Amendments() {
    }

    /**
     * Creates an amendment: a branch {@code amendments/<id>} from the local main text, or from the tip of amendment
     * {@code fromAmendment} for a sub-amendment, with a first commit that adds its record (status draft). Records
     * pending work first, then checks the new branch out. The id is printed by {@code charta amend new}.
     *
     * @throws ChartaException {@code error.amend.titleEmpty} for a blank title, {@code error.amend.unknownSection}
     *                         naming a target that is not in the manifest, {@code error.amend.notFound} for an
     *                         unknown {@code fromAmendment}
     */
    public static AmendmentRecord create(CharterRepository repository, String title, String rationale,
                                         List<String> targets, String fromAmendment, Identity author)
            throws ChartaException {
        String cleanTitle = cleanTitle(title);
        String cleanRationale = rationale == null ? "" : TextNormalizer.normalize(rationale).strip();
        ControlCharacters.reject(cleanRationale, "error.amend.rationaleControlCharacter");
        requireNoSyncPending(repository);
        try {
            if (fromAmendment != null) {
                AmendmentIds.requireValid(fromAmendment);
            }
            List<String> requested = targets == null ? List.of() : targets;
            checkTargets(repository, startCommit(repository, fromAmendment), requested);

            // The branch starts after the record, so that the work pending on the current text goes with it.
            repository.record(SWITCH_MESSAGE, author);
            ObjectId start = startCommit(repository, fromAmendment);
            List<String> orderedTargets = checkTargets(repository, start, requested);
            String id = AmendmentIds.newId(cleanTitle, AmendmentBranches.knownIds(repository));
            AmendmentRecord record = new AmendmentRecord();
            record.setId(id);
            record.setTitle(cleanTitle);
            record.setRationale(cleanRationale);
            record.setAuthor(new AmendmentRecord.Person(author.name(), author.email()));
            record.setCreated(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            record.setTargets(orderedTargets);
            record.setParent(fromAmendment);
            record.setBase(start.name());
            record.setStatus(AmendmentStatus.DRAFT);

            String branch = AmendmentRefs.localBranch(id);
            BranchCommits.createBranch(repository, branch, start);
            BranchCommits.commit(repository, branch, Map.of(AmendmentRefs.recordPath(id),
                    AmendmentRecords.toBytes(record)), message("Start", record), author);
            AmendmentBranches.checkout(repository, branch);
            LOG.info("Created amendment {} from {} in {}", id, fromAmendment == null ? "the main text" : fromAmendment,
                    repository.folder());
            return record;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Records pending work, then checks out amendment {@code id}, or the main text when {@code id} is null. An
     * amendment under vote may be checked out, but editing its text stops the vote from closing.
     *
     * @throws ChartaException {@code error.amend.closedForEditing} for an adopted, rejected, withdrawn or merged
     *                         amendment, naming its status
     */
    public static void switchTo(CharterRepository repository, String id, Identity identity) throws ChartaException {
        if (id != null) {
            AmendmentIds.requireValid(id);
        }
        requireNoSyncPending(repository);
        try {
            String branch = AmendmentBranches.MAIN_REF;
            if (id == null) {
                AmendmentBranches.mainTip(repository);
            } else {
                branch = AmendmentBranches.ensureLocal(repository, id);
            }
            if (branch.equals(repository.repository().getFullBranch())) {
                return;
            }
            if (id != null) {
                requireOpenForEditing(repository, id);
            }
            repository.record(SWITCH_MESSAGE, identity);
            AmendmentBranches.checkout(repository, branch);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** The id of the amendment checked out, or empty when the main text (or anything else) is. */
    public static Optional<String> current(CharterRepository repository) throws ChartaException {
        try {
            String branch = repository.repository().getFullBranch();
            if (branch == null || !branch.startsWith(AmendmentRefs.LOCAL_PREFIX)) {
                return Optional.empty();
            }
            return Optional.of(AmendmentRefs.idOf(branch));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Every amendment known here: local branches, {@code origin}'s branches and merged records on the main text,
     * newest first.
     */
    public static List<AmendmentSummary> list(CharterRepository repository) throws ChartaException {
        try (SummaryBuilder builder = new SummaryBuilder(repository)) {
            List<AmendmentSummary> summaries = new ArrayList<>();
            for (String id : AmendmentBranches.knownIds(repository)) {
                builder.summary(id).ifPresent(summaries::add);
            }
            summaries.sort(Comparator.comparing((AmendmentSummary summary) -> String.valueOf(summary.record()
                    .created())).reversed().thenComparing(AmendmentSummary::id));
            return summaries;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** Returns one amendment as the list shows it. @throws ChartaException {@code error.amend.notFound} */
    public static AmendmentSummary summary(CharterRepository repository, String id) throws ChartaException {
        AmendmentIds.requireValid(id);
        try (SummaryBuilder builder = new SummaryBuilder(repository)) {
            return builder.summary(id).orElseThrow(() -> new ChartaException("error.amend.notFound", id,
                    repository.folder().toString()));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Returns the commit an amendment's diff starts from, as 40 hex digits. That is its merge base with the branch
     * it merges into (the main text, or the parent amendment). For a merged amendment, it is the merge base with
     * the main text just before the merge. Comparing it with {@link AmendmentSummary#tip()} shows the amendment's
     * own changes.
     *
     * @throws ChartaException {@code error.amend.notFound}
     */
    public static String comparisonBase(CharterRepository repository, String id) throws ChartaException {
        AmendmentIds.requireValid(id);
        try (SummaryBuilder builder = new SummaryBuilder(repository)) {
            return builder.comparisonBase(id).map(RevCommit::name).orElseThrow(() -> new ChartaException(
                    "error.amend.notFound", id, repository.folder().toString()));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Draft to proposed; only the author, only from draft. When the amendment is checked out, its unrecorded edits are
     * recorded first. The next sync shares the branch.
     */
    public static AmendmentRecord propose(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        AmendmentIds.requireValid(id);
        try {
            if (current(repository).filter(id::equals).isPresent()) {
                // The proposal is the text on screen, including edits not yet recorded.
                repository.record("Record changes before proposing", identity);
            }
            ObjectId readTip = AmendmentBranches.tip(repository.repository(), id);
            AmendmentRecord record = AmendmentBranches.recordAtTip(repository, id);
            if (record.status() != AmendmentStatus.DRAFT) {
                throw new ChartaException("error.amend.notDraft", id, record.status().ordinal());
            }
            if (!Coordination.isAuthor(record, identity)) {
                throw new ChartaException("error.amend.notAuthor", id, identity.email());
            }
            return changeStatus(repository, readTip, record, AmendmentStatus.PROPOSED, "Propose", identity);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** Draft, proposed or voting to withdrawn; only the author or a coordinator. The branch stays readable. */
    public static AmendmentRecord withdraw(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        AmendmentIds.requireValid(id);
        try {
            ObjectId readTip = AmendmentBranches.tip(repository.repository(), id);
            AmendmentRecord record = AmendmentBranches.recordAtTip(repository, id);
            if (!record.status().isOpen()) {
                throw new ChartaException("error.amend.notOpen", id, record.status().ordinal());
            }
            if (!Coordination.isAuthor(record, identity) && !Coordination.mayCoordinate(repository, identity)) {
                throw new ChartaException("error.amend.withdrawNotAllowed", id, identity.email());
            }
            return changeStatus(repository, readTip, record, AmendmentStatus.WITHDRAWN, "Withdraw", identity);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** Merges the local main text into the amendment with the prose-aware merge (one action for "outdated"). */
    public static AmendmentMerge update(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        AmendmentIds.requireValid(id);
        return AmendmentMerges.update(repository, id, identity);
    }

    /**
     * Merges an adopted amendment into the local main text with a real merge commit (second parent: the
     * amendment's tip) whose message names the amendment and carries its tally. The record on the main text gets
     * the status merged. Only a coordinator. The next sync shares it.
     */
    public static AmendmentMerge merge(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        AmendmentIds.requireValid(id);
        return AmendmentMerges.merge(repository, id, identity);
    }

    /**
     * Completes the amendment merge or update that stopped on conflicts, once {@code charta resolve} or the
     * conflict dialog gave every conflict a choice: runs {@link #merge} or {@link #update} again for the
     * amendment that the pending merge names, which applies the choices.
     *
     * @throws ChartaException {@code error.merge.nothingPending} when no merge waits,
     *                         {@code error.amend.finishSync} when the waiting merge is a sync's
     */
    public static AmendmentMerge finishPending(CharterRepository repository, Identity identity)
            throws ChartaException {
        PendingMerge pending = PendingMerge.load(repository).orElseThrow(() -> new ChartaException(
                "error.merge.nothingPending", repository.folder().toString()));
        String purpose = pending.purpose();
        if (purpose.startsWith(AmendmentMerges.MERGE_PURPOSE)) {
            return merge(repository, purpose.substring(AmendmentMerges.MERGE_PURPOSE.length()), identity);
        }
        if (purpose.startsWith(AmendmentMerges.UPDATE_PURPOSE)) {
            return update(repository, purpose.substring(AmendmentMerges.UPDATE_PURPOSE.length()), identity);
        }
        throw new ChartaException("error.amend.finishSync", repository.folder().toString());
    }

    /**
     * Returns the id of the amendment an amendment merge commit merged, read from the first line of its message,
     * or null for any other message.
     */
    public static String mergedId(String firstLine) {
        Matcher matcher = MERGE_LINE.matcher(firstLine);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Returns the first line of a commit message about the amendment, such as {@code Propose amendment "T" (id)}. */
    static String message(String verb, AmendmentRecord record) {
        return verb + " amendment \"" + record.title() + "\" (" + record.id() + ")";
    }

    /** Rewrites the record with the new status, provided the amendment's tip is still {@code readTip}. */
    private static AmendmentRecord changeStatus(CharterRepository repository, ObjectId readTip,
                                                AmendmentRecord record, AmendmentStatus status, String verb,
                                                Identity identity) throws ChartaException, IOException {
        AmendmentRecord changed = AmendmentRecords.copy(record);
        changed.setStatus(status);
        String branch = AmendmentBranches.ensureLocal(repository, record.id());
        BranchCommits.commit(repository, branch, readTip, Map.of(AmendmentRefs.recordPath(record.id()),
                AmendmentRecords.toBytes(changed)), message(verb, record), identity);
        LOG.info("Amendment {} is now {} in {}", record.id(), status, repository.folder());
        return changed;
    }

    private static void requireOpenForEditing(CharterRepository repository, String id)
            throws ChartaException, IOException {
        AmendmentStatus status = AmendmentBranches.recordAtTip(repository, id).status();
        if (!status.isOpen()) {
            throw new ChartaException("error.amend.closedForEditing", id, status.ordinal());
        }
    }

    private static String cleanTitle(String title) throws ChartaException {
        String clean = title == null ? "" : TextNormalizer.normalize(title).replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new ChartaException("error.amend.titleEmpty");
        }
        ControlCharacters.reject(clean, "error.amend.titleControlCharacter");
        return clean;
    }

    private static ObjectId parentTip(CharterRepository repository, String parent)
            throws ChartaException, IOException {
        AmendmentRecord record = AmendmentBranches.recordAtTip(repository, parent);
        if (!record.status().isOpen()) {
            throw new ChartaException("error.amend.parentClosed", parent, record.status().ordinal());
        }
        return AmendmentBranches.tip(repository.repository(), parent);
    }

    private static ObjectId startCommit(CharterRepository repository, String fromAmendment)
            throws ChartaException, IOException {
        return fromAmendment == null ? AmendmentBranches.mainTip(repository) : parentTip(repository, fromAmendment);
    }

    /** Returns the targets in the start commit's manifest order, each once. */
    private static List<String> checkTargets(CharterRepository repository, ObjectId start, List<String> targets)
            throws ChartaException, IOException {
        Manifest manifest;
        try (ObjectReader reader = repository.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(start);
            manifest = CommitFiles.manifest(reader, commit);
        }
        Set<String> requested = new LinkedHashSet<>(targets);
        for (String target : requested) {
            if (manifest.section(target).isEmpty()) {
                throw new ChartaException("error.amend.unknownSection", target);
            }
        }
        List<String> ordered = new ArrayList<>();
        manifest.sections().forEach(entry -> {
            if (requested.contains(entry.id())) {
                ordered.add(entry.id());
            }
        });
        return ordered;
    }

    /**
     * Throws while a sync waits on conflicts: a sync's Abort moves the branch it stopped on back, which must stay
     * checked out until the conflicts are settled.
     */
    private static void requireNoSyncPending(CharterRepository repository) throws ChartaException {
        Optional<PendingMerge> pending = PendingMerge.load(repository);
        if (pending.isPresent() && pending.get().isSync()) {
            throw new ChartaException("error.merge.syncPending", repository.folder().toString());
        }
    }
}
