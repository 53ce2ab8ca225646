package org.charta.core.comment;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The threads of a section or of the whole charter as a report for a meeting: Markdown for reading, CSV (one row
 * per comment, written with Apache Commons CSV) for a spreadsheet.
 */
public final class ThreadExport {

    private ThreadExport() {
    }

    /**
     * Writes a Markdown report: per section, each thread with its place, state, quote and comments.
     *
     * @param sectionTitle the title of a section by id
     * @param locale       language of the report's own words (headings, states)
     */
    public static String markdown(List<LocatedThread> threads, Function<String, String> sectionTitle, Locale locale) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }

    /**
     * Writes CSV with a header row, one row per comment: thread id, section, paragraph, state, resolved, quote,
     * comment id, author, e-mail, created (ISO-8601 UTC), text, edited.
     */
    public static String csv(List<LocatedThread> threads, Function<String, String> sectionTitle) {
        throw new UnsupportedOperationException("TODO: contract stub, implemented by the core-model helper");
    }
}
