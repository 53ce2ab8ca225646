package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.comment.AnchorTracker;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.ThreadMove;
import org.charta.core.diff.Comparisons;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Moves comment threads with their paragraphs after the checked-out branch moved to a commit with other text: a
 * recorded edit, a sync that merged or fast-forwarded, an amendment merge or update. The moves are written as
 * move events into the work tree's comments folder, and the next record or sync commits them.
 *
 * <p>Following never fails the operation that moved the branch. Any exception it meets is logged, and the threads
 * stay where {@link org.charta.core.comment.AnchorResolver} finds them.
 */
public final class CommentFollowing {

    private static final Logger LOG = LoggerFactory.getLogger(CommentFollowing.class);

    private CommentFollowing() {
    }

    /** Follows the threads across a commit just recorded on the checked-out branch, from its first parent. */
    public static void afterCommit(CharterRepository charter, RevCommit commit, Identity author) {
        if (commit.getParentCount() > 0) {
            afterChange(charter, commit.getParent(0), commit, author);
        }
    }

    /**
     * Follows the work tree's threads from the text of {@code before} to that of {@code after} and records the
     * moves as {@code author}'s. Does nothing when either commit is null, when they are equal, or when
     * {@code HEAD} is not {@code after}: then the work tree, whose threads would move, does not contain that text.
     */
    public static void afterChange(CharterRepository charter, ObjectId before, ObjectId after, Identity author) {
        if (before == null || after == null || before.equals(after)) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (!after.equals(charter.repository().resolve(Constants.HEAD))) {
                LOG.debug("Threads of {} not followed: HEAD is not {}", charter.folder(), Remotes.shortId(after));
                return;
            }
            follow(charter, before, after, author, start);
        } catch (ChartaException | IOException | RuntimeException e) {
            // A runtime failure of the tracker must not undo a commit or a merge that already succeeded.
            LOG.warn("Could not follow the comment threads of {} from {} to {}; they stay where their anchors are "
                    + "found", charter.folder(), Remotes.shortId(before), Remotes.shortId(after), e);
        }
    }

    private static void follow(CharterRepository charter, ObjectId before, ObjectId after, Identity author,
                               long start) throws ChartaException {
        Map<String, String> oldTexts = Comparisons.sectionTexts(charter.repository(), before);
        Map<String, String> newTexts = Comparisons.sectionTexts(charter.repository(), after);
        if (oldTexts.equals(newTexts)) {
            return;
        }
        CommentStore store = new CommentStore(charter.folder());
        List<CommentThread> threads = store.threads();
        if (threads.isEmpty()) {
            return;
        }

        LOG.info("Following {} comment threads of {} from {} to {}", threads.size(), charter.folder(),
                Remotes.shortId(before), Remotes.shortId(after));
        List<ThreadMove> moves = AnchorTracker.follow(threads, oldTexts, newTexts);
        if (!moves.isEmpty()) {
            store.recordMoves(moves, author);
        }
        LOG.info("Followed the comment threads of {}: {} of {} moved in {} ms", charter.folder(), moves.size(),
                threads.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
