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
 * @param state             state of the translation paragraph, or MISSING for a source paragraph without one
 * @param sourceNumber      number of the current source paragraph, null for UNALIGNED and SOURCE_REMOVED rows
 * @param sourceText        current text of that source paragraph, null when there is none
 * @param translationNumber number of the translation paragraph, null for MISSING rows
 * @param translationText   current text of the translation paragraph, null for MISSING rows
 * @param alignedSourceText source paragraph text when the translation was last aligned, null when never aligned
 * @param sourceChange      word diff from {@code alignedSourceText} to {@code sourceText}, empty unless OUTDATED
 * @param alignedRevision   source commit recorded at the last alignment, null when unknown or never aligned
 * @param alignedAt         time of the last alignment, null when never aligned
 * @param alignedBy         name of the person who last aligned it, null when never aligned
 */
public record AlignedRow(ParagraphState state, Integer sourceNumber, String sourceText, Integer translationNumber,
                         String translationText, String alignedSourceText, List<DiffSegment> sourceChange,
                         String alignedRevision, Instant alignedAt, String alignedBy) {

    public AlignedRow {
        sourceChange = sourceChange == null ? List.of() : List.copyOf(sourceChange);
    }
}
