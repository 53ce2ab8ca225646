package org.charta.core.git;

import org.charta.core.io.AtomicFiles;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The uncommitted changes of a work tree, sorted into what recording them needs.
 *
 * @param toAdd              new or changed files to stage
 * @param toRemove           files deleted from the work tree that are still in the index
 * @param lineEndingOnly     files that differ from {@code HEAD} only in line endings, which are neither reported
 *                           nor recorded
 * @param unmerged           files left in a conflicted state by another Git program
 * @param stagedDeletions    files whose deletion is already staged
 */
record WorkTreeChanges(Set<String> toAdd, Set<String> toRemove, Set<String> lineEndingOnly, Set<String> unmerged,
                       Set<String> stagedDeletions) {

    /** Sorts the output of {@code git status} and sets aside the files whose only difference is line endings. */
    static WorkTreeChanges of(Status status, Repository repository) throws IOException {
        Set<String> edited = new TreeSet<>(status.getModified());
        edited.addAll(status.getChanged());
        Set<String> lineEndingOnly = LineEndings.onlyLineEndingsDiffer(repository, edited);

        Set<String> toAdd = new TreeSet<>(edited);
        toAdd.addAll(status.getAdded());
        // A crash between creating and renaming a temporary file leaves it behind; it is never a change.
        status.getUntracked().stream()
                .filter(path -> !AtomicFiles.isTemporary(path.substring(path.lastIndexOf('/') + 1)))
                .forEach(toAdd::add);
        toAdd.removeAll(lineEndingOnly);
        toAdd.removeAll(status.getMissing());
        toAdd.removeAll(status.getConflicting());

        return new WorkTreeChanges(toAdd, new TreeSet<>(status.getMissing()), lineEndingOnly,
                new TreeSet<>(status.getConflicting()), new TreeSet<>(status.getRemoved()));
    }

    /** Returns every path that would be recorded, plus unmerged ones, sorted. */
    Set<String> uncommittedPaths() {
        Set<String> paths = new TreeSet<>(toAdd);
        paths.addAll(toRemove);
        paths.addAll(unmerged);
        paths.addAll(stagedDeletions);
        return paths;
    }

    boolean isEmpty() {
        return uncommittedPaths().isEmpty();
    }
}
