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

    /** Last alignment of a current translation paragraph, with its source paragraph followed to the current source. */
    private record Alignment(String alignedSource, Integer sourcePosition, boolean sourceLayoutOnly,
                             TranslationEvent event) {
    }

    /** Current place of a snapshot paragraph: its 1-based position, and whether it changed in layout only. */
    private record Followed(int position, boolean layoutOnly) {
    }

    private final List<String> source;
    private final List<String> translation;
    private final List<Integer> sourceNumbers;
    private final List<Integer> translationNumbers;
    private final Map<List<String>, Map<Integer, Followed>> sourceFollowed = new HashMap<>();
    private final Map<List<String>, Map<Integer, Followed>> translationFollowed = new HashMap<>();

    private TranslationAlignment(String sourceText, String translationText) {
        this.source = Comparisons.paragraphTexts(sourceText);
        this.translation = Comparisons.paragraphTexts(translationText);
        this.sourceNumbers = gutterNumbers(sourceText);
        this.translationNumbers = gutterNumbers(translationText);
    }

    /**
     * A row with the 1-based positions of its paragraphs in the current texts' paragraph lists (headings
     * included), which records use and gutter numbers cannot give for a second heading.
     */
    record Placed(AlignedRow row, Integer translationPosition, Integer sourcePosition) {
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
     * Returns the 1-based position of the paragraph whose gutter number is {@code number}, or -1. Number 0 is the
     * first heading.
     */
    // TODO: a second heading of a section shares the gutter number 0, so it cannot be marked by number.
    static int position(String text, int number) {
        List<Integer> numbers = gutterNumbers(text);
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) == number) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Returns the largest gutter number of a text, 0 when it has no numbered paragraph. */
    static int lastNumber(String text) {
        return gutterNumbers(text).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private List<Placed> rows(List<TranslationEvent> events) {
        Map<Integer, Alignment> alignments = align(events);

        Map<Integer, List<Integer>> bySource = new TreeMap<>();
        List<Integer> floating = new ArrayList<>();
        for (int position = 1; position <= translation.size(); position++) {
            Alignment alignment = alignments.get(position);
            if (alignment == null || alignment.sourcePosition() == null) {
                floating.add(position);
            } else {
                bySource.computeIfAbsent(alignment.sourcePosition(), key -> new ArrayList<>()).add(position);
            }
        }

        List<Placed> rows = new ArrayList<>();
        List<Integer> rowTranslation = new ArrayList<>();
        for (int sourcePosition = 1; sourcePosition <= source.size(); sourcePosition++) {
            List<Integer> aligned = bySource.get(sourcePosition);
            if (aligned == null) {
                rows.add(new Placed(missing(sourcePosition), null, sourcePosition));
                rowTranslation.add(null);
                continue;
            }
            for (int position : aligned) {
                rows.add(new Placed(alignedRow(position, alignments.get(position)), position, sourcePosition));
                rowTranslation.add(position);
            }
        }
        // A paragraph without a current source sits after the row of the translation paragraph before it.
        for (int position : floating) {
            int index = position == 1 ? 0 : rowTranslation.indexOf(position - 1) + 1;
            rows.add(index, new Placed(alignedRow(position, alignments.get(position)), position, null));
            rowTranslation.add(index, position);
        }
        return List.copyOf(rows);
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
            for (TranslationEvent.Pair pair : event.pairs()) {
                Followed translated = translationNow.get(pair.translation());
                if (translated == null || pair.source() < 1 || pair.source() > event.sourceParagraphs().size()) {
                    continue;
                }
                Followed followedSource = sourceNow.get(pair.source());
                alignments.put(translated.position(), new Alignment(event.sourceParagraphs().get(pair.source() - 1),
                        followedSource == null ? null : followedSource.position(),
                        followedSource != null && followedSource.layoutOnly(), event));
            }
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
        String text = translation.get(position - 1);
        if (alignment == null) {
            return new AlignedRow(ParagraphState.UNALIGNED, null, null, number, text, null, List.of(), null, null,
                    null);
        }
        TranslationEvent event = alignment.event();
        String by = event.author() == null ? null : event.author().name();
        if (alignment.sourcePosition() == null) {
            return new AlignedRow(ParagraphState.SOURCE_REMOVED, null, null, number, text, alignment.alignedSource(),
                    List.of(), event.sourceRevision(), event.created(), by);
        }
        int sourcePosition = alignment.sourcePosition();
        String sourceText = source.get(sourcePosition - 1);
        boolean current = sourceText.equals(alignment.alignedSource()) || alignment.sourceLayoutOnly();
        List<DiffSegment> change = current ? List.of() : WordDiff.diff(alignment.alignedSource(), sourceText);
        return new AlignedRow(current ? ParagraphState.CURRENT : ParagraphState.OUTDATED,
                sourceNumbers.get(sourcePosition - 1), sourceText, number, text, alignment.alignedSource(), change,
                event.sourceRevision(), event.created(), by);
    }

    private AlignedRow missing(int sourcePosition) {
        return new AlignedRow(ParagraphState.MISSING, sourceNumbers.get(sourcePosition - 1),
                source.get(sourcePosition - 1), null, null, null, List.of(), null, null, null);
    }

    /** Returns the gutter number of each paragraph, in the order of {@link Comparisons#paragraphTexts}. */
    private static List<Integer> gutterNumbers(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return MarkdownBlocks.blocks(lf).stream().map(Block::number).toList();
    }
}
