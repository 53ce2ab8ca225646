package org.charta.core.merge;

/**
 * One conflict of a charter merge, with the three versions a person compares.
 *
 * <p>For {@link ConflictKind#PARAGRAPH}, {@code base}, {@code mine} and {@code theirs} are the paragraph region as
 * each version has it, and {@code mineResult} and {@code theirsResult} are what {@link Choice#MINE} and
 * {@link Choice#THEIRS} keep: the region merged word by word, each conflicting run taken from that side, so that
 * neither choice reverts a change of the other side that did not conflict. For {@link ConflictKind#SECTION_DELETED}
 * and {@link ConflictKind#FILE} they are whole file texts, null where that version has no file. For
 * {@link ConflictKind#MANIFEST} they are the field's JSON text.
 *
 * @param id           stable across recomputations of the same merge: a hash of kind, path and the three versions
 * @param kind         what conflicts
 * @param path         the file, relative to the work tree
 * @param sectionId    the section of the manifest that {@code path} holds, or null
 * @param paragraph    the number (from 1, as {@code MarkdownBlocks.paragraphs} counts) of the region's first
 *                     paragraph in the local version, or 0 where no paragraph applies
 * @param base         the common ancestor's version, or null where it has none
 * @param mine         the local version, or null where it has none
 * @param theirs       the shared version, or null where it has none
 * @param mineResult   what {@link Choice#MINE} keeps
 * @param theirsResult what {@link Choice#THEIRS} keeps
 * @param bothAllowed  whether {@link Choice#BOTH} is offered
 * @param editAllowed  whether {@link Choice#EDITED} is offered
 * @param field        for {@link ConflictKind#MANIFEST}: the field, as its path of names joined by slashes, such as
 *                     {@code title}, {@code sections} (their order) or {@code sections/article-2/titles/fr};
 *                     null for the other kinds
 */
public record Conflict(String id, ConflictKind kind, String path, String sectionId, int paragraph,
                       String base, String mine, String theirs, String mineResult, String theirsResult,
                       boolean bothAllowed, boolean editAllowed, String field) {

    /** Creates a conflict that is not about a manifest field. */
    public Conflict(String id, ConflictKind kind, String path, String sectionId, int paragraph, String base,
                    String mine, String theirs, String mineResult, String theirsResult, boolean bothAllowed,
                    boolean editAllowed) {
        this(id, kind, path, sectionId, paragraph, base, mine, theirs, mineResult, theirsResult, bothAllowed,
                editAllowed, null);
    }

    /** Returns whether a person may settle this conflict with the choice. */
    public boolean allows(Choice choice) {
        return switch (choice) {
            case MINE, THEIRS -> true;
            case BOTH -> bothAllowed;
            case EDITED -> editAllowed;
        };
    }
}
