package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Section;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.SectionComparison;
import org.charta.core.git.CharterRepository;
import org.charta.ui.app.CharterSession;
import org.eclipse.jgit.lib.ObjectId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The disk and Git work behind the amendment views. Every method runs on the serial lane, because the session's
 * repository and charter are not thread-safe.
 */
final class AmendmentTasks {

    private AmendmentTasks() {
    }

    /**
     * The roles and the checked-out amendment, which the main window shows outside the amendments window.
     *
     * @param editedVoting whether the vote on the checked-out amendment is open
     */
    record CharterState(Roles roles, String editedId, String editedTitle, boolean editedVoting) {

        static final CharterState NONE = new CharterState(Roles.NONE, null, null, false);
    }

    /** Every amendment, and the section titles of the main text by id in the UI language, in the manifest's order. */
    record Listing(List<AmendmentSummary> amendments, Map<String, String> titles) {
    }

    static CharterState readState(CharterSession session) throws ChartaException {
        Roles roles = Roles.read(session);
        Optional<String> edited = Amendments.current(session.repository());
        if (edited.isEmpty()) {
            return new CharterState(roles, null, null, false);
        }
        AmendmentSummary summary = Amendments.summary(session.repository(), edited.get());
        return new CharterState(roles, edited.get(), summary.record().title(),
                summary.status() == AmendmentStatus.VOTING);
    }

    static Listing list(CharterSession session, String language) throws ChartaException {
        return new Listing(Amendments.list(session.repository()), titles(session, language));
    }

    static Map<String, String> titles(CharterSession session, String language) throws ChartaException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.id(), section.title(language));
        }
        // Map.copyOf would lose the manifest's order, which the section lists show.
        return Collections.unmodifiableMap(titles);
    }

    /**
     * Compares an amendment with the text it changes: from its comparison base (its merge base with the text it
     * merges into, or for a merged amendment the main text just before the merge) to its tip. Unchanged sections
     * are kept, so that the rendered view's summary counts them; the views show only changed ones.
     */
    static List<SectionComparison> compare(CharterSession session, AmendmentSummary summary)
            throws ChartaException {
        CharterRepository charter = session.repository();
        String base = Amendments.comparisonBase(charter, summary.id());
        CharterComparison comparison = Comparisons.between(charter.repository(), ObjectId.fromString(base),
                ObjectId.fromString(summary.tip()));
        return comparison.sections();
    }
}
