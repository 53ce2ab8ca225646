package org.charta.core.merge;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The outcome of {@link CharterMerge#merge}: the merged files, and the conflicts that need a person's choice. */
public interface CharterMergeResult {

    /** The conflicts, in manifest order of their sections, then by paragraph. */
    List<Conflict> conflicts();

    default boolean isClean() {
        return conflicts().isEmpty();
    }

    /**
     * Writes the merged tree with {@code inserter} (the caller flushes it), applying the resolution of each
     * conflict by its {@link Conflict#id()}.
     *
     * @throws IllegalArgumentException when a conflict has no resolution, or one it does not allow
     */
    ObjectId writeTree(ObjectInserter inserter, Map<String, Resolution> resolutions) throws IOException;
}
