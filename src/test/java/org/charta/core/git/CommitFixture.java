package org.charta.core.git;

import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
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
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Builds commits straight into the object database of a repository, without touching its work tree. */
final class CommitFixture {

    private final CharterRepository charter;

    CommitFixture(CharterRepository charter) {
        this.charter = charter;
    }

    /** Writes a commit whose tree contains exactly these files (path to text). */
    ObjectId commit(Map<String, String> files, ObjectId... parents) throws IOException {
        Repository repository = charter.repository();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache tree = DirCache.newInCore();
            DirCacheBuilder builder = tree.builder();
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree.writeTree(inserter));
            commit.setParentIds(parents);
            PersonIdent person = new PersonIdent("Alice Drafter", "alice@example.org");
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage("Test commit\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    /** Moves the branch, the index and the work tree to the commit, as a checkout would. */
    void checkOut(ObjectId commit) throws Exception {
        charter.git().reset().setMode(ResetType.HARD).setRef(commit.name()).call();
    }

    ObjectId head() throws IOException {
        return charter.repository().resolve(Constants.HEAD);
    }

    String read(String path) throws IOException {
        return Files.readString(file(path), StandardCharsets.UTF_8);
    }

    void write(String path, String text) throws IOException {
        Files.createDirectories(file(path).getParent());
        Files.writeString(file(path), text, StandardCharsets.UTF_8);
    }

    Path file(String path) {
        return charter.folder().resolve(path);
    }

    Status status() throws Exception {
        return charter.git().status().call();
    }

    /** Returns the files of a commit's tree as text. */
    Map<String, String> files(ObjectId commit) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Repository repository = charter.repository();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), new String(repository.open(tree.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    Path journal() {
        return UpdateJournal.file(charter.repository());
    }
}
