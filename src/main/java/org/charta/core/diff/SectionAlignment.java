package org.charta.core.diff;

import com.github.difflib.DiffUtils;
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
        for (AbstractDelta<Integer> delta : DiffUtils.diff(oldIds, newIds).getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                addAligned(oldParagraphs.get(oldIndex++), newParagraphs.get(newIndex++));
            }
            int oldEnd = oldIndex + delta.getSource().size();
            int newEnd = newIndex + delta.getTarget().size();
            addChangedRun(oldParagraphs.subList(oldIndex, oldEnd), newParagraphs.subList(newIndex, newEnd));
            oldIndex = oldEnd;
            newIndex = newEnd;
        }
        while (oldIndex < oldParagraphs.size()) {
            addAligned(oldParagraphs.get(oldIndex++), newParagraphs.get(newIndex++));
        }
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
