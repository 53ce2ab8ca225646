package org.charta.core.git;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.charta.core.ChartaException;
import org.charta.core.io.AtomicFiles;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sync that stopped on conflicts: the conflicts a person must settle, the choices made so far, and the commits
 * that let Abort return to the state before the sync. It lives in {@code .git/charta/merge.json}, outside the
 * work tree, so that choices survive closing the window or a crash and never reach the shared repository.
 *
 * <p>The merge itself is not kept: each sync computes it again from {@code HEAD} and the fetched shared tip, and
 * applies the choices whose {@link Conflict#id()} still occurs. A conflict whose text changed meanwhile gets a new
 * id and is asked again.
 *
 * <p>An amendment merge or update that stops on conflicts is kept in the same file, with another
 * {@code purpose}: {@code merge:<id>} (an adopted amendment into the main text) or {@code update:<id>} (the main
 * text into an amendment). Such a merge is computed in memory and has not moved any branch or file yet, so its
 * {@code beforeSync}, {@code recorded} and {@code stoppedAt} all name the tip of {@code target} when it stopped.
 * Only one merge waits at a time: a sync is refused while an amendment merge waits, and the other way round.
 *
 * @param beforeSync the commit {@code HEAD} named before the sync that first stopped, or null before any commit
 * @param recorded   {@code HEAD} right after that sync recorded pending work: its tree is the text as it was
 * @param stoppedAt  {@code HEAD} when the sync stopped: a merge made earlier in the same sync may follow
 *                   {@code recorded}
 * @param theirs     the commit merged in: the shared commit for a sync, the amendment's tip for
 *                   {@code merge:<id>}, the main text's tip for {@code update:<id>}
 * @param conflicts  the conflicts found by the last sync, in the order a person goes through them
 * @param choices    the resolution chosen for each conflict id
 * @param purpose    {@link #SYNC}, {@code merge:<id>} or {@code update:<id>}
 * @param target     the branch ref the merge commit goes on, or null for a sync (the branch checked out)
 */
public record PendingMerge(String beforeSync, String recorded, String stoppedAt, String theirs,
                           List<Conflict> conflicts, Map<String, Resolution> choices, String purpose,
                           String target) {

    /** The purpose of a sync's merge, and of every pending merge written before purposes existed. */
    public static final String SYNC = "sync";

    private static final Logger LOG = LoggerFactory.getLogger(PendingMerge.class);

    // A newer Charta may add fields, so unknown ones are ignored when reading.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The state file, relative to the {@code .git} folder. */
    static final String FILE = "charta/merge.json";

    @JsonCreator
    public PendingMerge(@JsonProperty("beforeSync") String beforeSync,
                        @JsonProperty("recorded") String recorded,
                        @JsonProperty("stoppedAt") String stoppedAt,
                        @JsonProperty("theirs") String theirs,
                        @JsonProperty("conflicts") List<Conflict> conflicts,
                        @JsonProperty("choices") Map<String, Resolution> choices,
                        @JsonProperty("purpose") String purpose,
                        @JsonProperty("target") String target) {
        this.beforeSync = beforeSync;
        this.recorded = recorded;
        this.stoppedAt = stoppedAt;
        this.theirs = theirs;
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.choices = choices == null ? Map.of() : Map.copyOf(choices);
        this.purpose = purpose == null || purpose.isBlank() ? SYNC : purpose;
        this.target = target;
    }

    /** Creates the pending merge of a sync. */
    public PendingMerge(String beforeSync, String recorded, String stoppedAt, String theirs,
                        List<Conflict> conflicts, Map<String, Resolution> choices) {
        this(beforeSync, recorded, stoppedAt, theirs, conflicts, choices, SYNC, null);
    }

    /** Returns whether a sync stopped here, rather than an amendment merge or update. */
    @JsonIgnore
    public boolean isSync() {
        return SYNC.equals(purpose);
    }

    /** Returns whether every conflict has a choice. */
    @JsonIgnore
    public boolean isSettled() {
        return conflicts.stream().allMatch(conflict -> choices.containsKey(conflict.id()));
    }

    /** Returns the conflicts that have no choice yet. */
    public List<Conflict> unsettled() {
        return conflicts.stream().filter(conflict -> !choices.containsKey(conflict.id())).toList();
    }

    /** Reads the pending merge of a repository, or empty when no sync waits on conflicts. */
    public static Optional<PendingMerge> load(CharterRepository repository) throws ChartaException {
        Path file = file(repository);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            PendingMerge pending = JSON.readValue(file.toFile(), PendingMerge.class);
            if (pending.isMergedInto(repository)) {
                // A sync killed between moving the work tree and deleting this file completed the merge already.
                LOG.info("Removing the pending {} merge of {}: {} already contains {}", pending.purpose,
                        repository.folder(), pending.target == null ? "HEAD" : pending.target, pending.theirs);
                clear(repository);
                return Optional.empty();
            }
            return Optional.of(pending);
        } catch (IOException e) {
            // Moved aside rather than deleted, and the next sync finds the conflicts again.
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            LOG.warn("Could not read the pending merge {}; moving it to {}", file, aside, e);
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new ChartaException(moveFailed, "error.merge.stateUnreadable", file.toString());
            }
            return Optional.empty();
        }
    }

    /**
     * Keeps a person's choice for one conflict of the pending merge. The choice is checked against what the
     * conflict allows; the next sync applies it.
     *
     * @throws ChartaException {@code error.merge.nothingPending} without a pending merge,
     *                         {@code error.merge.unknownConflict} for an id the pending merge lacks,
     *                         {@code error.merge.choiceNotAllowed} for a choice the conflict does not offer
     */
    public static PendingMerge choose(CharterRepository repository, String conflictId, Resolution resolution)
            throws ChartaException {
        PendingMerge pending = load(repository)
                .orElseThrow(() -> new ChartaException("error.merge.nothingPending", repository.folder().toString()));
        Conflict conflict = pending.conflicts.stream()
                .filter(candidate -> candidate.id().equals(conflictId))
                .findFirst()
                .orElseThrow(() -> new ChartaException("error.merge.unknownConflict", conflictId));
        ChoiceRules.requireAllowed(conflict, resolution);
        Map<String, Resolution> choices = new LinkedHashMap<>(pending.choices);
        choices.put(conflictId, resolution);
        PendingMerge updated = pending.withChoices(choices);
        updated.save(repository);
        LOG.info("Chose {} for conflict {} in {}", resolution.choice(), conflictId, conflict.path());
        return updated;
    }

    /**
     * Gives up the pending merge and puts the text, the index and {@code HEAD} back as they were before the sync
     * that stopped on conflicts. The shared changes stay fetched and are merged by the next sync. When commits
     * were recorded after the sync stopped, they are kept: only the choices are dropped.
     *
     * @return whether {@code HEAD} went back to the commit from before the sync
     */
    public static boolean abort(CharterRepository repository) throws ChartaException {
        Optional<PendingMerge> pending = load(repository);
        if (pending.isEmpty()) {
            throw new ChartaException("error.merge.nothingPending", repository.folder().toString());
        }
        // An amendment merge moved nothing when it stopped, so dropping its choices is the whole abort.
        boolean restored = !pending.get().isSync() || SyncAbort.restore(repository, pending.get());
        clear(repository);
        LOG.info("Aborted the pending {} merge of {} in {}; HEAD restored: {}", pending.get().purpose,
                pending.get().theirs, repository.folder(), restored);
        return restored;
    }

    /**
     * Throws when a merge of another purpose waits: its conflicts must be settled or aborted first, because
     * {@code merge.json} keeps one merge at a time.
     *
     * @throws ChartaException {@code error.merge.syncPending} when a sync waits, {@code error.merge.amendmentPending}
     *                         naming the amendment when an amendment merge or update waits
     */
    public static void requireNoneOtherThan(CharterRepository repository, String purpose) throws ChartaException {
        Optional<PendingMerge> pending = load(repository);
        if (pending.isEmpty() || pending.get().purpose.equals(purpose)) {
            return;
        }
        String folder = repository.folder().toString();
        if (pending.get().isSync()) {
            throw new ChartaException("error.merge.syncPending", folder);
        }
        String waiting = pending.get().purpose;
        throw new ChartaException("error.merge.amendmentPending", folder, waiting.substring(waiting.indexOf(':') + 1));
    }

    private boolean isMergedInto(CharterRepository repository) throws IOException {
        ObjectId into = target == null ? Remotes.head(repository.repository())
                : repository.repository().resolve(target);
        ObjectId merged = theirs == null ? null : ObjectId.fromString(theirs);
        if (into == null || merged == null || !repository.repository().getObjectDatabase().has(merged)) {
            return false;
        }
        return Remotes.contains(repository.repository(), into, merged);
    }

    PendingMerge withChoices(Map<String, Resolution> newChoices) {
        return new PendingMerge(beforeSync, recorded, stoppedAt, theirs, conflicts, newChoices, purpose, target);
    }

    void save(CharterRepository repository) throws ChartaException {
        Path file = file(repository);
        try {
            Files.createDirectories(file.getParent());
            byte[] json = JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, json);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    static void clear(CharterRepository repository) throws ChartaException {
        try {
            Files.deleteIfExists(file(repository));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static Path file(CharterRepository repository) {
        return repository.repository().getDirectory().toPath().resolve(FILE);
    }
}
