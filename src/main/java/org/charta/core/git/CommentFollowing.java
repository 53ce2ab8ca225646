package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.comment.AnchorResolver;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.AnchorTracker;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.CommentTrees;
import org.charta.core.comment.ThreadMove;
import org.charta.core.diff.Comparisons;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves comment threads with their paragraphs when a branch moves to a commit with other text: a recorded edit,
 * a sync that merged or fast-forwarded, an amendment merge or update. The moves are move events, recorded with
 * the change that caused them. A record commits them with the edit, and a merge or a fast-forward is followed by
 * a commit of the moves. So a sync sends the moves with the text, and no clone is left with unrecorded files.
 *
 * <p>Following never fails the operation that moved the branch. Any exception it meets is logged, and the threads
 * stay where {@link AnchorResolver} finds them.
 */
public final class CommentFollowing {

    private static final Logger LOG = LoggerFactory.getLogger(CommentFollowing.class);

    /** The message of the commit that records the moves after a merge or a fast-forward. */
    public static final String FOLLOW_MESSAGE = "Follow comment threads to their moved paragraphs";

    private static final String COMMENTS_FOLDER = CommentStore.COMMENTS_FOLDER + "/";

    private CommentFollowing() {
    }

    /**
     * Follows the work tree's threads from the text of {@code head} to the text that the index is about to
     * commit, and writes the moves into the work tree's comments folder, for {@link CharterRepository#record} to
     * commit with the edit that caused them.
     *
     * @param head       the commit the edit starts from, or null for a first commit
     * @param stagedTree the tree of the index, as the commit will have it
     * @return the repository paths of the move events written; empty when no thread moved or following failed
     */
    static List<String> beforeCommit(CharterRepository charter, ObjectId head, ObjectId stagedTree,
                                     Identity author) {
        if (head == null) {
            return List.of();
        }
        long start = System.nanoTime();
        try {
            Repository repository = charter.repository();
            Map<String, String> oldTexts = Comparisons.sectionTexts(repository, head);
            Map<String, String> newTexts = Comparisons.sectionTextsOfTree(repository, stagedTree);
            if (oldTexts.equals(newTexts)) {
                return List.of();
            }
            CommentStore store = new CommentStore(charter.folder());
            List<CommentThread> threads = store.threads();
            List<ThreadMove> moves = AnchorTracker.follow(threads, oldTexts, newTexts);
            List<Comment> written = store.recordMoves(moves, author);
            LOG.info("Followed {} comment threads of {} from {} to the recorded text: {} moved in {} ms",
                    threads.size(), charter.folder(), Remotes.shortId(head), written.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return written.stream().map(CommentStore::relativePath).toList();
        } catch (ChartaException | RuntimeException e) {
            // A runtime failure of the tracker must not stop the person's edit from being recorded.
            LOG.warn("Could not follow the comment threads of {} from {} to the recorded text; they stay where "
                    + "their anchors are found", charter.folder(), Remotes.shortId(head), e);
            return List.of();
        }
    }

    /**
     * Follows the threads of {@code branchRef} across a merge or a fast-forward that moved it from {@code before}
     * to {@code after}, and commits the moves onto the branch in a commit of their own by {@code author}. When the
     * branch is checked out, the work tree receives the move files too.
     *
     * <p>Threads are followed from {@code before} first. When {@code after} is a merge commit, the threads that
     * {@code before}'s text does not contain are then followed from each other parent, because a thread that came
     * in from the other side was anchored in that side's text. A fast-forward is followed from {@code before}
     * alone: the incoming commits already contain the moves of their own edits, since every clone records its
     * moves with the edit or merge that caused them.
     *
     * @return the commit that records the moves, or empty when no thread moved, the branch is no longer at
     *         {@code after}, or following failed
     */
    public static Optional<ObjectId> afterMerge(CharterRepository charter, String branchRef, ObjectId before,
                                                ObjectId after, Identity author) {
        if (before == null || after == null || before.equals(after)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            if (!after.equals(charter.repository().resolve(branchRef))) {
                LOG.debug("Threads of {} not followed: {} is not at {}", charter.folder(), branchRef,
                        Remotes.shortId(after));
                return Optional.empty();
            }
            return follow(charter, branchRef, before, after, author, start);
        } catch (ChartaException | IOException | RuntimeException e) {
            // A runtime failure of the tracker must not undo a merge that already succeeded.
            LOG.warn("Could not follow the comment threads of {} on {} from {} to {}; they stay where their "
                    + "anchors are found", charter.folder(), branchRef, Remotes.shortId(before),
                    Remotes.shortId(after), e);
            return Optional.empty();
        }
    }

    private static Optional<ObjectId> follow(CharterRepository charter, String branchRef, ObjectId before,
                                             ObjectId after, Identity author, long start)
            throws ChartaException, IOException {
        Repository repository = charter.repository();
        RevCommit merged;
        try (RevWalk walk = new RevWalk(repository)) {
            merged = walk.parseCommit(after);
        }
        List<CommentThread> threads = threadsAt(repository, merged.getTree());
        if (threads.isEmpty()) {
            return Optional.empty();
        }

        Map<String, String> oldTexts = Comparisons.sectionTexts(repository, before);
        Map<String, String> newTexts = Comparisons.sectionTexts(repository, after);
        List<ThreadMove> moves = new ArrayList<>(AnchorTracker.follow(threads, oldTexts, newTexts));
        for (RevCommit parent : merged.getParents()) {
            if (!parent.equals(before)) {
                moves.addAll(followFromOtherParent(repository, parent, threads, moves, oldTexts, newTexts));
            }
        }

        List<CommentTrees.NewFile> files = CommentTrees.moves(threads, moves, author);
        LOG.info("Followed {} comment threads of {} on {} from {} to {}: {} moved in {} ms", threads.size(),
                charter.folder(), branchRef, Remotes.shortId(before), Remotes.shortId(after), files.size(),
                (System.nanoTime() - start) / 1_000_000);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> changes = new LinkedHashMap<>();
        files.forEach(file -> changes.put(file.path(), file.bytes()));
        return Optional.of(BranchCommits.commit(charter, branchRef, after, changes, FOLLOW_MESSAGE, author));
    }

    /**
     * Follows, from the text of another parent of the merge, the threads that have not moved yet and that the
     * text the branch came from does not contain: those came in with that parent and were anchored in its text.
     */
    private static List<ThreadMove> followFromOtherParent(Repository repository, RevCommit parent,
                                                          List<CommentThread> threads, List<ThreadMove> moves,
                                                          Map<String, String> oldTexts, Map<String, String> newTexts)
            throws ChartaException {
        Set<String> moved = moves.stream().map(ThreadMove::threadId).collect(Collectors.toSet());
        List<CommentThread> incoming = threads.stream()
                .filter(thread -> !moved.contains(thread.id()))
                .filter(thread -> !foundIn(thread, oldTexts))
                .toList();
        if (incoming.isEmpty()) {
            return List.of();
        }
        return AnchorTracker.follow(incoming, Comparisons.sectionTexts(repository, parent), newTexts);
    }

    private static boolean foundIn(CommentThread thread, Map<String, String> texts) {
        String text = texts.get(thread.trackedAnchor().sectionId());
        return text != null && AnchorResolver.locate(thread.trackedAnchor(), text).state() != AnchorState.ORPHANED;
    }

    /** Reads the threads of a tree's comments folder. */
    private static List<CommentThread> threadsAt(Repository repository, RevTree tree) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(CommentStore.COMMENTS_FOLDER));
            while (walk.next()) {
                if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
                    byte[] bytes = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                    files.put(walk.getPathString().substring(COMMENTS_FOLDER.length()), bytes);
                }
            }
        }
        return CommentTrees.read(files);
    }
}
