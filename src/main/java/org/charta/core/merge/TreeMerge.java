package org.charta.core.merge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link MergedCharter}: decides, path by path, what the merge keeps, and collects the conflicts.
 *
 * <p>A path that one side changed takes that side's version; a path that both changed the same way takes it. Where
 * both changed a path differently: the manifest merges structurally ({@link ManifestMerge}), amendment records merge
 * field by field ({@link RecordMerge}), vote files keep the later cast ({@link VoteFileMerge}), comment files take
 * the shared version, UTF-8 text merges paragraph by paragraph and word by word ({@link TextMerge}), and other
 * files conflict as a whole.
 */
final class TreeMerge {

    private static final Logger LOG = LoggerFactory.getLogger(TreeMerge.class);

    /** The manifest's path in the tree. */
    static final String MANIFEST = "charter.json";

    /** Comments and votes: one file per item, written once, so two sides never write the same file differently. */
    static final String ITEM_FOLDER = ".charta/";

    private final ObjectReader reader;
    private final MergedCharter.Trees trees;
    private final Map<String, PathOutcome> outcomes = new TreeMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, Side> contestedKeepers = new HashMap<>();
    private final ConflictIds ids = new ConflictIds();
    private final Map<String, String> sectionIdsByPath = new HashMap<>();
    private List<String> sectionOrder = List.of();

    private TreeMerge(ObjectReader reader, MergedCharter.Trees trees) {
        this.reader = reader;
        this.trees = trees;
    }

