package org.charta.core.git;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeChunk.ConflictState;
import org.eclipse.jgit.merge.MergeResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three-way line merge behind a sync. A conflict region must hold only the lines that truly conflict:
 * diff3-style output once put the unchanged line after a conflict into the base part, so keeping one side
 * duplicated it.
 */
class LineMergeTest {

    private static final String BASE = """
            Members meet once a year.
            Any member may speak.
            Decisions need a majority.
            """;
    /** The coordinator's main after merging A, who deleted the second line. */
    private static final String OURS = """
            Members meet once a year.
            Decisions need a majority.
            """;
    /** B, who added a line after the second. */
    private static final String THEIRS = """
            Members meet once a year.
            Any member may speak.
            Speaking time is five minutes.
            Decisions need a majority.
            """;
    private static final String MAJORITY = "Decisions need a majority.";

    @Test
    void deleteAgainstInsertHasOneConflictRegion() {
        MergeResult<RawText> result = LineMerge.mergeText(BASE, OURS, THEIRS);

        assertThat(result.containsConflicts()).isTrue();
        assertThat(conflictRegions(result)).hasSize(1);
    }

    @Test
    void conflictRegionHoldsOnlyConflictingLines() {
        MergeResult<RawText> result = LineMerge.mergeText(BASE, OURS, THEIRS);

        List<MergeChunk> region = conflictRegions(result).get(0);
        assertThat(linesOf(result, region, ConflictState.BASE_CONFLICTING_RANGE))
                .containsExactly("Any member may speak.");
        assertThat(linesOf(result, region, ConflictState.FIRST_CONFLICTING_RANGE)).isEmpty();
        assertThat(linesOf(result, region, ConflictState.NEXT_CONFLICTING_RANGE))
                .containsExactly("Any member may speak.", "Speaking time is five minutes.");
    }

    @Test
    void unchangedLastLineIsOutsideConflict() {
        MergeResult<RawText> result = LineMerge.mergeText(BASE, OURS, THEIRS);

        List<String> outside = new ArrayList<>();
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == ConflictState.NO_CONFLICT) {
                outside.addAll(lines(result, chunk));
            }
        }
        assertThat(outside).containsExactly("Members meet once a year.", MAJORITY);
    }

    @Test
    void keepingOursHasLastLineOnce() {
        String resolved = LineMerge.resolve(LineMerge.mergeText(BASE, OURS, THEIRS), LineMerge.Side.OURS);

        assertThat(resolved).isEqualTo(OURS);
        assertThat(occurrences(resolved, MAJORITY)).isEqualTo(1);
    }

    @Test
    void keepingTheirsHasLastLineOnce() {
        String resolved = LineMerge.resolve(LineMerge.mergeText(BASE, OURS, THEIRS), LineMerge.Side.THEIRS);

        assertThat(resolved).isEqualTo(THEIRS);
        assertThat(occurrences(resolved, MAJORITY)).isEqualTo(1);
    }

    @Test
    void editsToDifferentLinesMergeCleanly() {
        String ours = BASE.replace("once a year", "twice a year");
        String theirs = BASE.replace("a majority", "a two-thirds majority");

        MergeResult<RawText> result = LineMerge.mergeText(BASE, ours, theirs);

        assertThat(result.containsConflicts()).isFalse();
        assertThat(LineMerge.resolve(result, LineMerge.Side.OURS)).isEqualTo("""
                Members meet twice a year.
                Any member may speak.
                Decisions need a two-thirds majority.
                """);
    }

    /** Groups the chunks of each conflict: a region starts at its FIRST_CONFLICTING_RANGE chunk. */
    private static List<List<MergeChunk>> conflictRegions(MergeResult<RawText> result) {
        List<List<MergeChunk>> regions = new ArrayList<>();
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == ConflictState.FIRST_CONFLICTING_RANGE) {
                regions.add(new ArrayList<>());
            }
            if (chunk.getConflictState() != ConflictState.NO_CONFLICT) {
                regions.get(regions.size() - 1).add(chunk);
            }
        }
        return regions;
    }

    private static List<String> linesOf(MergeResult<RawText> result, List<MergeChunk> region, ConflictState state) {
        List<String> lines = new ArrayList<>();
        region.stream().filter(chunk -> chunk.getConflictState() == state)
                .forEach(chunk -> lines.addAll(lines(result, chunk)));
        return lines;
    }

    private static List<String> lines(MergeResult<RawText> result, MergeChunk chunk) {
        RawText text = result.getSequences().get(chunk.getSequenceIndex());
        List<String> lines = new ArrayList<>();
        for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
            lines.add(text.getString(line));
        }
        return lines;
    }

    private static int occurrences(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }
}
