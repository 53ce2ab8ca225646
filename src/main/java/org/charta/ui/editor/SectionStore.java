package org.charta.ui.editor;

import org.charta.core.ChartaException;

/** Reads and writes section texts, on the background executor's serial lane only. */
public interface SectionStore {

    String read(String sectionId) throws ChartaException;

    /** Writes the text atomically, so a crash leaves either the old or the new file. */
    void write(String sectionId, String text) throws ChartaException;
}
