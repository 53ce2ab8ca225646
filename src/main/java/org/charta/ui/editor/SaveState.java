package org.charta.ui.editor;

/** How the editor's text compares with the section file on disk. */
public enum SaveState {
    /** The file contains the text shown. */
    SAVED,
    /** The text changed since the last save, and an autosave is scheduled. */
    UNSAVED,
    /** A save is writing the file. */
    SAVING,
    /** The last save failed, so the text is only in the editor. */
    FAILED
}
