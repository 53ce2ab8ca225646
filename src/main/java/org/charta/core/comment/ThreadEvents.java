package org.charta.core.comment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a thread from its comment files, read in file name order, which is creation order.
 *
 * <p>Comments are listed with their latest valid wording. An edit counts only when it names a comment of the
 * thread and was written by the same e-mail address as that comment, ignoring letter case. Any file in a
 * shared repository can be written by anyone, so an edit that fails this check is ignored rather than trusted.
 * The latest reattach event sets the reference anchor, and the move events after it set the tracked anchor. A
 * move applies only when its target is the event whose anchor the thread tracks at that point, so a move computed
 * offline from an anchor that a reattach has since replaced does not undo the reattach. Events that cannot apply
 * are ignored with a warning.
 */
final class ThreadEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadEvents.class);

    /**
     * Ignored events already logged as warnings. Threads are read from disk on every call, so without this set
     * each refresh of the window would log the same warning again.
     */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** Bound of {@link #WARNED}, so that a long session does not keep every id it ever warned about. */
    private static final int MAX_WARNED = 10_000;

    private static final String IGNORED = "Ignored the {} event {} of thread {} ({}): {}";

    private final String threadId;
    private final Comment first;
    private final Object where;
    private final List<Comment> comments = new ArrayList<>();
    private final Map<String, List<Comment>> history = new LinkedHashMap<>();
    private final List<Anchor> earlierAnchors = new ArrayList<>();
    private boolean resolved;
    private Instant updated;
    private Anchor reference;
    private Anchor tracked;
    private String trackedEventId;

    private ThreadEvents(String threadId, Comment first, Object where) {
        this.threadId = threadId;
        this.first = first;
        this.where = where;
        this.updated = first.created();
        this.reference = first.anchor();
        this.tracked = first.anchor();
        this.trackedEventId = first.id();
    }

    /**
     * Assembles the thread. The anchored first comment is listed first even when a reply sorts before it,
     * because a clock running behind can date a reply before the comment it replies to.
     *
     * @param first  the first comment with an anchor among {@code events}
     * @param events every readable file of the thread, in file name order
     * @param where  the folder or tree path of the thread, for the log
     */
    static CommentThread assemble(String threadId, Comment first, List<Comment> events, Object where) {
        ThreadEvents thread = new ThreadEvents(threadId, first, where);
        thread.collectComments(events);
        for (Comment event : events) {
            thread.apply(event);
        }
        String latestFileId = events.isEmpty() ? null : events.get(events.size() - 1).id();
        return thread.build(latestFileId);
    }

    private void collectComments(List<Comment> events) {
        comments.add(first);
        for (Comment event : events) {
            if (event.kind() == Comment.Kind.COMMENT && event != first) {
                comments.add(event);
            }
        }
    }

    private void apply(Comment event) {
        boolean counted = switch (event.kind()) {
            case COMMENT -> true;
            case RESOLVE, REOPEN -> {
                resolved = event.kind() == Comment.Kind.RESOLVE;
                yield true;
            }
            case EDIT -> applyEdit(event);
            case REATTACH -> applyReattach(event);
            case MOVE -> applyMove(event);
        };
        if (counted && event.created().isAfter(updated)) {
            updated = event.created();
        }
    }

    private boolean applyEdit(Comment edit) {
        int index = indexOf(edit.target());
        if (index < 0) {
            warnOnce(edit, "it names no comment of the thread");
            return false;
        }
        Comment target = comments.get(index);
        if (!sameAddress(edit.authorEmail(), target.authorEmail())) {
            warnOnce(edit, "its author has another e-mail address than the author of comment " + target.id());
            return false;
        }
        if (edit.text().isBlank()) {
            warnOnce(edit, "its text is empty");
            return false;
        }

        history.computeIfAbsent(target.id(), id -> new ArrayList<>(List.of(originalOf(id)))).add(edit);
        comments.set(index, target.withText(edit.text()));
        return true;
    }

    private boolean applyReattach(Comment event) {
        if (!hasTextAnchor(event)) {
            warnOnce(event, "it has no anchor in a section");
            return false;
        }
        earlierAnchors.add(reference);
        reference = event.anchor();
        tracked = event.anchor();
        trackedEventId = event.id();
        return true;
    }

    private boolean applyMove(Comment event) {
        if (!hasTextAnchor(event)) {
            warnOnce(event, "it has no anchor in a section");
            return false;
        }
        // NOTE: moves written before moves named their target have none, and apply as they always did.
        if (event.target() != null && !event.target().equals(trackedEventId)) {
            warnOnce(event, "it followed event " + event.target() + ", but the thread now tracks event "
                    + trackedEventId);
            return false;
        }
        tracked = event.anchor();
        trackedEventId = event.id();
        return true;
    }

    private CommentThread build(String latestFileId) {
        return new CommentThread(threadId, tracked.sectionId(), reference, comments, resolved, updated, tracked,
                history, earlierAnchors, trackedEventId, latestFileId);
    }

    private int indexOf(String commentId) {
        if (commentId == null) {
            return -1;
        }
        for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i).id().equals(commentId)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the comment as its author first wrote it, before any edit replaced its text in the list. */
    private Comment originalOf(String commentId) {
        return comments.get(indexOf(commentId));
    }

    private static String kindName(Comment event) {
        return event.kind().name().toLowerCase(Locale.ROOT);
    }

    private static boolean hasTextAnchor(Comment event) {
        return event.anchor() != null && !event.anchor().isAmendment();
    }

    static boolean sameAddress(String email, String otherEmail) {
        return email.strip().toLowerCase(Locale.ROOT).equals(otherEmail.strip().toLowerCase(Locale.ROOT));
    }

    private void warnOnce(Comment event, String reason) {
        String key = threadId + "/" + event.id();
        if (WARNED.size() >= MAX_WARNED) {
            WARNED.clear();
        }
        if (WARNED.add(key)) {
            LOG.warn(IGNORED, kindName(event), event.id(), threadId, where, reason);
        } else {
            LOG.debug(IGNORED, kindName(event), event.id(), threadId, where, reason);
        }
    }
}
