package org.charta.core.translation;

import java.nio.file.Path;

/**
 * One translation that an import would write: which file, or which part of a document, goes to which section.
 *
 * @param file      the file read
 * @param part      the part's position in a whole document (from 1), or 0 when the whole file is the translation
 * @param partTitle the title of that part's heading, empty for a whole file or an untitled part
 * @param sectionId the section the text translates
 * @param rule      how the file or part was matched to the section
 * @param text      the text to import, decoded as UTF-8
 * @param existing  whether the section already has a translation in the language, so the import leaves it as it is
 */
public record ImportMatch(Path file, int part, String partTitle, String sectionId, MatchRule rule, String text,
                          boolean existing) {

    /** Returns the file name, followed by the part number and title for a part of a document. */
    public String origin() {
        String name = file.getFileName().toString();
        if (part == 0) {
            return name;
        }
        return partTitle.isBlank() ? name + " #" + part : name + " #" + part + " (" + partTitle + ")";
    }
}
