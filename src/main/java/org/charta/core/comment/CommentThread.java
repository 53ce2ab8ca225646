package org.charta.core.comment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A discussion attached to one place of a section, as assembled from its comment files.
 *
 * @param id        eight lowercase hex digits, the name of the thread's folder
 * @param sectionId id of the section the anchor points into
 * @param anchor    where the thread points, from its first comment
 * @param comments  the comments (never resolve or reopen events): the first comment, then replies in
 *                  creation order
 * @param resolved  whether the latest resolve or reopen event was a resolve
 * @param updated   creation time of the thread's latest comment or event
 */
public record CommentThread(String id, String sectionId, Anchor anchor, List<Comment> comments, boolean resolved,
                            Instant updated) {

    public CommentThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(updated, "updated");
        comments = List.copyOf(comments);
        if (comments.isEmpty()) {
            throw new IllegalArgumentException("A thread needs at least its first comment");
        }
    }

    /** Returns the comment that started the thread and carries its anchor. */
    public Comment first() {
        return comments.get(0);
    }

    /** Returns the comments after the first one. */
    public List<Comment> replies() {
        return comments.subList(1, comments.size());
    }
}
