package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.comment.CommentStore;
import org.charta.core.diff.DiffSegment;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the rows of the amendments list with one object reader: each amendment's tip and record, whether it is
 * behind or outdated against the branch it merges into, which sections it changes, a word-diff preview and the
 * counts of votes and comment threads. Close it when done.
 */
final class SummaryBuilder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryBuilder.class);

    /** First-parent commits of the main text searched for the merge commits of amendments. */
    static final int MAX_MAIN_HISTORY = 20_000;

    private static final String COMMENTS = CommentStore.COMMENTS_FOLDER;

    private final CharterRepository charter;
    private final Repository repository;
    private final ObjectReader reader;
    private final RevCommit mainTip;
    private Map<String, RevCommit> mergesById;

    // Amendments usually share their base and target commits, so their files are read and parsed once per list.
    private final Map<ObjectId, Manifest> manifests = new HashMap<>();
    private final Map<ObjectId, List<String>> blockTexts = new HashMap<>();
    private final Map<List<ObjectId>, Set<Integer>> touchedPlaces = new HashMap<>();
    private final Map<List<ObjectId>, Set<String>> pathChanges = new HashMap<>();

    /** The amendment's tip, its record there, and the record the summary shows. */
    private record Found(RevCommit tip, AmendmentRecord record, boolean local, boolean shared) {
    }

    SummaryBuilder(CharterRepository charter) throws ChartaException, IOException {
        this.charter = charter;
        this.repository = charter.repository();
        this.reader = repository.newObjectReader();
        try (RevWalk walk = new RevWalk(reader)) {
            this.mainTip = walk.parseCommit(AmendmentBranches.mainTip(charter));
        }
    }

    /** Returns the summary of amendment {@code id}, or empty when no branch or main text record has it. */
    Optional<AmendmentSummary> summary(String id) throws ChartaException, IOException {
        Optional<Found> found = find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(describe(found.get()));
    }

    /**
     * Returns whether amendment {@code id} is open (draft, proposed or voting) and outdated, without computing the
     * rest of its summary.
     */
    boolean isOpenAndOutdated(String id) throws ChartaException, IOException {
        Optional<Found> found = find(id);
        if (found.isEmpty() || !found.get().record().status().isOpen()) {
            return false;
        }
        RevCommit tip = found.get().tip();
        RevCommit target = target(found.get().record());
        if (contains(tip, target)) {
            return false;
        }
        RevCommit base = mergeBase(tip, target);
        return base != null && overlaps(base, target, tip);
    }

    /**
     * Returns the commit the amendment's changes are compared with: for a merged amendment its merge base with the
     * main text just before its merge, else its merge base with the branch it merges into.
     */
    Optional<RevCommit> comparisonBase(String id) throws ChartaException, IOException {
        Optional<Found> found = find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(base(found.get().record(), found.get().tip(), target(found.get().record())));
    }

    private Optional<Found> find(String id) throws ChartaException, IOException {
        ObjectId local = repository.resolve(AmendmentRefs.localBranch(id));
        ObjectId remote = repository.resolve(AmendmentRefs.remoteBranch(id));
        AmendmentRecord onMain = AmendmentRecords.read(reader, mainTip, id).orElse(null);
        RevCommit tip = null;
        if (local != null) {
            tip = parse(local);
        } else if (remote != null) {
            tip = parse(remote);
        } else if (onMain != null) {
            RevCommit merge = mergeCommit(id);
            tip = merge != null && merge.getParentCount() > 1 ? parse(merge.getParent(1)) : mainTip;
        }
        if (tip == null) {
            return Optional.empty();
        }
        AmendmentRecord atTip = AmendmentRecords.read(reader, tip, id).orElse(onMain);
        if (atTip == null) {
            LOG.warn("Amendment branch {} has no record {}; it is not listed", id, AmendmentRefs.recordPath(id));
            return Optional.empty();
        }
        // The merge commit gives the record on the main text the status merged; the branch keeps the status adopted.
        AmendmentRecord shown = onMain != null && onMain.status().stage() > atTip.status().stage() ? onMain : atTip;
        return Optional.of(new Found(tip, shown, local != null, remote != null));
    }

    private AmendmentSummary describe(Found found) throws ChartaException, IOException {
        AmendmentRecord record = found.record();
        RevCommit tip = found.tip();
        AmendmentStatus status = record.status();
        boolean live = status.isOpen() || status == AmendmentStatus.ADOPTED;

        RevCommit target = target(record);
        RevCommit base = base(record, tip, target);
        boolean behind = live && !contains(tip, target);
        boolean outdated = behind && base != null && overlaps(base, target, tip);

        List<String> changedSections = List.of();
        List<DiffSegment> preview = List.of();
        int comments = 0;
        if (base != null) {
            Changes changes = changes(base, tip);
            changedSections = changes.sections();
            preview = changes.preview();
            comments = newThreads(base, tip);
        }
        int votes = countVotes(tip, record.id());
        return new AmendmentSummary(record, tip.name(), found.local(), found.shared(), behind, outdated,
                changedSections, preview, votes, comments);
    }

    private RevCommit target(AmendmentRecord record) throws IOException {
        return parse(repository.resolve(AmendmentBranches.targetBranch(charter, record)));
    }

    private RevCommit base(AmendmentRecord record, RevCommit tip, RevCommit target) throws IOException {
        return record.status() == AmendmentStatus.MERGED ? mergedBase(record, tip) : mergeBase(tip, target);
    }

    /** The sections an amendment changes, in reading order, and the preview of the first change. */
    private record Changes(List<String> sections, List<DiffSegment> preview) {
    }

    private Changes changes(RevCommit base, RevCommit tip) throws IOException {
        Manifest baseManifest = manifest(base);
        Manifest tipManifest = manifest(tip);
        Set<String> changedPaths = changedPaths(base, tip);

        List<String> sections = new ArrayList<>();
        List<DiffSegment> preview = List.of();
        List<SectionEntry> entries = new ArrayList<>(tipManifest.sections());
        for (SectionEntry entry : baseManifest.sections()) {
            if (tipManifest.section(entry.id()).isEmpty()) {
                entries.add(entry);
            }
        }
        for (SectionEntry entry : entries) {
            String oldPath = baseManifest.section(entry.id()).map(SectionEntry::path).orElse(null);
            String newPath = tipManifest.section(entry.id()).map(SectionEntry::path).orElse(null);
            if (!changedPaths.contains(oldPath) && !changedPaths.contains(newPath)
                    && (oldPath == null || oldPath.equals(newPath))) {
                continue;
            }
            sections.add(entry.id());
            if (preview.isEmpty()) {
                preview = DiffPreview.ofBlocks(blocksOrEmpty(base, oldPath), blocksOrEmpty(tip, newPath));
            }
        }
        return new Changes(sections, preview);
    }

    /**
     * Returns whether the target and the amendment changed a common paragraph of some file since their merge base.
     * Amendment records, comments, votes and the manifest do not count: they never hold the charter's prose.
     */
    private boolean overlaps(RevCommit base, RevCommit target, RevCommit tip) throws IOException {
        Set<String> theirs = changedPaths(base, target);
        for (String path : changedPaths(base, tip)) {
            if (!theirs.contains(path) || path.startsWith(".charta/") || path.equals(ManifestStore.FILE_NAME)) {
                continue;
            }
            ObjectId baseBlob = CommitFiles.blob(reader, base, path);
            ObjectId targetBlob = CommitFiles.blob(reader, target, path);
            ObjectId tipBlob = CommitFiles.blob(reader, tip, path);
            if (baseBlob == null || targetBlob == null || tipBlob == null) {
                return true;
            }
            Set<Integer> touchedByTarget = touched(baseBlob, targetBlob);
            Set<Integer> touchedByTip = touched(baseBlob, tipBlob);
            if (touchedByTip.stream().anyMatch(touchedByTarget::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the places of the base blob's text that the change to the other blob touches. */
    private Set<Integer> touched(ObjectId base, ObjectId changed) throws IOException {
        List<ObjectId> key = List.of(base, changed);
        Set<Integer> places = touchedPlaces.get(key);
        if (places == null) {
            places = TouchedBlocks.places(blocks(base), blocks(changed));
            touchedPlaces.put(key, places);
        }
        return places;
    }

    private Set<String> changedPaths(RevCommit from, RevCommit to) throws IOException {
        List<ObjectId> key = List.of(from.getTree().getId(), to.getTree().getId());
        Set<String> paths = pathChanges.get(key);
        if (paths == null) {
            paths = new LinkedHashSet<>(CommitFiles.changedPaths(reader, from, to, null));
            pathChanges.put(key, paths);
        }
        return paths;
    }

    private Manifest manifest(RevCommit commit) throws IOException {
        ObjectId blob = CommitFiles.blob(reader, commit, ManifestStore.FILE_NAME);
        if (blob == null) {
            return new Manifest();
        }
        Manifest manifest = manifests.get(blob);
        if (manifest == null) {
            manifest = CommitFiles.parseManifest(new String(reader.open(blob).getBytes(), StandardCharsets.UTF_8),
                    commit.name());
            manifests.put(blob, manifest);
        }
        return manifest;
    }

    /** Returns the block texts of a file in the commit, or an empty list when the commit has no such file. */
    private List<String> blocksOrEmpty(RevCommit commit, String path) throws IOException {
        ObjectId blob = path == null ? null : CommitFiles.blob(reader, commit, path);
        return blob == null ? List.of() : blocks(blob);
    }

    private List<String> blocks(ObjectId blob) throws IOException {
        List<String> blocks = blockTexts.get(blob);
        if (blocks == null) {
            blocks = TouchedBlocks.texts(new String(reader.open(blob).getBytes(), StandardCharsets.UTF_8));
            blockTexts.put(blob, blocks);
        }
        return blocks;
    }

    /** Returns the threads started on the amendment's branch: those at the tip that the base does not have. */
    private int newThreads(RevCommit base, RevCommit tip) throws IOException {
        Set<String> threads = new LinkedHashSet<>(CommitFiles.children(reader, tip, COMMENTS));
        threads.removeAll(CommitFiles.children(reader, base, COMMENTS));
        return threads.size();
    }

    private int countVotes(RevCommit tip, String id) throws IOException {
        String folder = AmendmentRefs.votesFolder(id);
        Set<String> files = CommitFiles.children(reader, tip, folder.substring(0, folder.length() - 1));
        return (int) files.stream().filter(name -> name.endsWith(".json")).count();
    }

    /**
     * Returns the base of a merged amendment's changes: its merge base with the main text just before the merge
     * commit, or the record's {@code base} when the merge commit is not found.
     */
    private RevCommit mergedBase(AmendmentRecord record, RevCommit tip) throws IOException {
        RevCommit merge = mergeCommit(record.id());
        if (merge != null && merge.getParentCount() > 1) {
            return mergeBase(tip, parse(merge.getParent(0)));
        }
        ObjectId recorded = record.base() == null || !ObjectId.isId(record.base()) ? null
                : ObjectId.fromString(record.base());
        return recorded != null && repository.getObjectDatabase().has(recorded) ? parse(recorded) : null;
    }

    /** Finds the commit on the main text's first-parent history that merged the amendment, or null. */
    private RevCommit mergeCommit(String id) throws IOException {
        if (mergesById == null) {
            mergesById = mergeCommits();
        }
        return mergesById.get(id);
    }

    private Map<String, RevCommit> mergeCommits() throws IOException {
        Map<String, RevCommit> merges = new HashMap<>();
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(mainTip));
            int seen = 0;
            for (RevCommit commit = walk.next(); commit != null && seen < MAX_MAIN_HISTORY; commit = walk.next()) {
                seen++;
                String id = Amendments.mergedId(commit.getShortMessage());
                if (commit.getParentCount() > 1 && id != null) {
                    merges.putIfAbsent(id, commit);
                }
            }
        }
        return merges;
    }

    private RevCommit mergeBase(RevCommit first, RevCommit second) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(first));
            walk.markStart(walk.parseCommit(second));
            RevCommit base = walk.next();
            return base == null ? null : parse(base);
        }
    }

    private boolean contains(RevCommit descendant, RevCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return walk.isMergedInto(walk.parseCommit(commit), walk.parseCommit(descendant));
        }
    }

    private RevCommit parse(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(id);
            walk.parseBody(commit);
            return commit;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
