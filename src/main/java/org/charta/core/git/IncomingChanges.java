package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the shared changes that wait to be merged: which sections others changed on the shared version of the
 * checked-out branch ({@code origin/main}, or {@code origin/amendments/<id>} while an amendment is checked out) since
 * the merge base with {@code HEAD}, in how many commits, and by which authors; and how many amendment branches
 * wait on {@code origin}.
 *
 * <p>{@link #fetch} updates only the remote-tracking refs and {@code FETCH_HEAD}. It never changes {@code HEAD}, the
 * index, the work tree, a local branch or a tag, and never pushes, so it may run while the person edits.
 */
public final class IncomingChanges {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingChanges.class);

    private IncomingChanges() {
    }

    /**
     * Fetches {@code main} and the amendment branches of {@code origin} into their remote-tracking refs, then reports
     * what waits.
     * An unreachable remote gives {@link IncomingOutcome#OFFLINE} and a cancel gives
     * {@link IncomingOutcome#CANCELLED}, both with the counts as of the last fetch. While a sync of the same
     * folder runs in this process, nothing is fetched and the outcome is {@link IncomingOutcome#SKIPPED}.
     *
     * @throws ChartaException when the remote refuses the fetch for another reason (missing repository or branch,
     *                         rejected login) or the repository cannot be read
     */
    public static Incoming fetch(CharterRepository charter, RemoteAccess access) throws ChartaException {
        Repository repository = charter.repository();
        String url = RemoteUrls.redact(Remotes.originUrl(repository));
        if (url == null) {
            return Incoming.nothing(IncomingOutcome.NO_REMOTE);
        }
        RemoteUrls.requireSupported(url);

        Optional<RemoteLock.Held> held = RemoteLock.tryAcquire(charter.folder());
        if (held.isEmpty()) {
            LOG.info("Fetch of {} skipped: a sync of the same charter is running", charter.folder());
            return pending(charter).withOutcome(IncomingOutcome.SKIPPED);
        }
        try (RemoteLock.Held lock = held.get()) {
            Optional<IncomingOutcome> stopped = fetchShared(charter, access, url);
            if (stopped.isPresent()) {
                return pending(charter).withOutcome(stopped.get());
            }
        }
        Incoming incoming = pending(charter).withOutcome(IncomingOutcome.FETCHED);
        LOG.info("Fetched {} from {}: {} commits waiting, sections {}, {} amendments waiting", charter.folder(), url,
                incoming.commits(), incoming.sectionIds(), incoming.amendments());
        return incoming;
    }

    /** Reports what waits as of the last fetch, without contacting the remote. */
    public static Incoming pending(CharterRepository charter) throws ChartaException {
        Repository repository = charter.repository();
        try {
            String trackingRef = Remotes.trackingRefOf(repository.getFullBranch());
            ObjectId theirs = repository.resolve(trackingRef == null ? Remotes.TRACKING_REF : trackingRef);
            ObjectId head = Remotes.head(repository);
            int amendments = waitingAmendments(repository);
            int commits = Remotes.countCommits(repository, theirs, head);
            if (commits == 0) {
                return Incoming.nothing(IncomingOutcome.LAST_FETCH).withAmendments(amendments);
            }
            RevCommit base = head == null ? null : Remotes.mergeBase(repository, head, theirs);
            return describe(repository, base, theirs, head, commits).withAmendments(amendments);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /**
     * Counts the amendment branches of {@code origin} that have no local branch or one that lacks their tip. Most
     * are equal to the local branch, which costs no walk.
     */
    private static int waitingAmendments(Repository repository) throws IOException {
        int waiting = 0;
        for (String id : AmendmentRefSharing.remoteIds(repository)) {
            ObjectId remote = repository.resolve(AmendmentRefs.remoteBranch(id));
            ObjectId local = repository.resolve(AmendmentRefs.localBranch(id));
            if (local == null || (!local.equals(remote) && !Remotes.contains(repository, local, remote))) {
                waiting++;
            }
        }
        return waiting;
    }

    /** Fetches once. Returns the outcome that stops the report early, or empty when the fetch succeeded. */
    private static Optional<IncomingOutcome> fetchShared(CharterRepository charter, RemoteAccess access, String url)
            throws ChartaException {
        if (access.progress().isCancelled()) {
            return Optional.of(IncomingOutcome.CANCELLED);
        }
        try {
            SharedFetch.fetch(charter.git(), access, false);
            return Optional.empty();
        } catch (TransportException e) {
            if (access.progress().isCancelled()) {
                LOG.info("Fetch of {} from {} cancelled", charter.folder(), url);
                return Optional.of(IncomingOutcome.CANCELLED);
            }
            LOG.warn("Fetch of {} from {} failed", charter.folder(), url, e);
            // A wrong token or a refused host key is no network failure: the person must hear about it.
            if (!GitErrors.isAccessFailure(e, url, access) && GitErrors.isOffline(e, url)) {
                return Optional.of(IncomingOutcome.OFFLINE);
            }
            throw GitErrors.transport(e, url, access);
        } catch (GitAPIException e) {
            if (access.progress().isCancelled()) {
                LOG.info("Fetch of {} from {} cancelled", charter.folder(), url);
                return Optional.of(IncomingOutcome.CANCELLED);
            }
            LOG.warn("Fetch of {} from {} failed", charter.folder(), url, e);
            // JGit reports a local path without a repository as an invalid remote, not as a transport failure.
            throw GitErrors.isRepositoryMissing(e) ? GitErrors.transport(e, url)
                    : GitErrors.translate(e, charter.repository());
        }
    }

    private static Incoming describe(Repository repository, RevCommit base, ObjectId theirs, ObjectId head,
                                     int commits) throws IOException {
        Manifest baseManifest = manifestAt(repository, base);
        Manifest theirManifest = manifestAt(repository, theirs);
        SectionMap sections = new SectionMap(baseManifest, theirManifest);

        List<String> changedPaths = Remotes.changedPaths(repository, base, theirs);
        boolean manifestChanged = changedPaths.contains(ManifestStore.FILE_NAME);
        Set<String> changedIds = new LinkedHashSet<>();
        changedPaths.forEach(path -> changedIds.addAll(sections.idsOf(path)));
        if (manifestChanged) {
            changedIds.addAll(sections.changedEntries());
        }

        Map<String, Set<String>> authorsBySection = new LinkedHashMap<>();
        Set<String> authors = new LinkedHashSet<>();
        collectAuthors(repository, theirs, head, sections, authors, authorsBySection);

        Map<String, List<String>> byAuthor = new LinkedHashMap<>();
        List<String> ordered = sections.inReadingOrder(changedIds);
        ordered.forEach(id -> byAuthor.put(id, new ArrayList<>(authorsBySection.getOrDefault(id, Set.of()))));
        return new Incoming(IncomingOutcome.LAST_FETCH, commits, ordered, byAuthor, manifestChanged,
                new ArrayList<>(authors));
    }

    /**
     * Walks the waiting commits, newest first, and records each author once per section that the commit changed
     * against its first parent. Merge commits only combine others' work and are not counted as authorship.
     */
    private static void collectAuthors(Repository repository, ObjectId theirs, ObjectId head, SectionMap sections,
                                       Set<String> authors, Map<String, Set<String>> authorsBySection)
            throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(theirs));
            if (head != null) {
                walk.markUninteresting(walk.parseCommit(head));
            }
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                String author = commit.getAuthorIdent().getName();
                authors.add(author);
                if (commit.getParentCount() > 1) {
                    continue;
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
                for (String path : Remotes.changedPaths(repository, parent, commit)) {
                    Set<String> ids = new LinkedHashSet<>(sections.idsOf(path));
                    if (path.equals(ManifestStore.FILE_NAME)) {
                        ids.addAll(sections.changedEntries());
                    }
                    ids.forEach(id -> authorsBySection.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(author));
                }
            }
        }
    }

    /** Reads the manifest of a commit; a missing or invalid manifest counts as one without sections. */
    private static Manifest manifestAt(Repository repository, ObjectId commitId) throws IOException {
        if (commitId == null) {
            return new Manifest();
        }
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk tree = TreeWalk.forPath(repository, ManifestStore.FILE_NAME,
                     walk.parseCommit(commitId).getTree())) {
            if (tree == null) {
                return new Manifest();
            }
            byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
            return ManifestStore.parseResource(new String(bytes, StandardCharsets.UTF_8), ManifestStore.FILE_NAME);
        } catch (ChartaException e) {
            LOG.warn("The manifest of commit {} is invalid; its sections are not mapped", Remotes.shortId(commitId), e);
            return new Manifest();
        }
    }

    /** Maps file paths to section ids through the manifests of the merge base and of {@code origin/main}. */
    private static final class SectionMap {

        private final Map<String, Set<String>> idsByPath = new LinkedHashMap<>();
        private final Map<String, SectionEntry> baseEntries = new LinkedHashMap<>();
        private final Map<String, SectionEntry> theirEntries = new LinkedHashMap<>();

        SectionMap(Manifest base, Manifest theirs) {
            for (SectionEntry entry : theirs.sections()) {
                theirEntries.put(entry.id(), entry);
                add(entry);
            }
            for (SectionEntry entry : base.sections()) {
                baseEntries.put(entry.id(), entry);
                add(entry);
            }
        }

        private void add(SectionEntry entry) {
            if (entry.id() != null && entry.path() != null) {
                idsByPath.computeIfAbsent(entry.path(), key -> new LinkedHashSet<>()).add(entry.id());
            }
        }

        Set<String> idsOf(String path) {
            return idsByPath.getOrDefault(path, Set.of());
        }

        /** Returns the sections added, deleted, moved to another file or given other title translations. */
        Set<String> changedEntries() {
            Set<String> changed = new LinkedHashSet<>();
            for (SectionEntry entry : theirEntries.values()) {
                SectionEntry before = baseEntries.get(entry.id());
                if (before == null || !Objects.equals(before.path(), entry.path())
                        || !before.titles().equals(entry.titles())) {
                    changed.add(entry.id());
                }
            }
            baseEntries.keySet().stream().filter(id -> !theirEntries.containsKey(id)).forEach(changed::add);
            return changed;
        }

        /** Orders ids as the remote manifest lists them, then the deleted ones as the base listed them. */
        List<String> inReadingOrder(Set<String> ids) {
            List<String> ordered = new ArrayList<>();
            theirEntries.keySet().stream().filter(ids::contains).forEach(ordered::add);
            baseEntries.keySet().stream().filter(id -> ids.contains(id) && !ordered.contains(id))
                    .forEach(ordered::add);
            return ordered;
        }
    }
}
