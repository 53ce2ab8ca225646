package org.charta.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/** The commands of the main window's menus and toolbar. */
interface WindowCommands {

    FileActions files();

    void publish();

    void record();

    void sync();

    void resolveConflicts();

    /** Fetches the shared changes now, with the progress bar, and marks the sections others changed. */
    void fetch();

    void showPreferences();

    void quit();

    void undo();

    void redo();

    void addSection();

    void renameSection();

    void moveSection(int offset);

    void deleteSection();

    void newComment();

    /** Asks for the scope and format of a comment export and for its file, then writes it. */
    void exportComments();

    void showHistory();

    /** Asks for a language and adds a translation of the open section. */
    void addTranslation();

    /** Asks for a Markdown file and imports it as a translation of the open section. */
    void importTranslation();

    /** Asks for a folder of Markdown files in one language and imports those that match sections. */
    void importTranslationFolder();

    /** Asks for a translated whole document and imports its sections as translations, paired in order. */
    void importTranslationDocument();

    /** Opens the side-by-side view of the open section and a translation. */
    void showTranslation();

    BooleanProperty previewVisibleProperty();

    BooleanProperty commentsVisibleProperty();

    /** Switches the UI language, or follows the system's when {@code language} is null. */
    void switchLanguage(String language);

    void showAbout();

    void showAmendments();

    void newAmendment();

    /** Opens the list of members, where coordinators change members and roles. */
    void showMembers();

    void backToMainText();

    void openVote();

    void closeVote();

    void mergeAmendment();

    void showReleases();

    void tagRelease();

    /** Whether the person may open and close votes, merge and tag; those menu entries show only then. */
    ObservableBooleanValue coordinatorProperty();

    /** Whether an amendment is checked out, which enables Back to main text. */
    ObservableBooleanValue editingAmendmentProperty();
}
