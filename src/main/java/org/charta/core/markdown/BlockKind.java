package org.charta.core.markdown;

/** The kinds of leaf block that Charta numbers, anchors comments to and diffs paragraph by paragraph. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    CODE,
    HTML,
    TABLE
}
