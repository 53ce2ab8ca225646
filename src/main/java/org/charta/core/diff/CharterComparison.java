package org.charta.core.diff;

import java.util.List;

/**
 * A charter-wide comparison of two commits, one entry per section in the new version's order, then deleted ones.
 *
 * @param oldCommit the old commit, 40 hex digits, or null when texts held in memory were compared
 * @param newCommit the new commit, 40 hex digits, or null when texts held in memory were compared
 * @param sections  every section of either version
 */
public record CharterComparison(String oldCommit, String newCommit, List<SectionComparison> sections) {

    /** Counts the sections with a status. */
    public int count(SectionComparison.Status status) {
        return (int) sections.stream().filter(section -> section.status() == status).count();
    }

    /** Returns the title of a section as this comparison shows it, or the id itself when no section has it. */
    public String titleOf(String sectionId) {
        return sections.stream()
                .filter(section -> section.sectionId().equals(sectionId))
                .map(SectionComparison::title)
                .findFirst()
                .orElse(sectionId);
    }
}
