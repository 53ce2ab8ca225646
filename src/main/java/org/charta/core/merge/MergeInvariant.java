package org.charta.core.merge;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks, after every merge, that nothing of the shared side is reverted. A failure is a bug in the merge, never a
 * property of the input, so it throws {@link IllegalStateException} and the sync stops before anything is written.
 */
final class MergeInvariant {

    private MergeInvariant() {
    }

    /**
     * Checks that every path where the result differs from the shared side is one the local side changed from the
     * base, except the paths in {@code chosen}: there a person's choice may keep the local version on purpose.
     */
    static void checkPaths(Map<String, FileVersion> base, Map<String, FileVersion> ours,
                           Map<String, FileVersion> theirs, Map<String, FileVersion> result, Set<String> chosen) {
        Set<String> paths = new TreeSet<>(result.keySet());
        paths.addAll(theirs.keySet());
        for (String path : paths) {
            boolean differsFromTheirs = !FileVersion.same(result.get(path), theirs.get(path));
            boolean oursChanged = !FileVersion.same(base.get(path), ours.get(path));
            if (differsFromTheirs && !oursChanged && !chosen.contains(path)) {
                throw new IllegalStateException("The merge changed " + path + " against the shared version although"
                        + " the local side did not change it; the merge must not revert shared changes");
            }
        }
    }

    /**
     * Checks that a merged text, with every conflict resolved to the shared side, is the shared text with only the
     * local side's non-conflicting changes applied. That text is what the same merge computes from the shared
     * side's point of view: with the sides swapped and every conflict resolved to the (now first) shared side. JGit's
     * merge algorithm treats its two sides alike (the same diffs against the base, the same overlap test, the same
     * trimming of common tokens), so the two texts are equal unless the assembly of chunks into text takes a wrong
     * side, drops a chunk or repeats one. The cost is one more merge of files that both sides changed.
     */
    static void checkText(String path, String base, String ours, String theirs, MergedText merged) {
        String swapped = TextMerge.merge(base, theirs, ours).mineText();
        if (!swapped.equals(merged.theirsText())) {
            throw new IllegalStateException("The merge of " + path + " with conflicts resolved to the shared side"
                    + " is not the shared text plus the local side's non-conflicting changes");
        }
    }
}
