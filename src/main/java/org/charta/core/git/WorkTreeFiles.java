package org.charta.core.git;

import org.charta.core.io.AtomicFiles;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * File and index steps shared by {@link WorkTreeUpdate} and {@link Recovery}: the paths that differ between two
 * commits, writing one version of a path into the work tree, and rebuilding the index from a commit.
 */
final class WorkTreeFiles {

    private static final Logger LOG = LoggerFactory.getLogger(WorkTreeFiles.class);

    /**
     * One path that differs between two commits. An id is null where the path is absent from that commit.
     */
    record Change(String path, ObjectId fromId, FileMode fromMode, ObjectId toId, FileMode toMode) {
    }

    private WorkTreeFiles() {
    }

    /**
     * Returns every file path whose blob or mode differs between the trees of the two commits: deletions first,
     * then the rest, each in path order. A file that replaces a folder can only be written once the folder's files
     * are gone.
     */
    static List<Change> changes(Repository repository, ObjectId from, ObjectId to) throws IOException {
        List<Change> changes = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(from).getTree());
            tree.addTree(walk.parseCommit(to).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                changes.add(new Change(tree.getPathString(), idOrNull(tree, 0), tree.getFileMode(0),
                        idOrNull(tree, 1), tree.getFileMode(1)));
            }
        }
        changes.sort(java.util.Comparator.comparing((Change change) -> change.toId() != null));
        return changes;
    }

    private static ObjectId idOrNull(TreeWalk tree, int index) {
        return FileMode.MISSING.equals(tree.getRawMode(index)) ? null : tree.getObjectId(index);
    }

    /**
     * Returns whether the work tree file has the content of the blob, or is absent where {@code blob} is null.
     * A file whose only difference is CRLF line endings also matches, because Git reports it as unchanged after
     * {@link LineEndings#markUnchanged}. A folder where the blob is absent counts as absent.
     */
    static boolean matches(Repository repository, String path, ObjectId blob) throws IOException {
        Path file = file(repository, path);
        if (blob == null) {
            return !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] content = Files.readAllBytes(file);
        byte[] expected = read(repository, blob);
        return Arrays.equals(content, expected)
                || Arrays.equals(LineEndings.crlfToLf(content), LineEndings.crlfToLf(expected));
    }

    /**
     * Returns the paths of the changes whose work tree file no longer has the old content: edited, or added where
     * the old commit has no file. A journaled step must not overwrite them.
     */
    static List<String> editedPaths(Repository repository, List<Change> changes) throws IOException {
        List<String> edited = new ArrayList<>();
        for (Change change : changes) {
            if (!matches(repository, change.path(), change.fromId())) {
                edited.add(change.path());
            }
        }
        return edited;
    }

    /**
     * Makes the work tree file hold {@code blob} atomically (temporary file, fsync, rename), or deletes it and the
     * folders it leaves empty when {@code blob} is null.
     */
    static void put(Repository repository, String path, ObjectId blob, FileMode mode) throws IOException {
        Path file = file(repository, path);
        if (blob == null) {
            Files.deleteIfExists(file);
            deleteEmptyFolders(repository, file.getParent());
            return;
        }
        if (FileMode.GITLINK.equals(mode)) {
            return;
        }
        // NOTE: a symbolic link is written as a file that contains its target; charters have none.
        AtomicFiles.write(file, read(repository, blob));
        setExecutable(file, FileMode.EXECUTABLE_FILE.equals(mode));
    }

    /** Gives the owner the execute permission exactly when the mode is executable, on file systems with POSIX permissions. */
    private static void setExecutable(Path file, boolean executable) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(file));
        boolean changed = executable
                ? permissions.add(PosixFilePermission.OWNER_EXECUTE)
                : permissions.remove(PosixFilePermission.OWNER_EXECUTE);
        if (changed) {
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    /**
     * Locks the index, reading its entries when it can be read. A half-written or damaged index is not read:
     * {@link #resetIndex} replaces every entry anyway.
     *
     * @return the locked index, or null when another program holds {@code index.lock}
     */
    static DirCache lockIndex(Repository repository) throws IOException {
        DirCache index = new DirCache(repository.getIndexFile(), FS.DETECTED);
        if (!index.lock()) {
            return null;
        }
        try {
            index.read();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rebuilding the unreadable index {} from scratch", repository.getIndexFile(), e);
            index.clear();
        }
        return index;
    }

    /**
     * Replaces every entry of the locked index with the files of the commit, and writes and commits it. Entries of
     * paths outside {@code changed} keep their file size and time when the old index had the same blob, as after a
     * checkout; every other file is hashed, and its size and time are kept only when it has the blob's content, so
     * a file that differs from the commit is reported as modified.
     */
    static void resetIndex(Repository repository, DirCache index, ObjectId commit, Set<String> changed)
            throws IOException {
        Map<String, DirCacheEntry> old = new HashMap<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (entry.getStage() == DirCacheEntry.STAGE_0) {
                old.put(entry.getPathString(), entry);
            }
        }
        DirCacheBuilder builder = index.builder();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository);
             ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                DirCacheEntry entry = new DirCacheEntry(tree.getPathString());
                entry.setFileMode(tree.getFileMode(0));
                entry.setObjectId(tree.getObjectId(0));
                DirCacheEntry previous = old.get(entry.getPathString());
                if (previous != null && !changed.contains(entry.getPathString())
                        && previous.getObjectId().equals(entry.getObjectId())
                        && previous.getFileMode().equals(entry.getFileMode())) {
                    entry.copyMetaData(previous);
                } else {
                    stat(repository, entry, hasher);
                }
                builder.add(entry);
            }
        }
        builder.finish();
        index.write();
        if (!index.commit()) {
            throw new IOException("Could not replace the index " + repository.getIndexFile());
        }
    }

    /** Sets the entry's size and time from the work tree file when the file has the entry's content. */
    private static void stat(Repository repository, DirCacheEntry entry, ObjectInserter.Formatter hasher)
            throws IOException {
        Path file = file(repository, entry.getPathString());
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        byte[] content = Files.readAllBytes(file);
        if (hasher.idFor(Constants.OBJ_BLOB, content).equals(entry.getObjectId())) {
            entry.setLength(content.length);
            entry.setLastModified(Files.getLastModifiedTime(file).toInstant());
        }
    }

    private static byte[] read(Repository repository, ObjectId blob) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            return reader.open(blob, Constants.OBJ_BLOB).getBytes();
        }
    }

    static Path file(Repository repository, String path) {
        return repository.getWorkTree().toPath().resolve(path);
    }

    private static void deleteEmptyFolders(Repository repository, Path folder) throws IOException {
        Path root = repository.getWorkTree().toPath();
        for (Path current = folder; current != null && !current.equals(root) && current.startsWith(root);
             current = current.getParent()) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
        }
    }
}
