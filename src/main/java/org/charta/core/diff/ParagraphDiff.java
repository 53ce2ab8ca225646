package org.charta.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph-by-paragraph comparison of two texts with LF line endings.
 *
 * <p>The CommonMark leaf blocks of both texts are aligned by a diff over their texts. Inside a run of changed
 * blocks, blocks are paired by similarity and each pair is word-diffed; the rest is deleted or inserted
 * whole. The text between blocks (blank lines, list markers, quote markers, thematic breaks) is word-diffed
 * where the walk passes it, so the segments cover both texts completely.
 */
final class ParagraphDiff {

    /** Minimum {@link WordDiff#similarity} for two changed blocks to be shown as one edited block. */
    static final double PAIR_THRESHOLD = 0.5;

    /** Above this many old-by-new block comparisons in one changed run, blocks are not paired at all. */
    private static final int MAX_PAIR_COMPARISONS = 2_500;

    private final String oldText;
    private final String newText;
    private final List<Block> oldBlocks;
    private final List<Block> newBlocks;
    private final SegmentBuilder builder = new SegmentBuilder();
    private int oldCursor;
    private int newCursor;

    ParagraphDiff(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
        this.oldBlocks = MarkdownBlocks.blocks(oldText);
        this.newBlocks = MarkdownBlocks.blocks(newText);
    }

    List<DiffSegment> segments() {
        List<String> oldTexts = oldBlocks.stream().map(Block::text).toList();
        List<String> newTexts = newBlocks.stream().map(Block::text).toList();

        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTexts, newTexts).getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                appendUnchangedBlock(oldBlocks.get(oldIndex++), newBlocks.get(newIndex++));
            }
            int oldEnd = oldIndex + delta.getSource().size();
            int newEnd = newIndex + delta.getTarget().size();
            appendChangedRun(oldBlocks.subList(oldIndex, oldEnd), newBlocks.subList(newIndex, newEnd));
            oldIndex = oldEnd;
            newIndex = newEnd;
        }
        while (oldIndex < oldBlocks.size()) {
            appendUnchangedBlock(oldBlocks.get(oldIndex++), newBlocks.get(newIndex++));
        }

        WordDiff.appendWordDiff(builder, oldText.substring(oldCursor), newText.substring(newCursor));
        return builder.build();
    }

    private void appendUnchangedBlock(Block oldBlock, Block newBlock) {
        appendGaps(oldBlock, newBlock);
        builder.add(DiffSegment.Kind.EQUAL, oldBlock.text());
        oldCursor = oldBlock.end();
        newCursor = newBlock.end();
    }

    private void appendEditedBlock(Block oldBlock, Block newBlock) {
        appendGaps(oldBlock, newBlock);
        WordDiff.appendWordDiff(builder, oldBlock.text(), newBlock.text());
        oldCursor = oldBlock.end();
        newCursor = newBlock.end();
    }

    /** Word-diffs the text between the previous blocks and these two, such as blank lines and list markers. */
    private void appendGaps(Block oldBlock, Block newBlock) {
        WordDiff.appendWordDiff(builder, oldText.substring(oldCursor, oldBlock.start()),
                newText.substring(newCursor, newBlock.start()));
    }

    /** Walks a run of changed blocks: unpaired blocks between pairs, then each pair word by word. */
    private void appendChangedRun(List<Block> oldRun, List<Block> newRun) {
        int oldIndex = 0;
        int newIndex = 0;
        for (int[] pair : pairSimilarBlocks(oldRun, newRun)) {
            appendUnpairedBlocks(oldRun.subList(oldIndex, pair[0]), newRun.subList(newIndex, pair[1]));
            appendEditedBlock(oldRun.get(pair[0]), newRun.get(pair[1]));
            oldIndex = pair[0] + 1;
            newIndex = pair[1] + 1;
        }
        appendUnpairedBlocks(oldRun.subList(oldIndex, oldRun.size()), newRun.subList(newIndex, newRun.size()));
    }

    /**
     * Shows blocks without a counterpart as deleted and inserted whole. When both sides have some, the text
     * before them (usually the same blank line) is word-diffed first, so that it does not show as changed.
     */
    private void appendUnpairedBlocks(List<Block> deleted, List<Block> inserted) {
        if (!deleted.isEmpty() && !inserted.isEmpty()) {
            appendGaps(deleted.get(0), inserted.get(0));
            oldCursor = deleted.get(0).start();
            newCursor = inserted.get(0).start();
        }
        if (!deleted.isEmpty()) {
            int end = deleted.get(deleted.size() - 1).end();
            builder.add(DiffSegment.Kind.DELETED, oldText.substring(oldCursor, end));
            oldCursor = end;
        }
        if (!inserted.isEmpty()) {
            int end = inserted.get(inserted.size() - 1).end();
            builder.add(DiffSegment.Kind.INSERTED, newText.substring(newCursor, end));
            newCursor = end;
        }
    }

    /**
     * Pairs blocks of the two runs in order so that the total similarity of the pairs is as large as possible,
     * counting only pairs at or above {@link #PAIR_THRESHOLD}. This is the weighted longest common
     * subsequence, computed by dynamic programming over the runs. Returns index pairs in ascending order.
     */
    private static List<int[]> pairSimilarBlocks(List<Block> oldRun, List<Block> newRun) {
        int rows = oldRun.size();
        int columns = newRun.size();
        if (rows == 0 || columns == 0 || (long) rows * columns > MAX_PAIR_COMPARISONS) {
            return List.of();
        }

        double[][] similarity = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double value = WordDiff.similarity(oldRun.get(i).text(), newRun.get(j).text());
                similarity[i][j] = value >= PAIR_THRESHOLD ? value : 0;
            }
        }

        double[][] best = new double[rows + 1][columns + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= columns; j++) {
                double paired = similarity[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + similarity[i - 1][j - 1] : 0;
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        return backtrack(best, similarity);
    }

    private static List<int[]> backtrack(double[][] best, double[][] similarity) {
        List<int[]> pairs = new ArrayList<>();
        int i = similarity.length;
        int j = similarity[0].length;
        while (i > 0 && j > 0) {
            double pairScore = similarity[i - 1][j - 1];
            if (pairScore > 0 && best[i][j] == best[i - 1][j - 1] + pairScore) {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return pairs;
    }
}
