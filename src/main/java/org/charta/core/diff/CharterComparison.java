package org.charta.core.diff;

import java.util.List;

/** A charter-wide comparison of two commits, one entry per section in the new version's order, then deleted ones. */
public record CharterComparison(String oldCommit, String newCommit, List<SectionComparison> sections) {
}
