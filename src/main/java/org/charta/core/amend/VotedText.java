package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps a vote bound to the text members voted on. Once a vote opens, the amendment's commits may only add votes,
 * comments and record changes (paths under {@code .charta/}) or bring in the main text; a commit that edits the
 * text itself stops the closing of the vote and the merge, because the members decided on the earlier text.
 *
 * <p>Merge commits are not checked: their own content is the prose-aware merge of their parents plus the choices
 * that settled conflicts, and every commit they bring in from a side branch is checked on its own.
 */
final class VotedText {

    /** Votes, comments and records: what may change on an amendment while its vote is open or after it closed. */
    private static final String METADATA_FOLDER = ".charta/";

    private VotedText() {
    }

    /**
     * Throws when a commit reachable from {@code tip}, but neither from {@code since} nor from the main text's
     * {@code mainTip}, is not a merge and changes a path outside {@code .charta/}.
     *
     * @param messageKey {@code error.vote.textChanged} when closing, {@code error.amend.textChangedAfterVote} when
     *                   merging; its arguments are the amendment's title, the commit and its author
     */
    static void requireUnchanged(CharterRepository charter, String title, RevCommit since, RevCommit tip,
                                 ObjectId mainTip, String messageKey) throws ChartaException {
        Repository repository = charter.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(tip));
            walk.markUninteresting(walk.parseCommit(since));
            if (mainTip != null) {
                walk.markUninteresting(walk.parseCommit(mainTip));
            }
            for (RevCommit commit : walk) {
                Optional<String> textPath = textChange(repository, walk, commit);
                if (textPath.isPresent()) {
                    throw new ChartaException(messageKey, title, commit.abbreviate(7).name(),
                            commit.getAuthorIdent().getName(), textPath.get());
                }
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** Returns the first path outside {@code .charta/} that a single-parent commit changed. */
    private static Optional<String> textChange(Repository repository, RevWalk walk, RevCommit commit)
            throws IOException {
        if (commit.getParentCount() != 1) {
            return Optional.empty();
        }
        RevCommit parent = walk.parseCommit(commit.getParent(0));
        try (TreeWalk trees = new TreeWalk(repository)) {
            trees.setRecursive(true);
            trees.setFilter(TreeFilter.ANY_DIFF);
            trees.addTree(parent.getTree());
            trees.addTree(commit.getTree());
            while (trees.next()) {
                if (!trees.getPathString().startsWith(METADATA_FOLDER)) {
                    return Optional.of(trees.getPathString());
                }
            }
        }
        return Optional.empty();
    }
}
