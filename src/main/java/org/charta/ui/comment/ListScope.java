package org.charta.ui.comment;

/** Scope of the panel's list: the open section, or every section with its threads grouped under its title. */
enum ListScope {
    SECTION,
    CHARTER
}
