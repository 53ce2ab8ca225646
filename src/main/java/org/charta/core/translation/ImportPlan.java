package org.charta.core.translation;

import java.nio.file.Path;
import java.util.List;

/**
 * What importing a folder or a whole document would write, computed before anything is written so that it can be
 * shown and confirmed.
 *
 * @param language       the canonical language tag
 * @param origin         the folder or document chosen
 * @param matches        the files or parts matched to sections, in manifest order
 * @param unmatched      files of the folder that match no section, sorted by name
 * @param wholeDocuments files of a folder with per-section files that contain several top-level sections. They are
 *                       skipped, because the per-section files already carry the same text
 */
public record ImportPlan(String language, Path origin, List<ImportMatch> matches, List<Path> unmatched,
                         List<Path> wholeDocuments) {

    public ImportPlan {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
        wholeDocuments = List.copyOf(wholeDocuments);
    }

    /** Returns whether the files were paired with sections by their order, because no name matched. */
    public boolean byOrder() {
        return matches.stream().anyMatch(match -> match.rule() == MatchRule.NAME_ORDER);
    }

    /** Returns whether the plan splits one document into sections. */
    public boolean isDocument() {
        return matches.stream().anyMatch(match -> match.rule() == MatchRule.DOCUMENT_ORDER);
    }

    /** Returns the matches that importing writes: those whose section has no translation in the language yet. */
    public List<ImportMatch> toWrite() {
        return matches.stream().filter(match -> !match.existing()).toList();
    }
}
