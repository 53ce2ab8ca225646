package org.charta.ui.amend;

import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteResult;
import org.charta.core.amend.Votes;
import org.charta.core.ChartaException;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;

import java.util.Set;

/**
 * Fills the detail of one amendment: the header at once, then its diff, tally and deliberation as the serial lane
 * reads them. A result that arrives after another amendment was selected is dropped.
 */
final class DetailLoader {

    private final AppContext context;
    private final UiText text;
    private final AmendmentLabels labels;
    private long generation;

    DetailLoader(AppContext context, AmendmentLabels labels) {
        this.context = context;
        this.text = context.text();
        this.labels = labels;
    }

    void load(AmendmentSummary summary, Set<AmendmentActions.Action> actions, Roles roles, AmendmentDetail detail) {
        CharterSession session = context.session();
        long requested = ++generation;
        detail.show(summary, actions, roles);
        if (session == null) {
            return;
        }
        String id = summary.id();
        detail.showComparisonMessage(text.get("ui.amend.diff.loading"));
        context.executor().submit("compare amendment " + id, () -> AmendmentTasks.compare(session, summary),
                sections -> {
                    if (requested == generation) {
                        detail.showComparison(sections);
                    }
                }, error -> {
                    if (requested == generation) {
                        detail.showComparisonMessage(text.describe(error));
                    }
                });
        loadTally(session, summary, requested, detail);
        loadArguments(session, id, requested, detail);
    }

    private void loadTally(CharterSession session, AmendmentSummary summary, long requested,
                           AmendmentDetail detail) {
        AmendmentStatus status = summary.status();
        if (status == AmendmentStatus.DRAFT || status == AmendmentStatus.PROPOSED
                || status == AmendmentStatus.WITHDRAWN && summary.record().vote() == null) {
            detail.showTallyMessage(text.get("ui.amend.vote.notOpenYet"));
            return;
        }
        detail.showTallyMessage(text.get("ui.amend.vote.reading"));
        context.executor().submit("tally votes on " + summary.id(), () -> count(session, summary.id()), counted -> {
                    if (requested == generation) {
                        detail.showTally(counted.tally(), counted.mismatch());
                    }
                }, error -> {
                    if (requested == generation) {
                        detail.showTallyMessage(text.describe(error));
                    }
                });
    }

    /** A tally, and the warning to show when the recorded decision differs from a recount (else null). */
    private record Counted(Tally tally, String mismatch) {
    }

    private Counted count(CharterSession session, String id) throws ChartaException {
        Tally tally = Votes.tally(session.repository(), id);
        if (tally.result() == VoteResult.OPEN) {
            return new Counted(tally, null);
        }
        try {
            Votes.requireTrustedDecision(session.repository(), id);
            return new Counted(tally, null);
        } catch (ChartaException e) {
            if (!"error.vote.recordMismatch".equals(e.messageKey())) {
                throw e;
            }
            // The record is a file anyone can commit: say plainly that its decision is not what the votes give.
            Object[] figures = e.arguments();
            return new Counted(tally, text.get("ui.amend.vote.mismatch", figures[1], figures[2], figures[3],
                    figures[4], figures[6], figures[7], figures[8], figures[9]));
        }
    }

    private void loadArguments(CharterSession session, String id, long requested, AmendmentDetail detail) {
        detail.showArgumentsMessage(text.get("ui.amend.deliberation.reading"));
        context.executor().submit("read deliberation on " + id, () -> Arguments.read(session, id, labels),
                arguments -> {
                    if (requested == generation) {
                        detail.showArguments(arguments);
                    }
                }, error -> {
                    if (requested == generation) {
                        detail.showArgumentsMessage(text.describe(error));
                    }
                });
    }
}
