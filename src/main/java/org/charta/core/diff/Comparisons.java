package org.charta.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.charta.core.ChartaException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds paragraph-by-paragraph comparisons: paragraphs aligned by a diff over their texts, word diffs inside
 * changed ones, moves recognised within and across sections, layout-only changes flagged.
 *
 * <p>A paragraph here is a CommonMark leaf block, headings included (number 0). Text that belongs to no leaf
 * block, such as a thematic break, front matter or a link reference definition, shows in no row; a section whose
 * only change is there still has the status {@link SectionComparison.Status#CHANGED}.
 */
public final class Comparisons {

    private static final Logger LOG = LoggerFactory.getLogger(Comparisons.class);

    private Comparisons() {
    }

    /**
     * Compares one section's two texts (either may be null for an added or deleted section). Moves are found
     * within the section only. Line endings are compared as LF.
     */
    public static SectionComparison section(String sectionId, String oldTitle, String oldText, String newTitle,
                                            String newText) {
        String oldLf = oldText == null ? null : WordDiff.normalizeLineEndings(oldText);
        String newLf = newText == null ? null : WordDiff.normalizeLineEndings(newText);
        SectionAlignment alignment = align(sectionId, oldLf, newLf);
        MoveMatcher.match(List.of(alignment));
        return new SectionComparison(sectionId, oldText == null ? null : oldTitle,
                newText == null ? null : newTitle, status(oldLf, newLf), false, alignment.changes());
    }

    /**
     * Returns the paragraphs of a section as a comparison splits them: every CommonMark leaf block, headings
     * included, from the start of its first line (so list and quote markers belong to it), line endings made LF.
     */
    public static List<String> paragraphTexts(String text) {
        return Paragraph.of(WordDiff.normalizeLineEndings(text)).stream().map(Paragraph::text).toList();
    }

    /**
     * Pairs two lists of paragraph texts as {@link #section} pairs the paragraphs of two texts, moves within the
     * list included. The rows' numbers are positions in the lists, from 1, not gutter numbers: a caller that
     * keeps paragraphs as lists (snapshots of a translation's alignment) can follow each one exactly.
     */
    public static List<ParagraphChange> paragraphs(List<String> oldParagraphs, List<String> newParagraphs) {
        SectionAlignment alignment = SectionAlignment.align("", positioned(oldParagraphs),
                positioned(newParagraphs));
        MoveMatcher.match(List.of(alignment));
        return alignment.changes();
    }

    private static List<Paragraph> positioned(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        for (String text : texts) {
            String lf = WordDiff.normalizeLineEndings(text);
            paragraphs.add(new Paragraph(paragraphs.size() + 1, lf, Paragraph.layoutKey(lf)));
        }
        return paragraphs;
    }

    /**
     * Compares every section between two commits of a charter repository, with moves across sections. The
     * sections come in the new version's order, then the deleted ones in the old version's order.
     *
     * @throws ChartaException {@code error.diff.noManifest} when a commit has no {@code charter.json},
     *                         {@code error.manifest.invalid} when its manifest is not valid, {@code error.git.failed}
     *                         when the repository cannot be read
     */
    public static CharterComparison between(Repository repository, ObjectId oldCommit, ObjectId newCommit)
            throws ChartaException {
        long start = System.nanoTime();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            CharterVersion oldVersion = CharterVersion.read(reader, walk.parseCommit(oldCommit));
            CharterVersion newVersion = CharterVersion.read(reader, walk.parseCommit(newCommit));
            CharterComparison comparison = compare(oldVersion, newVersion, oldCommit.name(), newCommit.name());
            LOG.debug("Compared {} sections between {} and {} in {} ms", comparison.sections().size(),
                    oldCommit.abbreviate(7).name(), newCommit.abbreviate(7).name(),
                    (System.nanoTime() - start) / 1_000_000);
            return comparison;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.getDirectory().toString(), e.getMessage());
        }
    }

    /**
     * Compares two versions of the charter held in memory, with moves across sections, as
     * {@link #between(Repository, ObjectId, ObjectId)} compares two commits. Line endings are compared as LF.
     *
     * @param oldTexts the old section texts by section id, in the old version's order
     * @param newTexts the new section texts by section id, in the new version's order; the sections come in
     *                 this order, then the deleted ones
     * @return a comparison whose commits are null; a section's title is its front matter title or first
     *         heading, else its id
     */
    public static CharterComparison between(Map<String, String> oldTexts, Map<String, String> newTexts) {
        return compare(CharterVersion.of(oldTexts), CharterVersion.of(newTexts), null, null);
    }

    /**
     * Reads the text of every section at a commit, by section id in the manifest's order, line endings made LF,
     * as {@link #between(Repository, ObjectId, ObjectId)} reads them. A section whose file the commit lacks has
     * an empty text.
     *
     * @throws ChartaException {@code error.diff.noManifest}, {@code error.manifest.invalid} or
     *                         {@code error.git.failed}, as {@link #between(Repository, ObjectId, ObjectId)} does
     */
    public static Map<String, String> sectionTexts(Repository repository, ObjectId commit) throws ChartaException {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Map<String, String> texts = new LinkedHashMap<>();
            CharterVersion.read(reader, walk.parseCommit(commit)).sections()
                    .forEach((id, file) -> texts.put(id, file.text()));
            return texts;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.getDirectory().toString(), e.getMessage());
        }
    }

    /**
     * Reads the text of every section in a tree, such as the tree that the index would commit, as
     * {@link #sectionTexts(Repository, ObjectId)} reads a commit's.
     *
     * @throws ChartaException {@code error.diff.noManifest}, {@code error.manifest.invalid} or
     *                         {@code error.git.failed}
     */
    public static Map<String, String> sectionTextsOfTree(Repository repository, ObjectId tree)
            throws ChartaException {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Map<String, String> texts = new LinkedHashMap<>();
            CharterVersion.read(reader, walk.parseTree(tree), tree.abbreviate(7).name()).sections()
                    .forEach((id, file) -> texts.put(id, file.text()));
            return texts;
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.getDirectory().toString(), e.getMessage());
        }
    }

    private static CharterComparison compare(CharterVersion oldVersion, CharterVersion newVersion,
                                             String oldCommit, String newCommit) {
        Map<String, CharterVersion.SectionFile> oldSections = oldVersion.sections();
        Map<String, CharterVersion.SectionFile> newSections = newVersion.sections();
        List<String> ids = new ArrayList<>(newSections.keySet());
        oldSections.keySet().stream().filter(id -> !newSections.containsKey(id)).forEach(ids::add);

        List<SectionAlignment> alignments = new ArrayList<>();
        for (String id : ids) {
            CharterVersion.SectionFile oldFile = oldSections.get(id);
            CharterVersion.SectionFile newFile = newSections.get(id);
            alignments.add(align(id, oldFile == null ? null : oldFile.text(),
                    newFile == null ? null : newFile.text()));
        }
        MoveMatcher.match(alignments);

        Set<String> reordered = reorderedSections(oldSections.keySet(), newSections.keySet());
        List<SectionComparison> sections = new ArrayList<>();
        for (SectionAlignment alignment : alignments) {
            String id = alignment.sectionId();
            CharterVersion.SectionFile oldFile = oldSections.get(id);
            CharterVersion.SectionFile newFile = newSections.get(id);
            String oldText = oldFile == null ? null : oldFile.text();
            String newText = newFile == null ? null : newFile.text();
            sections.add(new SectionComparison(id, oldFile == null ? null : oldFile.title(),
                    newFile == null ? null : newFile.title(), status(oldText, newText), reordered.contains(id),
                    alignment.changes()));
        }
        return new CharterComparison(oldCommit, newCommit, List.copyOf(sections));
    }

    /** Aligns two texts with LF line endings; equal texts skip the diff. */
    private static SectionAlignment align(String sectionId, String oldText, String newText) {
        if (oldText != null && oldText.equals(newText)) {
            return SectionAlignment.unchanged(sectionId, Paragraph.of(newText));
        }
        List<Paragraph> oldParagraphs = oldText == null ? List.of() : Paragraph.of(oldText);
        List<Paragraph> newParagraphs = newText == null ? List.of() : Paragraph.of(newText);
        return SectionAlignment.align(sectionId, oldParagraphs, newParagraphs);
    }

    private static SectionComparison.Status status(String oldText, String newText) {
        if (oldText == null) {
            return SectionComparison.Status.ADDED;
        }
        if (newText == null) {
            return SectionComparison.Status.DELETED;
        }
        return Objects.equals(oldText, newText) ? SectionComparison.Status.UNCHANGED
                : SectionComparison.Status.CHANGED;
    }

    /**
     * Returns the sections in both versions whose place in the order changed: those outside the longest common
     * subsequence of the two orders, so that a section added or deleted does not make its neighbours count as
     * moved.
     */
    private static Set<String> reorderedSections(Set<String> oldIds, Set<String> newIds) {
        List<String> oldOrder = oldIds.stream().filter(newIds::contains).toList();
        List<String> newOrder = newIds.stream().filter(oldIds::contains).toList();
        Set<String> reordered = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldOrder, newOrder).getDeltas()) {
            reordered.addAll(delta.getTarget().getLines());
        }
        return reordered;
    }
}
