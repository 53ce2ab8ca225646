package org.charta.core.charter;

import java.util.Map;

/**
 * A section as the outline shows it.
 *
 * @param id     stable id from the manifest
 * @param path   file path relative to the charter folder
 * @param title  the text of the file's first heading, or the file name when it has none
 * @param titles translated titles by language tag
 */
public record Section(String id, String path, String title, Map<String, String> titles) {

    /** Returns the title in the language, falling back to the source title. */
    public String title(String language) {
        return titles.getOrDefault(language, title);
    }
}
