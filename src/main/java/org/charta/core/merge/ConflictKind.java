package org.charta.core.merge;

/** Where both sides of a merge changed the same thing. */
public enum ConflictKind {

    /** Overlapping changes inside one paragraph, or a run of paragraphs, of a section or another text file. */
    PARAGRAPH,

    /** One side deleted a section that the other side edited. */
    SECTION_DELETED,

    /** Both sides changed the same field of the manifest, or both reordered its sections differently. */
    MANIFEST,

    /** Both sides changed a file that cannot be merged as text (binary, or not UTF-8). */
    FILE
}
