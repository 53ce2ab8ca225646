package org.charta.core.merge;

import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real repository for merge tests: commits are written straight from maps of path to content, and merged trees are
 * read back the same way.
 */
final class MergeRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Alice Drafter", "alice@example.org");

    private final Repository repository;

    MergeRepository(Path folder) throws Exception {
        this.repository = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call().getRepository();
    }

    Repository repository() {
        return repository;
    }

    /** Commits the files (path to UTF-8 text) with the given parents. */
    RevCommit commit(Map<String, String> files, RevCommit... parents) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return commitBytes(bytes, parents);
    }

    RevCommit commitBytes(Map<String, byte[]> files, RevCommit... parents) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(file.getKey().endsWith(".sh") ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setAuthor(AUTHOR);
            commit.setCommitter(AUTHOR);
            commit.setMessage("Test commit");
            for (RevCommit parent : parents) {
                commit.addParentId(parent);
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return walk.parseCommit(id);
        }
    }

    CharterMergeResult merge(RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
        return CharterMerge.merge(repository, base, ours, theirs);
    }

    /** Writes the merged tree with the resolutions and returns its files as text. */
    Map<String, String> write(CharterMergeResult result, Map<String, Resolution> resolutions) throws IOException {
        ObjectId tree;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            tree = result.writeTree(inserter, resolutions);
            inserter.flush();
        }
        return files(tree);
    }

    /** Writes the merged tree with the same choice for every conflict. */
    Map<String, String> writeChoosing(CharterMergeResult result, Choice choice) throws IOException {
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (Conflict conflict : result.conflicts()) {
            resolutions.put(conflict.id(), Resolution.of(choice));
        }
        return write(result, resolutions);
    }

    Map<String, String> files(ObjectId tree) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                byte[] content = repository.open(walk.getObjectId(0)).getBytes();
                files.put(walk.getPathString(), new String(content, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    FileMode mode(ObjectId tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            return walk == null ? FileMode.MISSING : walk.getFileMode(0);
        }
    }

    /** Returns a manifest as {@link ManifestStore} writes it, with one section per id at {@code sections/<id>.md}. */
    static String manifest(String title, String... ids) {
        Manifest manifest = new Manifest(title, List.of("en"));
        for (String id : ids) {
            manifest.sections().add(new SectionEntry(id, sectionPath(id)));
        }
        return ManifestStore.toJson(manifest);
    }

    static String sectionPath(String id) {
        return "sections/" + id + ".md";
    }

    @Override
    public void close() {
        repository.close();
    }
}
