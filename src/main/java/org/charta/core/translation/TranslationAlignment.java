package org.charta.core.translation;

import org.charta.core.diff.Comparisons;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.WordDiff;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the state of each paragraph of a translation from its alignment records and the current texts.
 *
 * <p>For each pair of each record, in id order, the translation paragraph is followed from the record's
 * translation snapshot to the current translation, and the source paragraph from the record's source snapshot to
 * the current source, with the diff package's paragraph pairing (unchanged, changed, moved, deleted). A later
 * record overrides an earlier one for the same current translation paragraph. Only the source side decides the
 * state: a translator's own edits never make a paragraph outdated.
 */
final class TranslationAlignment {

    /**
     * Last alignment of a current translation paragraph: its source paragraphs (one, or several consecutive ones
     * that it translates together) followed to the current source.
     */
    private record Alignment(List<AlignedSource> sources, TranslationEvent event) {

        /** Returns the current positions of the source paragraphs that still exist, in order. */
        List<Integer> positions() {
            return sources.stream().map(AlignedSource::position).filter(java.util.Objects::nonNull).sorted()
                    .toList();
        }

        /** Returns the aligned texts of the source paragraphs joined as one text. */
        String alignedText() {
            return String.join(GROUP_SEPARATOR, sources.stream().map(AlignedSource::text).toList());
        }
    }

    /** One source paragraph of an alignment: its text then, and its current position (null when deleted). */
    private record AlignedSource(String text, Integer position, boolean layoutOnly) {
    }

    /** Joins the texts of several source paragraphs that one translation paragraph follows. */
    static final String GROUP_SEPARATOR = "\n\n";

    /** Current place of a snapshot paragraph: its 1-based position, and whether it changed in layout only. */
    private record Followed(int position, boolean layoutOnly) {
    }

    private final List<String> source;
    private final List<String> translation;
    private final List<Integer> sourceNumbers;
    private final List<Integer> translationNumbers;
    private final List<String> sourceAddresses;
    private final List<String> translationAddresses;
    private final Map<List<String>, Map<Integer, Followed>> sourceFollowed = new HashMap<>();
    private final Map<List<String>, Map<Integer, Followed>> translationFollowed = new HashMap<>();

    private TranslationAlignment(String sourceText, String translationText) {
        this.source = Comparisons.paragraphTexts(sourceText);
        this.translation = Comparisons.paragraphTexts(translationText);
        this.sourceNumbers = gutterNumbers(sourceText);
        this.translationNumbers = gutterNumbers(translationText);
        this.sourceAddresses = addresses(sourceText);
        this.translationAddresses = addresses(translationText);
    }

    /**
     * A row with the 1-based positions of its paragraphs in the current texts' paragraph lists (headings
     * included), which records use and gutter numbers cannot give for a second heading. A translation paragraph
     * that follows several source paragraphs has several source positions.
     */
    record Placed(AlignedRow row, Integer translationPosition, List<Integer> sourcePositions) {

        Placed {
            sourcePositions = sourcePositions == null ? List.of() : List.copyOf(sourcePositions);
        }

        /** Returns the first source position, or null when the row has none. */
        Integer sourcePosition() {
            return sourcePositions.isEmpty() ? null : sourcePositions.get(0);
        }
    }

    /** Computes the side-by-side rows of a translation; see {@link AlignedRow} for their order. */
    static List<AlignedRow> rows(String sourceText, String translationText, List<TranslationEvent> events) {
        return placed(sourceText, translationText, events).stream().map(Placed::row).toList();
    }

    /** Computes the rows with the positions of their paragraphs. */
    static List<Placed> placed(String sourceText, String translationText, List<TranslationEvent> events) {
        return new TranslationAlignment(sourceText, translationText).rows(events);
    }

    /** Returns the paragraphs of a text as the records keep them. */
    static List<String> paragraphs(String text) {
        return Comparisons.paragraphTexts(text);
    }

