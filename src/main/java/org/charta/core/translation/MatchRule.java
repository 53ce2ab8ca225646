package org.charta.core.translation;

/** The rule by which an imported file, or a part of an imported document, was matched to a section. */
public enum MatchRule {

    /** The file has the same name as the section's source file. */
    SOURCE_FILE_NAME,

    /** The file name without {@code .md} is the section id. */
    SECTION_ID,

    /**
     * The names are equal once numbers are compared as numbers and a leading order prefix is ignored:
     * {@code article-01.md} matches {@code article-1}, {@code 00-preamble.md} matches {@code preamble}.
     */
    NUMBERED_NAME,

    /** No name matched, and the folder contains as many files as the charter has sections: paired in name order. */
    NAME_ORDER,

    /** A part of a whole document, paired with the section at the same position in the manifest. */
    DOCUMENT_ORDER
}
