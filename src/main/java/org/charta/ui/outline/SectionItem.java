package org.charta.ui.outline;

/**
 * A section as the outline lists it.
 *
 * @param id          stable id from the manifest
 * @param title       the title in the UI language: a translation from the manifest, else the heading
 * @param sourceTitle the heading of the section file, which renaming changes
 * @param path        the section file, relative to the charter folder
 */
public record SectionItem(String id, String title, String sourceTitle, String path) {

    @Override
    public String toString() {
        return title;
    }
}
