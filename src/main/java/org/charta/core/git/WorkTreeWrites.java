package org.charta.core.git;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The file writing of one journaled {@link WorkTreeUpdate} or {@link BranchSwitch}. It keeps the files written so far,
 * so that they get their old content back when another file, or the final ref step, fails.
 */
final class WorkTreeWrites {

    private static final Logger LOG = LoggerFactory.getLogger(WorkTreeWrites.class);

    private final Repository repository;
    private final ObjectId to;
    private final List<WorkTreeFiles.Change> written = new ArrayList<>();

    /** Prepares the writing of the files of commit {@code to}, which the log messages name. */
    WorkTreeWrites(Repository repository, ObjectId to) {
        this.repository = repository;
        this.to = to;
    }

    /**
     * Writes every change in the order given (deletions first, as {@link WorkTreeFiles#changes} sorts them). When
     * some cannot be written, puts the written ones back with {@link #rollBack} and returns the paths that failed.
     *
     * @return the paths that could not be written; empty when every change was written
     */
    List<String> writeAll(List<WorkTreeFiles.Change> changes) throws IOException {
        List<String> failed = new ArrayList<>();
        for (WorkTreeFiles.Change change : changes) {
            try {
                WorkTreeFiles.put(repository, change.path(), change.toId(), change.toMode());
                written.add(change);
            } catch (IOException e) {
                LOG.warn("Could not write {} for the update to {}", change.path(), Remotes.shortId(to), e);
                failed.add(change.path());
            }
        }
        if (!failed.isEmpty()) {
            rollBack();
        }
        return failed;
    }

    /**
     * Gives every written file its old content back and deletes the journal. When a file cannot be put back, the
     * journal stays, so that {@link Recovery} completes the update instead of leaving a half-updated work tree
     * that the next record would commit.
     */
    void rollBack() throws IOException {
        boolean complete = true;
        for (int i = written.size() - 1; i >= 0; i--) {
            WorkTreeFiles.Change change = written.get(i);
            try {
                WorkTreeFiles.put(repository, change.path(), change.fromId(), change.fromMode());
            } catch (IOException e) {
                LOG.warn("Could not put back {} after the failed update to {}", change.path(), Remotes.shortId(to), e);
                complete = false;
            }
        }
        written.clear();
        if (complete) {
            UpdateJournal.delete(repository);
        }
    }
}
