package org.charta.core.git;

import org.charta.core.merge.Conflict;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The refs under {@code refs/charta/conflicts/} that keep conflicting shared commits, one ref per shared commit
 * not yet merged into {@code HEAD}. A sync that conflicts again on the same commit reuses its ref; a conflict on a
 * newer shared commit replaces the refs of the commits it contains; a ref whose commit {@code HEAD} contains is
 * deleted by the next sync.
 */
final class ConflictRefs {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictRefs.class);

    /** The prefix of the refs; the UTC time of the sync that first kept the commit follows. */
    static final String PREFIX = "refs/charta/conflicts/";

    private static final DateTimeFormatter REF_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ConflictRefs() {
    }

    /**
     * Keeps the conflicting shared commit: returns the ref that already points at it, or creates
     * {@code refs/charta/conflicts/<UTC time>} (with a suffix if that name is taken). Refs of older shared commits
     * that {@code theirs} contains are deleted, because {@code theirs} keeps their changes too.
     */
    static String keep(Repository repository, RevCommit theirs) throws IOException {
        String keptRef = null;
        for (Ref ref : refs(repository)) {
            if (theirs.equals(ref.getObjectId())) {
                keptRef = ref.getName();
            }
        }
        if (keptRef == null) {
            keptRef = create(repository, theirs);
        } else {
            LOG.info("Shared commit {} conflicts again; it is still kept as {}", Remotes.shortId(theirs), keptRef);
        }
        for (Ref ref : refs(repository)) {
            if (!ref.getName().equals(keptRef) && Remotes.contains(repository, theirs, ref.getObjectId())) {
                delete(repository, ref, "replaced by " + keptRef);
            }
        }
        return keptRef;
    }

    /**
     * Returns the kept commits that {@code HEAD} does not contain yet, each with the files whose conflicts wait in
     * the pending merge when that merge is about the kept commit.
     */
    static List<ConflictRef> unresolved(Repository repository, PendingMerge pending) throws IOException {
        ObjectId head = Remotes.head(repository);
        List<ConflictRef> conflicts = new ArrayList<>();
        for (Ref ref : refs(repository)) {
            ObjectId commit = ref.getObjectId();
            if (head != null && Remotes.contains(repository, head, commit)) {
                continue;
            }
            List<String> paths = List.of();
            if (pending != null && commit.name().equals(pending.theirs())) {
                paths = pending.unsettled().stream().map(Conflict::path).distinct().sorted().toList();
            }
            conflicts.add(new ConflictRef(ref.getName(), commit.name(), paths));
        }
        return conflicts;
    }

    /** Deletes the refs whose commit {@code HEAD} contains: their conflicts are resolved. */
    static void deleteMerged(Repository repository) throws IOException {
        ObjectId head = Remotes.head(repository);
        if (head == null) {
            return;
        }
        for (Ref ref : refs(repository)) {
            if (Remotes.contains(repository, head, ref.getObjectId())) {
                delete(repository, ref, "merged into " + Remotes.shortId(head));
            }
        }
    }

    private static List<Ref> refs(Repository repository) throws IOException {
        return repository.getRefDatabase().getRefsByPrefix(PREFIX);
    }

    private static String create(Repository repository, RevCommit theirs) throws IOException {
        String base = PREFIX + ZonedDateTime.now(ZoneOffset.UTC).format(REF_TIME);
        for (int suffix = 1; ; suffix++) {
            String name = suffix == 1 ? base : base + "-" + suffix;
            RefUpdate update = repository.updateRef(name);
            update.setNewObjectId(theirs);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setRefLogMessage("charta: keep conflicting shared changes", false);
            RefUpdate.Result result = update.update();
            if (result == RefUpdate.Result.NEW) {
                LOG.info("Kept conflicting shared commit {} as {}", Remotes.shortId(theirs), name);
                return name;
            }
            if (repository.exactRef(name) == null) {
                throw new IOException("Could not create " + name + ": " + result);
            }
        }
    }

    private static void delete(Repository repository, Ref ref, String reason) throws IOException {
        RefUpdate update = repository.updateRef(ref.getName());
        update.setExpectedOldObjectId(ref.getObjectId());
        update.setForceUpdate(true);
        RefUpdate.Result result = update.delete();
        if (result == RefUpdate.Result.FORCED || result == RefUpdate.Result.NO_CHANGE) {
            LOG.info("Deleted {} at {}: {}", ref.getName(), Remotes.shortId(ref.getObjectId()), reason);
        } else {
            LOG.warn("Could not delete {} at {} ({}): {}", ref.getName(), Remotes.shortId(ref.getObjectId()), reason,
                    result);
        }
    }

}
