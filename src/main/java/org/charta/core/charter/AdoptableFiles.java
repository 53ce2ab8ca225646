package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists the Markdown files of a work tree that adoption turns into sections: the files Git would track,
 * outside hidden folders. Ignored files would be missing from every clone, and symbolic links could point
 * outside the repository.
 */
final class AdoptableFiles {

    private AdoptableFiles() {
    }

    /** Returns the repository-relative paths of the adoptable {@code .md} files, sorted. */
    static List<String> list(Repository repository) throws ChartaException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(new FileTreeIterator(repository));
            walk.setRecursive(false);
            while (walk.next()) {
                WorkingTreeIterator entry = walk.getTree(0, WorkingTreeIterator.class);
                if (entry.isEntryIgnored()) {
                    continue;
                }
                if (walk.isSubtree()) {
                    // Hidden folders (.github, .charta, ...) hold tool files such as issue templates, not text.
                    if (!walk.getNameString().startsWith(".")) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                if (isMarkdownFile(walk)) {
                    paths.add(walk.getPathString());
                }
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", repository.getWorkTree().toString(), e.getMessage());
        }
        paths.sort(null);
        return paths;
    }

    private static boolean isMarkdownFile(TreeWalk walk) {
        FileMode mode = walk.getFileMode(0);
        boolean regular = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        return regular && walk.getNameString().toLowerCase(Locale.ROOT).endsWith(".md");
    }
}
