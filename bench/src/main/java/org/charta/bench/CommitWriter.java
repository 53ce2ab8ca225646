package org.charta.bench;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes commits straight into a repository's object database, without a work tree or index, so a history of
 * thousands of commits takes seconds. All objects go into one pack, written by {@link #flushAndSetRef}.
 */
final class CommitWriter implements AutoCloseable {

    private final Repository repository;
    private final ObjectInserter inserter;
    private final TreeMap<String, ObjectId> files = new TreeMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private Instant time;

    /** Starts from the tree of {@code start}. Commit times count up by one minute from {@code firstTime}. */
    CommitWriter(Repository repository, ObjectId start, Instant firstTime) throws IOException {
        this.repository = repository;
        this.inserter = ((ObjectDirectory) repository.getObjectDatabase()).newPackInserter();
        this.time = firstTime;
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(start).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), tree.getObjectId(0));
            }
        }
    }

    /** Returns the current text of {@code path}, as last written or as in the start commit. */
    String text(String path) throws IOException {
        String text = texts.get(path);
        if (text == null) {
            text = new String(repository.open(files.get(path)).getBytes(), StandardCharsets.UTF_8);
            texts.put(path, text);
        }
        return text;
    }

    /** Replaces {@code sentence} by {@code replacement} in {@code path}. Throws when the sentence is missing. */
    void replace(String path, String sentence, String replacement) throws IOException {
        String text = text(path);
        if (!text.contains(sentence)) {
            throw new IllegalStateException("Sentence not found in " + path + ": " + sentence);
        }
        write(path, text.replace(sentence, replacement));
    }

    void write(String path, String text) throws IOException {
        texts.put(path, text);
        files.put(path, inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a commit of the current files with the given parents and returns its id. */
    ObjectId commit(List<ObjectId> parents, String message) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(file.getValue());
            builder.add(entry);
        }
        builder.finish();

        PersonIdent person = new PersonIdent(Fixtures.AUTHOR.name(), Fixtures.AUTHOR.email(), time, ZoneOffset.UTC);
        time = time.plusSeconds(60);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(index.writeTree(inserter));
        commit.setParentIds(parents);
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message);
        return inserter.insert(commit);
    }

    /** Flushes the pack and points {@code ref} at {@code commit}, replacing whatever it named. */
    void flushAndSetRef(String ref, ObjectId commit) throws IOException {
        inserter.flush();
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("Failed to set " + ref + ": " + result);
        }
    }

    static RevCommit parse(Repository repository, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }

    @Override
    public void close() {
        inserter.close();
    }
}
