package org.charta.core.comment;

import org.charta.core.governance.Member;

import java.util.List;

/**
 * Finds mentions of members in a comment: {@code @} followed by a member's name as the manifest spells it
 * (letter case and accents as written, spaces allowed) or by their e-mail address. The longest name wins, so
 * "@Ana María" is Ana María and not Ana.
 */
public final class Mentions {

    /**
     * One mention in a comment's text.
     *
     * @param start  offset of the {@code @}
     * @param end    offset just after the name or address
     * @param member the member mentioned
     */
    public record Mention(int start, int end, Member member) {
    }

    private Mentions() {
    }

    /** Returns the mentions of members in the text, in text order. */
    public static List<Mention> find(String text, List<Member> members) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }

    /** Tells whether any comment of the thread, in its latest wording, mentions the member with this e-mail. */
    public static boolean mentions(CommentThread thread, String email, List<Member> members) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }
}