    static MergedCharter merge(Repository repository, RevCommit base, RevCommit ours, RevCommit theirs)
            throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            TreeMerge merge = new TreeMerge(reader, readTrees(reader, base, ours, theirs));
            MergedCharter result = merge.run();
            LOG.info("Merged {} into {} (base {}): {} conflicts", theirs.name(), ours.name(),
                    base == null ? "none" : base.name(), result.conflicts().size());
            return result;
        }
    }

    private MergedCharter run() throws IOException {
        ObjectNode baseManifest = manifest(trees.base());
        ObjectNode oursManifest = manifest(trees.ours());
        ObjectNode theirsManifest = manifest(trees.theirs());
        for (ObjectNode manifest : new ObjectNode[] {baseManifest, theirsManifest, oursManifest}) {
            rememberSectionPaths(manifest);
        }
        ObjectNode orderSource = oursManifest != null ? oursManifest : theirsManifest;
        if (orderSource != null) {
            Map<String, ObjectNode> sections = ManifestMerge.sections(orderSource);
            sectionOrder = sections == null ? List.of() : List.copyOf(sections.keySet());
        }

        boolean manifestBaseUsable = trees.base().get(MANIFEST) == null || baseManifest != null;
        if (oursManifest != null && theirsManifest != null && manifestBaseUsable
                && !FileVersion.same(trees.ours().get(MANIFEST), trees.theirs().get(MANIFEST))) {
            mergeManifest(baseManifest, oursManifest, theirsManifest);
        }

        Set<String> paths = new TreeSet<>(trees.base().keySet());
        paths.addAll(trees.ours().keySet());
        paths.addAll(trees.theirs().keySet());
        for (String path : paths) {
            if (!outcomes.containsKey(path)) {
                mergePath(path);
            }
        }
        for (String folder : FolderClashes.find(outcomes)) {
            fileFolderConflict(folder, paths);
        }
        conflicts.sort(Comparator.comparingInt(this::sectionIndex)
                .thenComparingInt(Conflict::paragraph)
                .thenComparing(Conflict::path));
        return new MergedCharter(outcomes, conflicts, contestedKeepers, trees);
    }

    private void mergeManifest(ObjectNode base, ObjectNode ours, ObjectNode theirs) throws IOException {
        ManifestMerge merge = ManifestMerge.merge(base, ours, theirs, this::sectionFileChanged);
        sectionOrder = merge.mineOrder();

        List<String> fieldConflictIds = new ArrayList<>();
        for (ManifestMerge.FieldConflict field : merge.fieldConflicts()) {
            String baseValue = json(field.base());
            String mineValue = json(field.mine());
            String theirsValue = json(field.theirs());
            String id = ids.next(ConflictKind.MANIFEST, MANIFEST, field.key(), baseValue, mineValue, theirsValue);
            conflicts.add(new Conflict(id, ConflictKind.MANIFEST, MANIFEST, field.sectionId(), 0, baseValue,
                    mineValue, theirsValue, mineValue, theirsValue, false, false, field.key()));
            fieldConflictIds.add(id);
        }
        String orderConflictId = merge.hasOrderConflict() ? orderConflict(merge) : null;
        for (Map.Entry<String, Side> contested : merge.contested().entrySet()) {
            sectionDeleted(contested.getKey(), merge.entry(contested.getKey()), contested.getValue());
        }

        FileVersion mineVersion = trees.ours().get(MANIFEST);
        FileVersion theirsVersion = trees.theirs().get(MANIFEST);
        outcomes.put(MANIFEST, new PathOutcome.Manifest(mergedMode(trees.base().get(MANIFEST), mineVersion,
                theirsVersion), merge, fieldConflictIds, orderConflictId, ours, bytes(mineVersion), theirs,
                bytes(theirsVersion)));
    }

    private String orderConflict(ManifestMerge merge) {
        String base = idList(merge.baseOrder());
        String mine = idList(merge.mineOrder());
        String theirs = idList(merge.theirsOrder());
        String id = ids.next(ConflictKind.MANIFEST, MANIFEST, ManifestMerge.SECTIONS, base, mine, theirs);
        conflicts.add(new Conflict(id, ConflictKind.MANIFEST, MANIFEST, null, 0, base, mine, theirs, mine, theirs,
                false, false, ManifestMerge.SECTIONS));
        return id;
    }

    /** Adds the conflict of a section that one side removed from the manifest and the other side edited. */
    private void sectionDeleted(String sectionId, ObjectNode keptEntry, Side keeper) throws IOException {
        String path = ManifestMerge.path(keptEntry);
        if (path == null) {
            path = MANIFEST;
        }
        FileVersion mine = trees.ours().get(path);
        FileVersion theirs = trees.theirs().get(path);
        String id = addChoiceConflict(ConflictKind.SECTION_DELETED, path, sectionId);
        contestedKeepers.put(id, keeper);
        if (!path.equals(MANIFEST)) {
            outcomes.put(path, new PathOutcome.Choice(id, mine, theirs));
        }
    }

    private void mergePath(String path) throws IOException {
        FileVersion base = trees.base().get(path);
        FileVersion ours = trees.ours().get(path);
        FileVersion theirs = trees.theirs().get(path);
        if (FileVersion.same(ours, theirs) || FileVersion.same(base, theirs)) {
            outcomes.put(path, new PathOutcome.Kept(ours));
        } else if (FileVersion.same(base, ours)) {
            outcomes.put(path, new PathOutcome.Kept(theirs));
        } else if (RecordMerge.isRecord(path) && ours != null && theirs != null && ours.isRegularFile()
                && theirs.isRegularFile()) {
            mergeRecord(path, base, ours, theirs);
        } else if (VoteFileMerge.isVoteFile(path) && ours != null && theirs != null && ours.isRegularFile()
                && theirs.isRegularFile()) {
            mergeVoteFile(path, ours, theirs);
        } else if (path.startsWith(ITEM_FOLDER)) {
            mergeItem(path, ours, theirs);
        } else if (ours == null || theirs == null) {
            ConflictKind kind = sectionIdsByPath.containsKey(path) ? ConflictKind.SECTION_DELETED : ConflictKind.FILE;
            String id = addChoiceConflict(kind, path, sectionIdsByPath.get(path));
            outcomes.put(path, new PathOutcome.Choice(id, ours, theirs));
        } else {
            mergeChangedFile(path, base, ours, theirs);
        }
    }

    /**
     * Keeps the shared version of a comment or vote file that both sides changed. Charta writes each such file once,
     * under a new unique name, and never edits it afterwards. So two different versions of one file only come from
     * another tool, and the shared version is the one others already read. A file that one side deleted and the other
     * changed is kept, so no comment is lost.
     */
    private void mergeItem(String path, FileVersion ours, FileVersion theirs) {
        FileVersion kept = theirs != null ? theirs : ours;
        LOG.warn("Both sides changed {}; keeping the {} version", path, theirs != null ? "shared" : "local");
        outcomes.put(path, new PathOutcome.Kept(kept));
    }

    /** Keeps the version of a member's vote file with the later cast time ({@link VoteFileMerge}). */
    private void mergeVoteFile(String path, FileVersion ours, FileVersion theirs) throws IOException {
        boolean oursLater = VoteFileMerge.oursIsLater(bytes(ours), bytes(theirs));
        LOG.info("Both sides changed the vote file {}; keeping the {} version, cast later or shared", path,
                oursLater ? "local" : "shared");
        outcomes.put(path, new PathOutcome.Kept(oursLater ? ours : theirs));
    }

    /** Merges an amendment record that both sides changed field by field ({@link RecordMerge}). */
    private void mergeRecord(String path, FileVersion base, FileVersion ours, FileVersion theirs) throws IOException {
        byte[] baseBytes = base != null && base.isRegularFile() ? bytes(base) : null;
        ObjectNode merged = RecordMerge.merge(baseBytes, bytes(ours), bytes(theirs));
        if (merged == null) {
            mergeItem(path, ours, theirs);
            return;
        }
        outcomes.put(path, new PathOutcome.Generated(mergedMode(base, ours, theirs), RecordMerge.write(merged)));
    }

    private void mergeChangedFile(String path, FileVersion base, FileVersion ours, FileVersion theirs)
            throws IOException {
        String oursText = ours.isRegularFile() ? text(bytes(ours)) : null;
        String theirsText = theirs.isRegularFile() ? text(bytes(theirs)) : null;
        if (oursText == null || theirsText == null) {
            String id = addChoiceConflict(ConflictKind.FILE, path, sectionIdsByPath.get(path));
            outcomes.put(path, new PathOutcome.Choice(id, ours, theirs));
            return;
        }
        String baseText = base != null && base.isRegularFile() ? text(bytes(base)) : null;
        if (baseText == null) {
            baseText = "";
        }

        MergedText merged = TextMerge.merge(baseText, oursText, theirsText);
        MergeInvariant.checkText(path, baseText, oursText, theirsText, merged);
        List<String> regionIds = new ArrayList<>();
        for (TextRegion region : merged.regions()) {
            regionIds.add(addParagraphConflict(path, oursText, region));
        }
        outcomes.put(path, new PathOutcome.Text(mergedMode(base, ours, theirs), merged, regionIds));
    }

    private String addParagraphConflict(String path, String oursText, TextRegion region) {
        String base = TextRegion.stripTrailingLineBreaks(region.base());
        String mine = TextRegion.stripTrailingLineBreaks(region.mine());
        String theirs = TextRegion.stripTrailingLineBreaks(region.theirs());
        String id = ids.next(ConflictKind.PARAGRAPH, path, "", base, mine, theirs);
        int paragraph = ParagraphUnits.paragraphAt(oursText, region.mineOffset());
        conflicts.add(new Conflict(id, ConflictKind.PARAGRAPH, path, sectionIdsByPath.get(path), paragraph, base,
                mine, theirs, TextRegion.stripTrailingLineBreaks(region.mineResult()),
                TextRegion.stripTrailingLineBreaks(region.theirsResult()), true, true));
        return id;
    }

    /**
     * Replaces the outcomes of a path that may end up both a file and a folder, and of every path under it, with one
     * {@link ConflictKind#FILE} conflict that keeps one side's version of the whole path. Either side's tree is valid,
     * so either choice gives a tree without the clash. The conflicts of the replaced outcomes go, except a section
     * that one side removed from the manifest, whose choice still decides the manifest entry.
     */
    private void fileFolderConflict(String folder, Set<String> paths) throws IOException {
        List<String> group = paths.stream().filter(path -> FolderClashes.isUnder(path, folder)).toList();
        Set<String> replaced = new HashSet<>();
        for (String path : group) {
            replaced.addAll(conflictIds(outcomes.get(path)));
        }
        replaced.removeAll(contestedKeepers.keySet());
        conflicts.removeIf(conflict -> replaced.contains(conflict.id()));

        String base = displayText(trees.base().get(folder));
        String mine = displayText(trees.ours().get(folder));
        String theirs = displayText(trees.theirs().get(folder));
        String id = ids.next(ConflictKind.FILE, folder, "folder", base, mine, theirs);
        conflicts.add(new Conflict(id, ConflictKind.FILE, folder, sectionIdsByPath.get(folder), 0, base, mine, theirs,
                mine, theirs, false, false));
        for (String path : group) {
            outcomes.put(path, new PathOutcome.Choice(id, trees.ours().get(path), trees.theirs().get(path)));
        }
        LOG.warn("{} is a file on one side and a folder on the other; reported as conflict {}", folder, id);
    }

    private static List<String> conflictIds(PathOutcome outcome) {
        if (outcome instanceof PathOutcome.Choice choice) {
            return List.of(choice.conflictId());
        }
        if (outcome instanceof PathOutcome.Text text) {
            return text.regionIds();
        }
        if (outcome instanceof PathOutcome.Manifest manifest) {
            List<String> ids = new ArrayList<>(manifest.fieldConflictIds());
            if (manifest.orderConflictId() != null) {
                ids.add(manifest.orderConflictId());
            }
            return ids;
        }
        return List.of();
    }

    /** Adds a conflict whose resolution keeps one side's whole file. */
    private String addChoiceConflict(ConflictKind kind, String path, String sectionId) throws IOException {
        String base = displayText(trees.base().get(path));
        String mine = displayText(trees.ours().get(path));
        String theirs = displayText(trees.theirs().get(path));
        String id = ids.next(kind, path, sectionId == null ? "" : sectionId, base, mine, theirs);
        conflicts.add(new Conflict(id, kind, path, sectionId, 0, base, mine, theirs, mine, theirs, false, false));
        return id;
    }

    private boolean sectionFileChanged(String basePath, String sidePath, Side side) {
        FileVersion base = basePath == null ? null : trees.base().get(basePath);
        Map<String, FileVersion> sideTree = side == Side.OURS ? trees.ours() : trees.theirs();
        FileVersion version = sidePath == null ? null : sideTree.get(sidePath);
        return !FileVersion.same(base, version);
    }

    private int sectionIndex(Conflict conflict) {
        int index = conflict.sectionId() == null ? -1 : sectionOrder.indexOf(conflict.sectionId());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private void rememberSectionPaths(ObjectNode manifest) {
        Map<String, ObjectNode> sections = manifest == null ? null : ManifestMerge.sections(manifest);
        if (sections == null) {
            return;
        }
        sections.forEach((id, entry) -> {
            String path = ManifestMerge.path(entry);
            if (path != null) {
                sectionIdsByPath.put(path, id);
            }
        });
    }

    private ObjectNode manifest(Map<String, FileVersion> tree) throws IOException {
        FileVersion version = tree.get(MANIFEST);
        return version == null || !version.isRegularFile() ? null : ManifestJson.parse(bytes(version));
    }

    /** Keeps the shared side's mode change unless the local side changed the mode itself. */
    private static FileMode mergedMode(FileVersion base, FileVersion ours, FileVersion theirs) {
        if (base != null && base.mode().getBits() == ours.mode().getBits()) {
            return theirs.mode();
        }
        return ours.mode();
    }

    private byte[] bytes(FileVersion version) throws IOException {
        return reader.open(version.id(), Constants.OBJ_BLOB).getBytes();
    }

    /** Returns a file's text for a conflict, or null where the version has no file or no UTF-8 text. */
    private String displayText(FileVersion version) throws IOException {
        if (version == null || !version.isRegularFile()) {
            return null;
        }
        return text(bytes(version));
    }

    /** Decodes strict UTF-8; returns null for binary content (a NUL byte, as Git tests it) or invalid UTF-8. */
    static String text(byte[] content) {
        if (RawText.isBinary(content)) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String json(com.fasterxml.jackson.databind.JsonNode value) {
        String text = ManifestJson.text(value);
        return text == null ? null : TextRegion.stripTrailingLineBreaks(text);
    }

    private static String idList(List<String> ids) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        ids.forEach(list::add);
        return json(list);
    }

    private static MergedCharter.Trees readTrees(ObjectReader reader, RevCommit base, RevCommit ours,
                                                 RevCommit theirs) throws IOException {
        List<Map<String, FileVersion>> trees = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        try (TreeWalk walk = new TreeWalk(reader)) {
            if (base == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(base.getTree());
            }
            walk.addTree(ours.getTree());
            walk.addTree(theirs.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                for (int i = 0; i < 3; i++) {
                    FileMode mode = walk.getFileMode(i);
                    if (mode != FileMode.MISSING) {
                        trees.get(i).put(walk.getPathString(), new FileVersion(mode, walk.getObjectId(i)));
                    }
                }
            }
        }
        return new MergedCharter.Trees(trees.get(0), trees.get(1), trees.get(2));
    }
}
