package org.charta.ui.sync;

import org.charta.ui.app.UiText;
import org.charta.ui.translation.LanguageNames;

/**
 * One language version of a section with unrecorded changes, named the way the window names it elsewhere.
 *
 * @param sectionTitle the title of the source section, or its id when the outline no longer has it
 * @param language     the BCP 47 tag of the language version
 */
record TranslationChange(String sectionTitle, String language) {

    /** Returns "Article 3 · French", with the language named in the interface language. */
    String label(UiText text) {
        return text.get("ui.record.change.languageVersion", sectionTitle,
                LanguageNames.asHeading(language, text.locale()));
    }
}
