package org.charta.core.translation;

import org.charta.core.diff.DiffSegment;

import java.time.Instant;
import java.util.List;

/**
 * One row of the side-by-side view of a source section and its translation.
 *
 * <p>Rows come in source order; an unaligned translation paragraph sits after the row of the translation
 * paragraph before it. Paragraph numbers are those of the editor's gutter ({@code Block.number}).
 *
 * <p>A translation paragraph may follow several consecutive source paragraphs that it translates together (a
 * merge): its row then lists them all, and {@code sourceNumber}, {@code sourceText} and
 * {@code alignedSourceText} are the first number and the texts joined with a blank line. Several translation
 * paragraphs that split one source paragraph each have their row with that same source paragraph.
 *
 * @param state             state of the translation paragraph, or MISSING for a source paragraph without one
 * @param sourceNumber      number of the current source paragraph, null for SOURCE_REMOVED rows and for an
 *                          UNALIGNED row unless a missing source paragraph sits at its place (the i-th unaligned
 *                          and the i-th missing paragraph between the same aligned neighbours make one row)
 * @param sourceText        current text of that source paragraph, null when there is none
 * @param translationNumber number of the translation paragraph, null for MISSING rows
 * @param translationText   current text of the translation paragraph, null for MISSING rows
 * @param alignedSourceText source paragraph text when the translation was last aligned, null when never aligned
 * @param sourceChange      word diff from {@code alignedSourceText} to {@code sourceText}, empty unless OUTDATED
 * @param alignedRevision   source commit recorded at the last alignment, null when unknown or never aligned
 * @param alignedAt         time of the last alignment, null when never aligned
 * @param alignedBy         name of the person who last aligned it, null when never aligned
 * @param sourceNumbers     gutter numbers of all current source paragraphs of the row, empty when there is none
 * @param sourceTexts       current texts of those source paragraphs, in the same order
 * @param sourceAddresses   addresses of those source paragraphs, as {@code translationAddress} is formed
 * @param translationAddress address of the translation paragraph for marking it: its gutter number, or
 *                          {@code h1}, {@code h2}... for the first, second... heading, or null for MISSING rows
 */
public record AlignedRow(ParagraphState state, Integer sourceNumber, String sourceText, Integer translationNumber,
                         String translationText, String alignedSourceText, List<DiffSegment> sourceChange,
                         String alignedRevision, Instant alignedAt, String alignedBy, List<Integer> sourceNumbers,
                         List<String> sourceTexts, List<String> sourceAddresses, String translationAddress) {

    public AlignedRow {
        sourceChange = sourceChange == null ? List.of() : List.copyOf(sourceChange);
        sourceNumbers = sourceNumbers == null ? List.of() : List.copyOf(sourceNumbers);
        sourceTexts = sourceTexts == null ? List.of() : List.copyOf(sourceTexts);
        sourceAddresses = sourceAddresses == null ? List.of() : List.copyOf(sourceAddresses);
    }

    /** Returns whether the translation paragraph follows several source paragraphs together. */
    public boolean isMerge() {
        return sourceNumbers.size() > 1;
    }
}
