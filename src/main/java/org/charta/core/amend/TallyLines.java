package org.charta.core.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the tally that closing a vote stored in an amendment record as the plain English lines of a merge commit
 * message. The shared history is read by every co-author, whatever their language, so it stays English like Git's
 * own messages.
 *
 * <p>The map is what {@link Tally#toRecord()} gives. Keys this class does not find are left out of the lines, so a
 * record written by another version of Charta still gives a message.
 */
public final class TallyLines {

    private TallyLines() {
    }

    /**
     * Returns the summary line, such as {@code Tally: adopted; for 3, against 1, abstain 0, block 0; 4 of 5 members
     * voted; simple majority}, then one line per vote file, such as {@code - Alice <alice@example.org>: for}; an
     * empty list when there is no tally.
     */
    public static List<String> of(Map<String, Object> tally) {
        List<String> lines = new ArrayList<>();
        if (tally == null || tally.isEmpty()) {
            return lines;
        }
        lines.add(summary(tally));
        Object votes = first(tally, "lines", "votes");
        if (votes instanceof List<?> list) {
            for (Object vote : list) {
                if (vote instanceof Map<?, ?> map) {
                    lines.add(voteLine(map));
                }
            }
        }
        return lines;
    }

    /** Returns the summary line alone. */
    public static String summary(Map<String, Object> tally) {
        StringBuilder line = new StringBuilder("Tally: ");
        line.append(lower(first(tally, "result"), "closed"));
        line.append("; for ").append(number(first(tally, "for", "forVotes")))
                .append(", against ").append(number(first(tally, "against")))
                .append(", abstain ").append(number(first(tally, "abstain")))
                .append(", block ").append(number(first(tally, "block")));
        Object members = first(tally, "members");
        if (members instanceof Number memberCount) {
            line.append("; ").append(validVotes(tally)).append(" of ").append(memberCount.intValue())
                    .append(" members voted");
        }
        Object majority = first(tally, "majority");
        if (majority != null) {
            line.append("; ").append(lower(majority, "").replace('_', ' ')).append(" majority");
        }
        return line.toString();
    }

    private static String voteLine(Map<?, ?> vote) {
        String name = String.valueOf(vote.get("name"));
        Object email = vote.get("email");
        Object voter = vote.get("voter");
        if (voter instanceof Map<?, ?> person) {
            name = String.valueOf(person.get("name"));
            email = person.get("email");
        }
        StringBuilder line = new StringBuilder("- ").append(name);
        if (email != null) {
            line.append(" <").append(email).append('>');
        }
        line.append(": ").append(lower(vote.get("choice"), "unreadable"));
        Object invalid = vote.get("invalid");
        if (invalid != null) {
            line.append(" (not counted: ").append(lower(invalid, "").replace('_', ' ')).append(')');
        }
        return line.toString();
    }

    private static int validVotes(Map<String, Object> tally) {
        int total = 0;
        for (String key : new String[] {"for", "forVotes", "against", "abstain", "block"}) {
            if (tally.get(key) instanceof Number count) {
                total += count.intValue();
            }
        }
        return total;
    }

    private static Object first(Map<String, Object> tally, String... keys) {
        for (String key : keys) {
            if (tally.get(key) != null) {
                return tally.get(key);
            }
        }
        return null;
    }

    private static String number(Object value) {
        return value instanceof Number count ? String.valueOf(count.intValue()) : "0";
    }

    private static String lower(Object value, String fallback) {
        return value == null ? fallback : value.toString().toLowerCase(Locale.ROOT);
    }
}
