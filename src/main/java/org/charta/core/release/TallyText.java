package org.charta.core.release;

import org.charta.core.i18n.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes the tally that an amendment record keeps as one line of release notes, such as
 * {@code adopted; 5 for, 1 against, 0 abstaining}.
 *
 * <p>NOTE: the tally map is written by the vote code ({@code Tally.toRecord}). This reads the counts under the
 * keys {@code for}, {@code against}, {@code abstain} and {@code block} (or {@code forVotes}, {@code abstentions},
 * {@code blocks}) and the outcome under {@code result}; a map without counts is written as its plain values.
 */
final class TallyText {

    private TallyText() {
    }

    static String of(Map<String, Object> tally, Locale locale) {
        if (tally == null || tally.isEmpty()) {
            return Messages.format(locale, "release.notes.noTally");
        }
        Number forVotes = number(tally, "for", "forVotes");
        Number against = number(tally, "against", "againstVotes");
        if (forVotes == null && against == null) {
            return plainValues(tally);
        }
        String result = result(tally.get("result"), locale);
        int abstain = intValue(number(tally, "abstain", "abstentions"));
        int block = intValue(number(tally, "block", "blocks"));
        if (block > 0) {
            return Messages.format(locale, "release.notes.tallyBlock", result, intValue(forVotes), intValue(against),
                    abstain, block);
        }
        return Messages.format(locale, "release.notes.tally", result, intValue(forVotes), intValue(against), abstain);
    }

    private static String result(Object value, Locale locale) {
        if (value == null) {
            return Messages.format(locale, "release.notes.result.unknown");
        }
        String key = "release.notes.result." + value.toString().toLowerCase(Locale.ROOT);
        String text = Messages.get(locale, key);
        return text.equals("[" + key + "]") ? value.toString() : Messages.format(locale, key);
    }

    private static Number number(Map<String, Object> tally, String key, String alternative) {
        Object value = tally.containsKey(key) ? tally.get(key) : tally.get(alternative);
        return value instanceof Number number ? number : null;
    }

    private static int intValue(Number number) {
        return number == null ? 0 : number.intValue();
    }

    private static String plainValues(Map<String, Object> tally) {
        StringJoiner values = new StringJoiner(", ");
        tally.forEach((key, value) -> {
            if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                values.add(key + " " + value);
            }
        });
        return values.toString();
    }
}
