package org.charta.core.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The merge of two charter commits held in memory, written out as a tree once every conflict has a resolution. */
final class MergedCharter implements CharterMergeResult {

    /** Stores a blob and returns its id; an inserter writes it, a formatter only computes the id. */
    interface BlobWriter {
        ObjectId write(byte[] content) throws IOException;
    }

    private final Map<String, PathOutcome> outcomes;
    private final List<Conflict> conflicts;
    private final Map<String, Conflict> conflictsById = new LinkedHashMap<>();
    private final Map<String, Side> contestedKeepers;
    private final Trees trees;

    /**
     * The three trees of a merge, by path.
     *
     * @param base empty when the histories share no commit
     */
    record Trees(Map<String, FileVersion> base, Map<String, FileVersion> ours, Map<String, FileVersion> theirs) {
    }

    /**
     * @param contestedKeepers for each {@link ConflictKind#SECTION_DELETED} conflict on a section that one side
     *                         removed from the manifest, the side that kept the section
     */
    MergedCharter(Map<String, PathOutcome> outcomes, List<Conflict> conflicts, Map<String, Side> contestedKeepers,
                  Trees trees) throws IOException {
        this.outcomes = new TreeMap<>(outcomes);
        this.conflicts = List.copyOf(conflicts);
        this.contestedKeepers = Map.copyOf(contestedKeepers);
        this.trees = trees;
        for (Conflict conflict : conflicts) {
            conflictsById.put(conflict.id(), conflict);
        }
        checkWithSharedChoices();
    }

    @Override
    public List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public ObjectId writeTree(ObjectInserter inserter, Map<String, Resolution> resolutions) throws IOException {
        validate(resolutions);
        Map<String, FileVersion> result = resolve(resolutions,
                content -> inserter.insert(Constants.OBJ_BLOB, content));
        MergeInvariant.checkPaths(trees.base(), trees.ours(), trees.theirs(), result, chosenPaths(resolutions));

        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, FileVersion> file : result.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(file.getValue().mode());
            entry.setObjectId(file.getValue().id());
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    /**
     * Checks the invariant on the result that takes the shared side of every conflict: it may differ from the shared
     * tree only where the local side changed something.
     */
    private void checkWithSharedChoices() throws IOException {
        Map<String, Resolution> shared = new HashMap<>();
        for (Conflict conflict : conflicts) {
            shared.put(conflict.id(), Resolution.of(Choice.THEIRS));
        }
        ObjectInserter.Formatter formatter = new ObjectInserter.Formatter();
        Map<String, FileVersion> result = resolve(shared, content -> formatter.idFor(Constants.OBJ_BLOB, content));
        MergeInvariant.checkPaths(trees.base(), trees.ours(), trees.theirs(), result, Set.of());
    }

    private void validate(Map<String, Resolution> resolutions) {
        for (Conflict conflict : conflicts) {
            Resolution resolution = resolutions.get(conflict.id());
            if (resolution == null) {
                throw new IllegalArgumentException("Conflict " + conflict.id() + " in " + conflict.path()
                        + " has no resolution");
            }
            boolean allowed = switch (resolution.choice()) {
                case MINE, THEIRS -> true;
                case BOTH -> conflict.bothAllowed();
                case EDITED -> conflict.editAllowed();
            };
            if (!allowed) {
                throw new IllegalArgumentException("Conflict " + conflict.id() + " in " + conflict.path()
                        + " does not allow the choice " + resolution.choice());
            }
        }
    }

    /**
     * Returns the paths where a choice other than the shared side's may keep a local version that the local side
     * did not change. These are the conflict's own path and every path its choice decides: the paths under a
     * file-or-folder path, and the manifest when a removed section is kept or dropped.
     */
    private Set<String> chosenPaths(Map<String, Resolution> resolutions) {
        Set<String> paths = new HashSet<>();
        for (Conflict conflict : conflicts) {
            if (resolutions.get(conflict.id()).choice() != Choice.THEIRS) {
                paths.add(conflict.path());
                if (contestedKeepers.containsKey(conflict.id())) {
                    paths.add(TreeMerge.MANIFEST);
                }
            }
        }
        outcomes.forEach((path, outcome) -> {
            if (outcome instanceof PathOutcome.Choice choice
                    && resolutions.get(choice.conflictId()).choice() != Choice.THEIRS) {
                paths.add(path);
            }
        });
        return paths;
    }

    private Map<String, FileVersion> resolve(Map<String, Resolution> resolutions, BlobWriter writer)
            throws IOException {
        Set<String> dropped = droppedSections(resolutions);
        Map<String, FileVersion> result = new TreeMap<>();
        for (Map.Entry<String, PathOutcome> entry : outcomes.entrySet()) {
            FileVersion version = resolve(entry.getValue(), resolutions, dropped, writer);
            if (version != null) {
                result.put(entry.getKey(), version);
            }
        }
        return result;
    }

    private FileVersion resolve(PathOutcome outcome, Map<String, Resolution> resolutions, Set<String> dropped,
                                BlobWriter writer) throws IOException {
        if (outcome instanceof PathOutcome.Kept kept) {
            return kept.version();
        }
        if (outcome instanceof PathOutcome.Generated generated) {
            return new FileVersion(generated.mode(), writer.write(generated.content()));
        }
        if (outcome instanceof PathOutcome.Choice choice) {
            return side(resolutions.get(choice.conflictId())) == Side.OURS ? choice.mine() : choice.theirs();
        }
        if (outcome instanceof PathOutcome.Text text) {
            Map<TextRegion, String> ids = new IdentityHashMap<>();
            List<TextRegion> regions = text.text().regions();
            for (int i = 0; i < regions.size(); i++) {
                ids.put(regions.get(i), text.regionIds().get(i));
            }
            String merged = text.text().text(region -> region.resolve(resolutions.get(ids.get(region))));
            return new FileVersion(text.mode(), writer.write(merged.getBytes(StandardCharsets.UTF_8)));
        }
        PathOutcome.Manifest manifest = (PathOutcome.Manifest) outcome;
        return new FileVersion(manifest.mode(), writer.write(manifestBytes(manifest, resolutions, dropped)));
    }

    private static byte[] manifestBytes(PathOutcome.Manifest manifest, Map<String, Resolution> resolutions,
                                        Set<String> dropped) {
        List<Side> fieldChoices = new ArrayList<>();
        for (String id : manifest.fieldConflictIds()) {
            fieldChoices.add(side(resolutions.get(id)));
        }
        Side orderChoice = manifest.orderConflictId() == null
                ? Side.OURS : side(resolutions.get(manifest.orderConflictId()));
        ObjectNode merged = manifest.merge().result(fieldChoices, orderChoice, dropped);
        if (merged.equals(manifest.mineTree())) {
            return manifest.mineBytes();
        }
        if (merged.equals(manifest.theirsTree())) {
            return manifest.theirsBytes();
        }
        return ManifestJson.write(merged);
    }

    /** Returns the contested sections whose resolution keeps the side that removed them. */
    private Set<String> droppedSections(Map<String, Resolution> resolutions) {
        Set<String> dropped = new HashSet<>();
        for (Map.Entry<String, Side> contested : contestedKeepers.entrySet()) {
            if (side(resolutions.get(contested.getKey())) != contested.getValue()) {
                dropped.add(conflictsById.get(contested.getKey()).sectionId());
            }
        }
        return dropped;
    }

    private static Side side(Resolution resolution) {
        return resolution.choice() == Choice.MINE ? Side.OURS : Side.THEIRS;
    }
}
