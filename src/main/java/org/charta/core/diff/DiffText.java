package org.charta.core.diff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Renders comparisons as plain text for the command line. Each changed section gets a header line, then one line
 * per changed row: its label, then the paragraph with deleted words as {@code [-words-]} and inserted words as
 * {@code {+words+}}, as {@code git diff --word-diff=plain} prints them. Unchanged rows and sections are left out;
 * layout-only rows too unless asked for.
 */
public final class DiffText {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String CYAN = "\u001B[36m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[m";
    private static final String INDENT = "    ";

    /**
     * How to render.
     *
     * @param locale         the reader's locale, for labels
     * @param colour         whether to add ANSI colours: deletions red, insertions green, labels cyan
     * @param showLayoutOnly whether to show rows whose only change is whitespace or line wrapping
     * @param escape         applied to every text that comes from the repository (titles, ids, paragraphs) before
     *                       it is written, such as an escape of terminal control characters
     */
    public record Options(Locale locale, boolean colour, boolean showLayoutOnly, UnaryOperator<String> escape) {

        public Options {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(escape, "escape");
        }

        /** Plain text in the locale, without colours or escapes, layout-only rows hidden. */
        public static Options plain(Locale locale) {
            return new Options(locale, false, false, UnaryOperator.identity());
        }
    }

    private final Options options;
    private final DiffLabels labels;
    private final StringBuilder out = new StringBuilder();

    private DiffText(Options options, Function<String, String> titles) {
        this.options = options;
        this.labels = new DiffLabels(options.locale(), titles);
    }

    /** Renders a charter-wide comparison: a summary line, then every section that changed. */
    public static String render(CharterComparison comparison, Options options) {
        DiffText text = new DiffText(options, comparison::titleOf);
        text.summary(comparison);
        for (SectionComparison section : comparison.sections()) {
            if (section.status() != SectionComparison.Status.UNCHANGED || section.movedInOrder()) {
                text.section(section);
            }
        }
        return text.out.toString();
    }

    /** Renders one section's comparison: its header and its changed rows. */
    public static String render(SectionComparison section, Options options) {
        DiffText text = new DiffText(options, id -> id.equals(section.sectionId()) ? section.title() : id);
        text.section(section);
        return text.out.toString();
    }

    private void summary(CharterComparison comparison) {
        out.append(labels.text("diff.summary", comparison.count(SectionComparison.Status.CHANGED),
                comparison.count(SectionComparison.Status.ADDED), comparison.count(SectionComparison.Status.DELETED),
                comparison.count(SectionComparison.Status.UNCHANGED))).append('\n');
    }

    private void section(SectionComparison section) {
        StringBuilder header = new StringBuilder(labels.text("diff.section.header", escape(section.title()),
                escape(section.sectionId()), labels.text("diff.status." + section.status().name().toLowerCase(
                        Locale.ROOT))));
        if (section.oldTitle() != null && section.newTitle() != null
                && !section.oldTitle().equals(section.newTitle())) {
            header.append(", ").append(labels.text("diff.section.retitled", escape(section.oldTitle())));
        }
        if (section.movedInOrder()) {
            header.append(", ").append(labels.text("diff.section.movedInOrder"));
        }
        out.append('\n').append(paint(BOLD, "== " + header + " ==")).append('\n');

        for (ParagraphChange change : section.paragraphs()) {
            if (change.isChange() && (options.showLayoutOnly() || !change.layoutOnly())) {
                row(section.title(), change);
            }
        }
    }

    private void row(String sectionTitle, ParagraphChange change) {
        String label = escape(labels.label(sectionTitle, change));
        if (change.layoutOnly()) {
            label = label + " " + labels.layoutOnly();
        }
        if (change.kind() == ParagraphChange.Kind.MOVED_AWAY) {
            // The text is printed where it arrived.
            out.append(paint(CYAN, label)).append('\n');
            return;
        }
        out.append(paint(CYAN, label + ":")).append('\n').append(INDENT);
        segments(change.segments());
        out.append('\n');
    }

    private void segments(List<DiffSegment> segments) {
        for (DiffSegment segment : segments) {
            String text = escape(segment.text()).replace("\n", "\n" + INDENT);
            switch (segment.kind()) {
                case EQUAL -> out.append(text);
                case DELETED -> out.append(paint(RED, "[-" + text + "-]"));
                case INSERTED -> out.append(paint(GREEN, "{+" + text + "+}"));
            }
        }
    }

    private String escape(String text) {
        return options.escape().apply(text);
    }

    private String paint(String colourCode, String text) {
        return options.colour() ? colourCode + text + RESET : text;
    }
}