    /**
     * Returns the 1-based position of the paragraph at an address, or -1. An address is a gutter number
     * ({@code 3}; {@code 0} is the first heading) or {@code h} and the heading's count ({@code h2} is the second
     * heading), as {@link AlignedRow#translationAddress()} gives it.
     */
    static int position(String text, String address) {
        String wanted = address == null ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals("0")) {
            wanted = HEADING_PREFIX + 1;
        }
        List<String> addresses = addresses(text);
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).equals(wanted)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Returns the address of each paragraph: its gutter number, or {@code h1}, {@code h2}... for headings. */
    static List<String> addresses(String text) {
        List<Integer> numbers = gutterNumbers(text);
        List<String> addresses = new ArrayList<>(numbers.size());
        int headings = 0;
        for (int number : numbers) {
            addresses.add(number == 0 ? HEADING_PREFIX + (++headings) : Integer.toString(number));
        }
        return addresses;
    }

    /** Starts the address of a heading, which the gutter numbers 0. */
    static final String HEADING_PREFIX = "h";

    /** Returns the largest gutter number of a text, 0 when it has no numbered paragraph. */
    static int lastNumber(String text) {
        return gutterNumbers(text).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private List<Placed> rows(List<TranslationEvent> events) {
        Map<Integer, Alignment> alignments = align(events);

        // A translation paragraph sits at the first of its current source paragraphs, which covers the others.
        Map<Integer, List<Integer>> bySource = new TreeMap<>();
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        List<Integer> floating = new ArrayList<>();
        for (int position = 1; position <= translation.size(); position++) {
            Alignment alignment = alignments.get(position);
            List<Integer> sourcePositions = alignment == null ? List.of() : alignment.positions();
            if (sourcePositions.isEmpty()) {
                floating.add(position);
            } else {
                bySource.computeIfAbsent(sourcePositions.get(0), key -> new ArrayList<>()).add(position);
                covered.addAll(sourcePositions);
            }
        }

        List<Placed> rows = new ArrayList<>();
        List<Integer> rowTranslation = new ArrayList<>();
        for (int sourcePosition = 1; sourcePosition <= source.size(); sourcePosition++) {
            List<Integer> aligned = bySource.get(sourcePosition);
            if (aligned == null) {
                if (!covered.contains(sourcePosition)) {
                    rows.add(new Placed(missing(sourcePosition), null, List.of(sourcePosition)));
                    rowTranslation.add(null);
                }
                continue;
            }
            for (int position : aligned) {
                Alignment alignment = alignments.get(position);
                rows.add(new Placed(alignedRow(position, alignment), position, alignment.positions()));
                rowTranslation.add(position);
            }
        }
        // A paragraph without a current source sits after the row of the translation paragraph before it.
        for (int position : floating) {
            int index = position == 1 ? 0 : rowTranslation.indexOf(position - 1) + 1;
            rows.add(index, new Placed(alignedRow(position, alignments.get(position)), position, List.of()));
            rowTranslation.add(index, position);
        }
        return List.copyOf(pairGaps(rows));
    }

    /**
     * Shows an unaligned translation paragraph and a missing source paragraph that sit at the same place between
     * aligned neighbours as one UNALIGNED row with the source text beside it, the i-th unaligned one of a gap
     * with its i-th missing one. A copied translation, whose paragraphs have no record yet, would otherwise count
     * every paragraph twice. The row keeps no source position, so marking it picks the free source paragraph as
     * before.
     */
    private static List<Placed> pairGaps(List<Placed> rows) {
        List<Placed> paired = new ArrayList<>(rows.size());
        int start = 0;
        while (start < rows.size()) {
            if (!isGapRow(rows.get(start))) {
                paired.add(rows.get(start));
                start++;
                continue;
            }
            int end = start;
            while (end < rows.size() && isGapRow(rows.get(end))) {
                end++;
            }
            paired.addAll(pairGap(rows.subList(start, end)));
            start = end;
        }
        return paired;
    }

    private static boolean isGapRow(Placed placed) {
        ParagraphState state = placed.row().state();
        return state == ParagraphState.UNALIGNED || state == ParagraphState.MISSING;
    }

    private static List<Placed> pairGap(List<Placed> gap) {
        List<Placed> unaligned = gap.stream().filter(p -> p.row().state() == ParagraphState.UNALIGNED).toList();
        List<Placed> missing = gap.stream().filter(p -> p.row().state() == ParagraphState.MISSING).toList();
        int pairs = Math.min(unaligned.size(), missing.size());
        List<Placed> rows = new ArrayList<>(gap.size());
        for (int i = 0; i < pairs; i++) {
            AlignedRow translated = unaligned.get(i).row();
            AlignedRow source = missing.get(i).row();
            AlignedRow both = new AlignedRow(ParagraphState.UNALIGNED, source.sourceNumber(), source.sourceText(),
                    translated.translationNumber(), translated.translationText(), null, List.of(), null, null, null,
                    source.sourceNumbers(), source.sourceTexts(), source.sourceAddresses(),
                    translated.translationAddress());
            rows.add(new Placed(both, unaligned.get(i).translationPosition(), List.of()));
        }
        rows.addAll(unaligned.subList(pairs, unaligned.size()));
        rows.addAll(missing.subList(pairs, missing.size()));
        return rows;
    }

    private Map<Integer, Alignment> align(List<TranslationEvent> events) {
        Map<Integer, Alignment> alignments = new HashMap<>();
        for (TranslationEvent event : events) {
            if (event.pairs().isEmpty()) {
                continue;
            }
            Map<Integer, Followed> translationNow = translationFollowed.computeIfAbsent(
                    event.translationParagraphs(), snapshot -> follow(snapshot, translation));
            Map<Integer, Followed> sourceNow = sourceFollowed.computeIfAbsent(
                    event.sourceParagraphs(), snapshot -> follow(snapshot, source));

            // Pairs that share a translation paragraph make one alignment with several source paragraphs.
            Map<Integer, List<AlignedSource>> bySnapshot = new TreeMap<>();
            for (TranslationEvent.Pair pair : event.pairs()) {
                Followed translated = translationNow.get(pair.translation());
                if (translated == null || pair.source() < 1 || pair.source() > event.sourceParagraphs().size()) {
                    continue;
                }
                Followed followedSource = sourceNow.get(pair.source());
                List<AlignedSource> sources = bySnapshot.computeIfAbsent(translated.position(),
                        key -> new ArrayList<>());
                AlignedSource aligned = new AlignedSource(event.sourceParagraphs().get(pair.source() - 1),
                        followedSource == null ? null : followedSource.position(),
                        followedSource != null && followedSource.layoutOnly());
                if (!sources.contains(aligned)) {
                    sources.add(aligned);
                }
            }
            bySnapshot.forEach((position, sources) -> alignments.put(position, new Alignment(sources, event)));
        }
        return alignments;
    }

    /** Maps each 1-based position of a snapshot to where its paragraph is in the current list, if anywhere. */
    private static Map<Integer, Followed> follow(List<String> snapshot, List<String> current) {
        Map<Integer, Followed> followed = new HashMap<>();
        for (ParagraphChange change : Comparisons.paragraphs(snapshot, current)) {
            switch (change.kind()) {
                case UNCHANGED, CHANGED -> followed.put(change.oldNumber(),
                        new Followed(change.newNumber(), change.layoutOnly()));
                case MOVED_HERE -> followed.put(change.otherNumber(),
                        new Followed(change.newNumber(), change.layoutOnly()));
                default -> {
                    // Deleted or moved away: a MOVED_HERE row gives the new place of a moved paragraph.
                }
            }
        }
        return followed;
    }

    private AlignedRow alignedRow(int position, Alignment alignment) {
        Integer number = translationNumbers.get(position - 1);
        String address = translationAddresses.get(position - 1);
        String text = translation.get(position - 1);
        if (alignment == null) {
            return new AlignedRow(ParagraphState.UNALIGNED, null, null, number, text, null, List.of(), null, null,
                    null, List.of(), List.of(), List.of(), address);
        }
        TranslationEvent event = alignment.event();
        String by = event.author() == null ? null : event.author().name();
        List<Integer> positions = alignment.positions();
        if (positions.isEmpty()) {
            return new AlignedRow(ParagraphState.SOURCE_REMOVED, null, null, number, text, alignment.alignedText(),
                    List.of(), event.sourceRevision(), event.created(), by, List.of(), List.of(), List.of(), address);
        }

        // Current when every source paragraph is still there, unchanged or changed in layout only.
        boolean current = alignment.sources().stream().allMatch(aligned -> aligned.position() != null
                && (aligned.layoutOnly() || source.get(aligned.position() - 1).equals(aligned.text())));
        List<String> texts = positions.stream().map(sourcePosition -> source.get(sourcePosition - 1)).toList();
        String sourceText = String.join(GROUP_SEPARATOR, texts);
        String alignedText = alignment.alignedText();
        List<DiffSegment> change = current ? List.of() : WordDiff.diff(alignedText, sourceText);
        return new AlignedRow(current ? ParagraphState.CURRENT : ParagraphState.OUTDATED,
                sourceNumbers.get(positions.get(0) - 1), sourceText, number, text, alignedText, change,
                event.sourceRevision(), event.created(), by,
                positions.stream().map(sourcePosition -> sourceNumbers.get(sourcePosition - 1)).toList(), texts,
                positions.stream().map(sourcePosition -> sourceAddresses.get(sourcePosition - 1)).toList(), address);
    }

    private AlignedRow missing(int sourcePosition) {
        String text = source.get(sourcePosition - 1);
        Integer number = sourceNumbers.get(sourcePosition - 1);
        return new AlignedRow(ParagraphState.MISSING, number, text, null, null, null, List.of(), null, null, null,
                List.of(number), List.of(text), List.of(sourceAddresses.get(sourcePosition - 1)), null);
    }

    /** Returns the gutter number of each paragraph, in the order of {@link Comparisons#paragraphTexts}. */
    private static List<Integer> gutterNumbers(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return MarkdownBlocks.blocks(lf).stream().map(Block::number).toList();
    }
}
