package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Commits files onto a branch without checking it out: amendment records, votes and status changes are written
 * this way, whichever branch the person is editing. When the branch is the one checked out, the work tree follows
 * the new commit through the journaled {@link WorkTreeUpdate}, so a crash leaves nothing half written.
 */
public final class BranchCommits {

    private static final Logger LOG = LoggerFactory.getLogger(BranchCommits.class);

    private BranchCommits() {
    }

    /**
     * Writes one commit on {@code branchRef} whose tree is the tip's tree with {@code changes} applied: each path
     * maps to its new bytes, or to null to delete it. The branch moves only if it is still at the tip read here.
     *
     * @return the new commit
     * @throws ChartaException {@code error.branch.notFound} when the branch does not exist,
     *                         {@code error.branch.moved} when it moved meanwhile, and the errors of
     *                         {@link WorkTreeUpdate#run} when it is checked out and a file to update was edited
     */
    public static ObjectId commit(CharterRepository charter, String branchRef, Map<String, byte[]> changes,
                                  String message, Identity author) throws ChartaException {
        return commit(charter, branchRef, null, changes, message, author);
    }

    /**
     * Writes one commit on {@code branchRef} as {@link #commit(CharterRepository, String, Map, String, Identity)}
     * does, but only if the branch is still at {@code expectedTip}: the commit whose files the caller read before
     * deciding the changes. Without this check, a commit that another process wrote in between would be kept in
     * history but its changes to the same files overwritten by content computed from older files.
     *
     * @param expectedTip the tip the caller read, or null to accept whatever the tip is now
     * @throws ChartaException {@code error.branch.moved} when the branch is not at {@code expectedTip}, and the
     *                         errors of the other overload
     */
    public static ObjectId commit(CharterRepository charter, String branchRef, ObjectId expectedTip,
                                  Map<String, byte[]> changes, String message, Identity author)
            throws ChartaException {
        Repository repository = charter.repository();
        String where = charter.folder().toString();
        try {
            Ref branch = repository.exactRef(branchRef);
            if (branch == null || branch.getObjectId() == null) {
                throw new ChartaException("error.branch.notFound", Repository.shortenRefName(branchRef), where);
            }
            ObjectId tip = branch.getObjectId();
            if (expectedTip != null && !expectedTip.equals(tip)) {
                LOG.warn("Branch {} in {} is at {}, not at {} as read; nothing was written", branchRef, where,
                        Remotes.shortId(tip), Remotes.shortId(expectedTip));
                throw new ChartaException("error.branch.moved", Repository.shortenRefName(branchRef), where);
            }
            ObjectId commit = writeCommit(repository, tip, changes, message, author);

            if (branchRef.equals(repository.getFullBranch())) {
                WorkTreeUpdate.run(charter, tip, commit);
            } else {
                moveBranch(repository, branchRef, tip, commit, where);
            }
            LOG.info("Committed {} changed paths onto {} in {}: {}", changes.size(), branchRef, where,
                    Remotes.shortId(commit));
            return commit;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", where, e.getMessage());
        }
    }

    /**
     * Creates the branch {@code branchRef} at {@code start}.
     *
     * @throws ChartaException {@code error.branch.exists} when it already exists
     */
    public static void createBranch(CharterRepository charter, String branchRef, ObjectId start)
            throws ChartaException {
        Repository repository = charter.repository();
        String where = charter.folder().toString();
        try {
            if (repository.exactRef(branchRef) != null) {
                throw new ChartaException("error.branch.exists", Repository.shortenRefName(branchRef), where);
            }
            RefUpdate update = repository.updateRef(branchRef);
            update.setNewObjectId(start);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setRefLogMessage("charta: create branch", false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new ChartaException("error.git.failed", where, branchRef + ": " + result);
            }
            LOG.info("Created branch {} at {} in {}", branchRef, Remotes.shortId(start), where);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", where, e.getMessage());
        }
    }

    private static ObjectId writeCommit(Repository repository, ObjectId parent, Map<String, byte[]> changes,
                                        String message, Identity author) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter();
             ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            RevCommit parentCommit = walk.parseCommit(parent);
            ObjectId tree = applyChanges(inserter, reader, parentCommit.getTree(), changes);
            PersonIdent person = CommitText.person(author);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setParentId(parent);
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(CommitText.message(message));
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    /**
     * Writes the tree that is {@code tree} with {@code changes} applied (each path to its new bytes, or null to
     * delete it) and returns its id; the caller flushes the inserter.
     */
    static ObjectId applyChanges(ObjectInserter inserter, ObjectReader reader, ObjectId tree,
                                 Map<String, byte[]> changes) throws IOException {
        DirCache index = DirCache.read(reader, tree);
        DirCacheEditor editor = index.editor();
        for (Map.Entry<String, byte[]> change : changes.entrySet()) {
            editor.add(edit(inserter, change.getKey(), change.getValue()));
        }
        editor.finish();
        return index.writeTree(inserter);
    }

    private static DirCacheEditor.PathEdit edit(ObjectInserter inserter, String path, byte[] bytes)
            throws IOException {
        if (bytes == null) {
            return new DirCacheEditor.DeletePath(path);
        }
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, bytes);
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
                entry.setLength(bytes.length);
            }
        };
    }

    private static void moveBranch(Repository repository, String branchRef, ObjectId from, ObjectId to,
                                   String where) throws IOException, ChartaException {
        RefUpdate update = repository.updateRef(branchRef);
        update.setExpectedOldObjectId(from);
        update.setNewObjectId(to);
        update.setRefLogMessage("charta: commit", false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED) {
            throw new ChartaException("error.branch.moved", Repository.shortenRefName(branchRef), where);
        }
    }
}
