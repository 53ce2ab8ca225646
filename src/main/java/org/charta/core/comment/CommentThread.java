package org.charta.core.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A discussion attached to one place of a section, as assembled from its comment files.
 *
 * @param id            eight lowercase hex digits, the name of the thread's folder
 * @param sectionId     id of the section the thread is in now: that of {@code trackedAnchor}
 * @param anchor        the reference anchor, whose quote a "text changed" thread is compared with: the first
 *                      comment's, or that of the latest reattach event
 * @param comments      the comments (never events), each with its latest wording: the first comment, then
 *                      replies in creation order
 * @param resolved      whether the latest resolve or reopen event was a resolve
 * @param updated       creation time of the thread's latest comment or event
 * @param trackedAnchor where to look for the thread's text now: the latest of the reference anchor and the move
 *                      events written after it, each of which must name the event before it as its target
 * @param history       for each edited comment id, its wordings oldest first: the comment as first written,
 *                      then each edit in creation order; comments never edited are absent
 * @param earlierAnchors the reference anchors that reattach events replaced, oldest first: the first comment's,
 *                      then each earlier reattach's; empty when the thread was never reattached
 * @param trackedEventId id of the first comment, reattach or move event whose anchor is {@code trackedAnchor};
 *                      a new move event names it as its target
 * @param latestFileId  id of the thread's file that sorts last, whose name a new file's name must sort after
 */
public record CommentThread(String id, String sectionId, Anchor anchor, List<Comment> comments, boolean resolved,
                            Instant updated, Anchor trackedAnchor, Map<String, List<Comment>> history,
                            List<Anchor> earlierAnchors, String trackedEventId,
                            String latestFileId) {

    public CommentThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(updated, "updated");
        comments = List.copyOf(comments);
        trackedAnchor = trackedAnchor == null ? anchor : trackedAnchor;
        history = history == null ? Map.of() : Map.copyOf(history);
        earlierAnchors = earlierAnchors == null ? List.of() : List.copyOf(earlierAnchors);
        if (comments.isEmpty()) {
            throw new IllegalArgumentException("A thread needs at least its first comment");
        }
        trackedEventId = trackedEventId == null ? comments.get(0).id() : trackedEventId;
        latestFileId = latestFileId == null ? comments.get(comments.size() - 1).id() : latestFileId;
    }

    /** Creates a thread whose tracked anchor comes from its first comment or from an unnamed event. */
    public CommentThread(String id, String sectionId, Anchor anchor, List<Comment> comments, boolean resolved,
                         Instant updated, Anchor trackedAnchor, Map<String, List<Comment>> history,
                         List<Anchor> earlierAnchors) {
        this(id, sectionId, anchor, comments, resolved, updated, trackedAnchor, history, earlierAnchors, null,
                null);
    }

    /** Creates a thread that was never reattached. */
    public CommentThread(String id, String sectionId, Anchor anchor, List<Comment> comments, boolean resolved,
                         Instant updated, Anchor trackedAnchor, Map<String, List<Comment>> history) {
        this(id, sectionId, anchor, comments, resolved, updated, trackedAnchor, history, List.of());
    }

    /** Creates a thread that was never edited, moved or reattached. */
    public CommentThread(String id, String sectionId, Anchor anchor, List<Comment> comments, boolean resolved,
                         Instant updated) {
        this(id, sectionId, anchor, comments, resolved, updated, anchor, Map.of(), List.of());
    }

    /** Returns the time part of {@link #latestFileId}, after which a new file's name must sort. */
    public Instant latestFileTime() {
        return CommentFiles.timeOf(latestFileId);
    }

    /** Returns the comment that started the thread and carries its anchor. */
    public Comment first() {
        return comments.get(0);
    }

    /** Returns the comments after the first one. */
    public List<Comment> replies() {
        return comments.subList(1, comments.size());
    }

    /** Returns the wordings of a comment oldest first, or only the comment itself when it was never edited. */
    public List<Comment> wordings(String commentId) {
        List<Comment> versions = history.get(commentId);
        if (versions != null) {
            return versions;
        }
        return comments.stream().filter(comment -> comment.id().equals(commentId)).toList();
    }

    /** Returns whether the comment's author changed its wording after writing it. */
    public boolean edited(String commentId) {
        return history.containsKey(commentId);
    }
}
