package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Section;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.SectionComparison;
import org.charta.core.git.CharterRepository;
import org.charta.ui.app.CharterSession;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
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

    /** What the window shows about the open charter outside the amendments window. */
    record CharterState(Roles roles, String editedId, String editedTitle) {

        static final CharterState NONE = new CharterState(Roles.NONE, null, null);
    }

    /** Every amendment, and the section titles of the main text by id in the UI language. */
    record Listing(List<AmendmentSummary> amendments, Map<String, String> titles) {
    }

    static CharterState readState(CharterSession session) throws ChartaException {
        Roles roles = Roles.read(session);
        Optional<String> edited = Amendments.current(session.repository());
        if (edited.isEmpty()) {
            return new CharterState(roles, null, null);
        }
        String title = Amendments.summary(session.repository(), edited.get()).record().title();
        return new CharterState(roles, edited.get(), title);
    }

    static Listing list(CharterSession session, String language) throws ChartaException {
        return new Listing(Amendments.list(session.repository()), titles(session, language));
    }

    static Map<String, String> titles(CharterSession session, String language) throws ChartaException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.id(), section.title(language));
        }
        return Map.copyOf(titles);
    }

    /**
     * Compares an amendment with the text it changes: its merge base with the main text, or for a merged
     * amendment the commit it started from, against its tip. Only sections with a change are returned.
     *
     * <p>NOTE: a merged amendment that was updated with the main text before merging also shows the main text's
     * changes it took in, because its diff starts at its original base.
     */
    static List<SectionComparison> compare(CharterSession session, AmendmentSummary summary)
            throws ChartaException {
        CharterRepository charter = session.repository();
        Repository repository = charter.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit tip = walk.parseCommit(ObjectId.fromString(summary.tip()));
            ObjectId base = base(repository, walk, tip, summary.record());
            CharterComparison comparison = Comparisons.between(repository, base, tip);
            return comparison.sections().stream()
                    .filter(section -> section.status() != SectionComparison.Status.UNCHANGED
                            || section.movedInOrder())
                    .toList();
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    private static ObjectId base(Repository repository, RevWalk walk, RevCommit tip, AmendmentRecord record)
            throws IOException {
        if (record.status() == AmendmentStatus.MERGED && record.base() != null
                && ObjectId.isId(record.base()) && repository.getObjectDatabase().has(ObjectId.fromString(
                record.base()))) {
            return ObjectId.fromString(record.base());
        }
        ObjectId main = repository.resolve(Constants.R_HEADS + CharterRepository.MAIN_BRANCH);
        if (main == null) {
            return tip;
        }
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(main));
        walk.markStart(walk.parseCommit(tip));
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return base == null ? tip : base;
    }
}
