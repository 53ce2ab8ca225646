package org.charta.core.diff;

import org.charta.core.i18n.Messages;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The labels of comparison rows, such as {@code Membership ¶3 (was ¶2)}, in the reader's language. A heading row
 * has no number, so it is labelled as the section's heading.
 */
final class DiffLabels {

    private final Locale locale;
    private final Function<String, String> titles;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    /**
     * @param locale the reader's locale
     * @param titles the title of a section by id, for the other end of a move
     */
    DiffLabels(Locale locale, Function<String, String> titles) {
        this.locale = locale;
        this.titles = titles;
    }

    /** Returns the label of a row of the section with the given title. */
    String label(String sectionTitle, ParagraphChange change) {
        String title = sectionTitle == null ? "" : sectionTitle;
        return switch (change.kind()) {
            case UNCHANGED, CHANGED -> numbered(title, change);
            case INSERTED -> text("diff.label.inserted", title, place(change.newNumber()));
            case DELETED -> text("diff.label.deleted", title, place(change.oldNumber()));
            case MOVED_HERE -> text("diff.label.movedHere", title, place(change.newNumber()),
                    titles.apply(change.otherSection()), place(change.otherNumber()));
            case MOVED_AWAY -> text("diff.label.movedAway", title, place(change.oldNumber()),
                    titles.apply(change.otherSection()), place(change.otherNumber()));
        };
    }

    /** Returns the label of a row that is in both versions: both numbers when they differ. */
    private String numbered(String title, ParagraphChange change) {
        if (change.oldNumber().equals(change.newNumber())) {
            return text("diff.label.paragraph", title, place(change.newNumber()));
        }
        return text("diff.label.renumbered", title, place(change.newNumber()), place(change.oldNumber()));
    }

    /** Returns the note on a row whose only change is whitespace or line wrapping. */
    String layoutOnly() {
        return text("diff.label.layoutOnly");
    }

    /** Formats a message of the bundle in the reader's locale; each pattern is parsed once per instance. */
    String text(String key, Object... arguments) {
        return formats.computeIfAbsent(key, this::format).format(arguments);
    }

    private MessageFormat format(String key) {
        Locale formatLocale = Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale;
        return new MessageFormat(Messages.get(locale, key), formatLocale);
    }

    private String place(Integer number) {
        if (number == null || number == 0) {
            return text("diff.place.heading");
        }
        // A string, not a number: MessageFormat would group the digits of paragraph 1000 as 1,000.
        return text("diff.place.paragraph", String.valueOf(number));
    }
}
