package org.charta.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first step of a section's comparison: the paragraphs of both versions aligned by a java-diff-utils diff of
 * their texts, then the old and new paragraphs of each changed run paired by {@link RunPairing}. Paragraphs that
 * differ only in layout align as equal and become changed rows flagged layout-only. Unpaired paragraphs stay
 * deleted or inserted rows until {@link MoveMatcher} has looked for moves.
 */
final class SectionAlignment {

    private final String sectionId;
    private final List<Row> rows = new ArrayList<>();

    private SectionAlignment(String sectionId) {
        this.sectionId = sectionId;
    }

    /** Aligns two versions of a section, given as their paragraphs; either list may be empty. */
    static SectionAlignment align(String sectionId, List<Paragraph> oldParagraphs, List<Paragraph> newParagraphs) {
        SectionAlignment alignment = new SectionAlignment(sectionId);
        alignment.walk(oldParagraphs, newParagraphs);
        return alignment;
    }

    /** Aligns two equal versions without a diff: every paragraph is unchanged. */
    static SectionAlignment unchanged(String sectionId, List<Paragraph> paragraphs) {
        SectionAlignment alignment = new SectionAlignment(sectionId);
        paragraphs.forEach(paragraph -> alignment.rows.add(Row.unchanged(paragraph, paragraph)));
        return alignment;
    }

    String sectionId() {
        return sectionId;
    }

    List<Row> rows() {
        return rows;
    }

    /** Returns the rows in reading order, moves included; call after {@link MoveMatcher#match}. */
    List<ParagraphChange> changes() {
        return rows.stream().map(Row::toChange).toList();
    }

    private void walk(List<Paragraph> oldParagraphs, List<Paragraph> newParagraphs) {
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> oldIds = layoutIds(oldParagraphs, ids);
        List<Integer> newIds = layoutIds(newParagraphs, ids);

        int oldIndex = 0;
        int newIndex = 0;
        for (int[] run : changedRuns(oldIds, newIds)) {
            while (oldIndex < run[0]) {
                addAligned(oldParagraphs.get(oldIndex++), newParagraphs.get(newIndex++));
            }
            addChangedRun(oldParagraphs.subList(run[0], run[1]), newParagraphs.subList(run[2], run[3]));
            oldIndex = run[1];
            newIndex = run[3];
        }
        while (oldIndex < oldParagraphs.size()) {
            addAligned(oldParagraphs.get(oldIndex++), newParagraphs.get(newIndex++));
        }
    }

    /**
     * Returns the runs of changed paragraphs as {@code {oldStart, oldEnd, newStart, newEnd}}. The linear-space
     * Myers diff of java-diff-utils is about twice as fast here as its default. But it reports a replaced
     * paragraph as a deletion and an insertion next to each other, so touching deltas are joined into one run,
     * where the old and the new paragraph can be paired.
     */
    private static List<int[]> changedRuns(List<Integer> oldIds, List<Integer> newIds) {
        List<int[]> runs = new ArrayList<>();
        for (AbstractDelta<Integer> delta : DiffUtils.diff(oldIds, newIds, new MyersDiffWithLinearSpace<>())
                .getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            int[] run = {oldStart, oldStart + delta.getSource().size(), newStart, newStart + delta.getTarget().size()};
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == run[0] && last[3] == run[2]) {
                last[1] = run[1];
                last[3] = run[3];
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    /** Numbers each distinct layout key, so that the diff compares integers instead of whole paragraphs. */
    private static List<Integer> layoutIds(List<Paragraph> paragraphs, Map<String, Integer> ids) {
        List<Integer> result = new ArrayList<>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            result.add(ids.computeIfAbsent(paragraph.layoutKey(), key -> ids.size()));
        }
        return result;
    }

    private void addAligned(Paragraph oldParagraph, Paragraph newParagraph) {
        if (oldParagraph.text().equals(newParagraph.text())) {
            rows.add(Row.unchanged(oldParagraph, newParagraph));
        } else {
            rows.add(Row.changed(oldParagraph, newParagraph,
                    WordDiff.diffNormalized(oldParagraph.text(), newParagraph.text())));
        }
    }

    /** Adds a changed run: the unpaired old, then the unpaired new paragraphs before each pair, then the pair. */
    private void addChangedRun(List<Paragraph> oldRun, List<Paragraph> newRun) {
        int oldIndex = 0;
        int newIndex = 0;
        for (RunPairing.Pair pair : RunPairing.pairs(oldRun, newRun)) {
            addUnpaired(oldRun.subList(oldIndex, pair.oldIndex()), newRun.subList(newIndex, pair.newIndex()));
            rows.add(Row.changed(oldRun.get(pair.oldIndex()), newRun.get(pair.newIndex()), pair.segments()));
            oldIndex = pair.oldIndex() + 1;
            newIndex = pair.newIndex() + 1;
        }
        addUnpaired(oldRun.subList(oldIndex, oldRun.size()), newRun.subList(newIndex, newRun.size()));
    }

    private void addUnpaired(List<Paragraph> deleted, List<Paragraph> inserted) {
        deleted.forEach(paragraph -> rows.add(Row.deleted(paragraph)));
        inserted.forEach(paragraph -> rows.add(Row.inserted(paragraph)));
    }
}
