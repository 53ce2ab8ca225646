package org.charta.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Finds the paths of a merge that may be a file and a folder at once: a path whose outcome may keep a file while
 * another kept path lies under it, such as {@code sections/article-2.md} and {@code sections/article-2.md/x.md}.
 * A Git tree cannot hold both, so such a path becomes one {@link ConflictKind#FILE} conflict that keeps one side's
 * whole version of it.
 */
final class FolderClashes {

    private FolderClashes() {
    }

    /**
     * Returns the outermost clashing paths, in path order. A path counts when some resolution of its outcome keeps a
     * file there and some resolution of another outcome keeps a file under it.
     */
    static List<String> find(Map<String, PathOutcome> outcomes) {
        NavigableMap<String, PathOutcome> kept = new TreeMap<>();
        outcomes.forEach((path, outcome) -> {
            if (mayKeep(outcome)) {
                kept.put(path, outcome);
            }
        });

        List<String> clashes = new ArrayList<>();
        for (String path : kept.keySet()) {
            boolean inside = clashes.stream().anyMatch(folder -> isUnder(path, folder));
            if (!inside && hasPathUnder(kept, path)) {
                clashes.add(path);
            }
        }
        return clashes;
    }

    /** Returns whether {@code path} is {@code folder} itself or a path inside it. */
    static boolean isUnder(String path, String folder) {
        return path.equals(folder) || path.startsWith(folder + "/");
    }

    private static boolean hasPathUnder(NavigableMap<String, PathOutcome> kept, String path) {
        String prefix = path + "/";
        String next = kept.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    private static boolean mayKeep(PathOutcome outcome) {
        if (outcome instanceof PathOutcome.Kept kept) {
            return kept.version() != null;
        }
        if (outcome instanceof PathOutcome.Choice choice) {
            return choice.mine() != null || choice.theirs() != null;
        }
        return true;
    }
}
