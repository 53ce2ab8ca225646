package org.charta.ui.amend;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentSummary;

import java.util.Locale;

/**
 * What the amendments list shows: a status filter, a section (null for every section) and an author's e-mail
 * address (null for every author). A section matches when the record names it as a target or the amendment
 * changes its text.
 */
public record AmendmentFilter(StatusFilter status, String sectionId, String authorEmail) {

    public static final AmendmentFilter NONE = new AmendmentFilter(StatusFilter.ALL, null, null);

    public boolean matches(AmendmentSummary summary) {
        return status.matches(summary.status()) && matchesSection(summary) && matchesAuthor(summary.record());
    }

    private boolean matchesSection(AmendmentSummary summary) {
        return sectionId == null || summary.record().targets().contains(sectionId)
                || summary.changedSections() != null && summary.changedSections().contains(sectionId);
    }

    private boolean matchesAuthor(AmendmentRecord record) {
        if (authorEmail == null) {
            return true;
        }
        return record.author() != null && record.author().email() != null
                && record.author().email().toLowerCase(Locale.ROOT).equals(authorEmail.toLowerCase(Locale.ROOT));
    }
}
