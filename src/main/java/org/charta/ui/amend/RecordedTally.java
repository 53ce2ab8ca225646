package org.charta.ui.amend;

import org.charta.core.amend.VoteResult;

import java.util.Locale;
import java.util.Map;

/**
 * The counts of a closed vote as the record file stores them ({@code Tally.toRecord()}), read leniently: a missing
 * or malformed count reads as 0, because an older or newer record must still show in the list.
 */
record RecordedTally(int forVotes, int against, int abstain, int block, VoteResult result) {

    /** Reads the tally of a record, or returns null when the record has none. */
    static RecordedTally of(Map<String, Object> tally) {
        if (tally == null || tally.isEmpty()) {
            return null;
        }
        return new RecordedTally(count(tally, "for"), count(tally, "against"), count(tally, "abstain"),
                count(tally, "block"), result(tally.get("result")));
    }

    private static int count(Map<String, Object> tally, String key) {
        Object value = tally.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String string) {
            try {
                return Integer.parseInt(string.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static VoteResult result(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return VoteResult.valueOf(value.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
