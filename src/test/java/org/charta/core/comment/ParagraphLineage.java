package org.charta.core.comment;

import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paragraph that each thread's original paragraph has become, followed through the paragraph pairing of the
 * diff. An unchanged or changed row leads to the paragraph in its new place, a move to the paragraph at its other
 * end, and a deleted row ends the line: the thread then has no descendant. Replay tests use it as ground truth,
 * independent of how the anchor resolver finds a thread.
 */
final class ParagraphLineage {

    /** A paragraph of one version: the section and the paragraph number from 1 (0 is a heading). */
    record ParagraphRef(String sectionId, int number) {
    }

    private final Map<String, ParagraphRef> descendants = new HashMap<>();

    /** Starts a thread's line at the paragraph its anchor was made on. */
    void start(CommentThread thread) {
        descendants.put(thread.id(), new ParagraphRef(thread.anchor().sectionId(), thread.anchor().paragraph()));
    }

    /** Returns the thread's current descendant, or empty when its paragraph was deleted. */
    Optional<ParagraphRef> descendant(String threadId) {
        if (!descendants.containsKey(threadId)) {
            throw new IllegalArgumentException("Thread " + threadId + " was never started");
        }
        return Optional.ofNullable(descendants.get(threadId));
    }

    /**
     * Moves every line one version on. Sections absent from the comparisons count as unchanged.
     *
     * @throws IllegalStateException when a changed section has no row for a thread's paragraph
     */
    void advance(List<SectionComparison> comparisons) {
        Map<String, Map<Integer, Optional<ParagraphRef>>> next = new HashMap<>();
        for (SectionComparison section : comparisons) {
            next.put(section.sectionId(), pairing(section));
        }
        for (Map.Entry<String, ParagraphRef> entry : descendants.entrySet()) {
            ParagraphRef current = entry.getValue();
            Map<Integer, Optional<ParagraphRef>> rows = current == null ? null : next.get(current.sectionId());
            if (rows == null) {
                continue;
            }
            Optional<ParagraphRef> descendant = rows.get(current.number());
            if (descendant == null) {
                throw new IllegalStateException("No row for paragraph " + current + " of thread " + entry.getKey());
            }
            entry.setValue(descendant.orElse(null));
        }
    }

    /** Maps each old paragraph number of a section to its descendant, or to empty when it was deleted. */
    private static Map<Integer, Optional<ParagraphRef>> pairing(SectionComparison section) {
        Map<Integer, Optional<ParagraphRef>> rows = new HashMap<>();
        for (ParagraphChange row : section.paragraphs()) {
            if (row.oldNumber() == null || row.oldNumber() == 0) {
                continue;
            }
            Optional<ParagraphRef> descendant = switch (row.kind()) {
                case UNCHANGED, CHANGED -> Optional.of(new ParagraphRef(section.sectionId(), row.newNumber()));
                case MOVED_AWAY -> Optional.of(new ParagraphRef(row.otherSection(), row.otherNumber()));
                case DELETED -> Optional.empty();
                case INSERTED, MOVED_HERE -> throw new IllegalStateException("Row " + row + " has an old number");
            };
            rows.put(row.oldNumber(), descendant);
        }
        return rows;
    }
}
