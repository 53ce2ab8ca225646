package org.charta.core.comment;

import org.charta.core.governance.Member;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds mentions of members in a comment: {@code @} followed by a member's name as the manifest spells it
 * (letter case and accents as written, spaces allowed) or by their e-mail address. The longest name wins, so
 * "@Ana María" is Ana María and not Ana.
 *
 * <p>Names and addresses are compared ignoring letter case, both in Unicode NFC. A mention must end at a word
 * boundary, so "@Ana" in "@Anabel" is not Ana. It must also start one: the {@code @} inside an e-mail address
 * written in the text is not a mention.
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

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Mentions() {
    }

    /**
     * Returns the mentions of members in the text, in text order. The offsets are those of the text in NFC, which
     * is the text itself for every comment Charta stored, because it stores comments in NFC.
     */
    public static List<Mention> find(String text, List<Member> members) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Candidate> candidates = candidates(members);
        List<Mention> mentions = new ArrayList<>();
        int at = normalized.indexOf('@');
        while (at >= 0) {
            Mention mention = startsWordAt(normalized, at) ? longestAt(normalized, at, candidates) : null;
            int next = mention == null ? at + 1 : mention.end();
            if (mention != null) {
                mentions.add(mention);
            }
            at = normalized.indexOf('@', next);
        }
        return List.copyOf(mentions);
    }

    /** Tells whether any comment of the thread, in its latest wording, mentions the member with this e-mail. */
    public static boolean mentions(CommentThread thread, String email, List<Member> members) {
        if (email == null || email.isBlank()) {
            return false;
        }
        for (Comment comment : thread.comments()) {
            for (Mention mention : find(comment.text(), members)) {
                if (ThreadEvents.sameAddress(mention.member().email(), email)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name or address that a mention may spell, in NFC. */
    private record Candidate(String spelling, Member member) {
    }

    private static List<Candidate> candidates(List<Member> members) {
        List<Candidate> candidates = new ArrayList<>();
        for (Member member : members) {
            String name = Normalizer.normalize(member.name().strip(), Normalizer.Form.NFC);
            if (!name.isEmpty()) {
                candidates.add(new Candidate(name, member));
            }
            String email = Normalizer.normalize(member.email().strip(), Normalizer.Form.NFC);
            if (!email.isEmpty()) {
                candidates.add(new Candidate(email, member));
            }
        }
        return candidates;
    }

    /** Returns the longest candidate spelled right after the {@code @} and ending at a word boundary. */
    private static Mention longestAt(String text, int at, List<Candidate> candidates) {
        int nameStart = at + 1;
        Candidate best = null;
        for (Candidate candidate : candidates) {
            String spelling = candidate.spelling();
            boolean spelled = text.regionMatches(true, nameStart, spelling, 0, spelling.length());
            boolean longer = best == null || spelling.length() > best.spelling().length();
            if (spelled && longer && endsWord(text, nameStart + spelling.length())) {
                best = candidate;
            }
        }
        return best == null ? null : new Mention(at, nameStart + best.spelling().length(), best.member());
    }

    /**
     * Tells whether the {@code @} starts a word. A letter, digit or mark before it makes it part of a word, such as
     * an e-mail address.
     */
    private static boolean startsWordAt(String text, int at) {
        return at == 0 || !isWordCharacter(text.codePointBefore(at));
    }

    /**
     * Tells whether a name ending at {@code end} ends a word. A letter, digit or combining mark after it
     * continues the word, and so do a dot, hyphen or {@code @} directly followed by one, as in "Jean-Pierre"
     * after "Jean" or "ana@example.org.uk" after "ana@example.org". A sentence's full stop ends it.
     */
    private static boolean endsWord(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        int next = text.codePointAt(end);
        if (isWordCharacter(next)) {
            return false;
        }
        boolean joiner = next == '.' || next == '-' || next == '@';
        int afterJoiner = end + Character.charCount(next);
        return !(joiner && afterJoiner < text.length() && isWordCharacter(text.codePointAt(afterJoiner)));
    }

    /** Letters, digits, the underscore, combining marks, and the zero-width (non-)joiners of Arabic script. */
    private static boolean isWordCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || codePoint == '_' || codePoint == ZERO_WIDTH_NON_JOINER
                || codePoint == ZERO_WIDTH_JOINER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Returns whether two e-mail addresses name the same person, ignoring case and surrounding spaces, as the
     * store does when it checks who may edit a comment.
     */
    public static boolean sameAddress(String email, String otherEmail) {
        return ThreadEvents.sameAddress(email, otherEmail);
    }
}
