package org.charta.core.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jgit.lib.FileMode;

import java.util.List;

/** The merge's decision for one path of the tree. */
sealed interface PathOutcome {

    /** A version taken as it is; null deletes the path. */
    record Kept(FileVersion version) implements PathOutcome {
    }

    /** A text merged by {@link TextMerge}, with the conflict id of each of its regions, in order. */
    record Text(FileMode mode, MergedText text, List<String> regionIds) implements PathOutcome {

        public Text {
            regionIds = List.copyOf(regionIds);
        }
    }

    /** A file whose merged content was computed whole, such as an amendment record merged field by field. */
    record Generated(FileMode mode, byte[] content) implements PathOutcome {
    }

    /** A {@link ConflictKind#FILE} or {@link ConflictKind#SECTION_DELETED} conflict: one side's version is kept. */
    record Choice(String conflictId, FileVersion mine, FileVersion theirs) implements PathOutcome {
    }

    /**
     * The manifest, merged structurally. The original bytes of each side are written back when the merged tree equals
     * that side's tree, so an unchanged manifest keeps its exact formatting.
     */
    record Manifest(FileMode mode, ManifestMerge merge, List<String> fieldConflictIds, String orderConflictId,
                    ObjectNode mineTree, byte[] mineBytes, ObjectNode theirsTree, byte[] theirsBytes)
            implements PathOutcome {

        public Manifest {
            fieldConflictIds = List.copyOf(fieldConflictIds);
        }
    }
}
