package org.charta.ui.editor;

/**
 * The comment threads on one paragraph, for its gutter badge.
 *
 * @param total every thread anchored to the paragraph
 * @param open  the threads not resolved
 */
public record ThreadCount(int total, int open) {
}
