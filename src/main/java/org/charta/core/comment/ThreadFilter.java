package org.charta.core.comment;

import org.charta.core.Identity;
import org.charta.core.governance.Member;

import java.util.List;

/** The filters of the thread list, in the window and in {@code charta comment list}. */
public enum ThreadFilter {
    OPEN,
    RESOLVED,
    /** Threads the person started or commented in, by e-mail address. */
    MINE,
    /** Threads with a comment that mentions the person (see {@link Mentions}). */
    MENTIONING_ME,
    TEXT_CHANGED,
    ORPHANED;

    /**
     * Tells whether a located thread passes this filter.
     *
     * @param me      the person using Charta, or null when unknown (then MINE and MENTIONING_ME pass nothing)
     * @param members the members from the main text's manifest, for mentions
     */
    public boolean test(LocatedThread thread, Identity me, List<Member> members) {
        return switch (this) {
            case OPEN -> !thread.thread().resolved();
            case RESOLVED -> thread.thread().resolved();
            case MINE -> me != null && tookPart(thread.thread(), me.email());
            case MENTIONING_ME -> me != null
                    && Mentions.mentions(thread.thread(), me.email(), members == null ? List.of() : members);
            case TEXT_CHANGED -> thread.state() == AnchorState.TEXT_CHANGED;
            case ORPHANED -> thread.state() == AnchorState.ORPHANED;
        };
    }

    /** Tells whether the person wrote any comment of the thread, comparing e-mail addresses ignoring case. */
    private static boolean tookPart(CommentThread thread, String email) {
        return thread.comments().stream().anyMatch(comment -> ThreadEvents.sameAddress(comment.authorEmail(), email));
    }
}
