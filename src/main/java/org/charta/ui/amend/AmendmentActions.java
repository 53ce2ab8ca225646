package org.charta.ui.amend;

import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;

import java.util.EnumSet;
import java.util.Set;

/** Which actions the detail of an amendment offers to the person at the window. */
public final class AmendmentActions {

    /** An action on one amendment. */
    public enum Action {
        /** Check the amendment's branch out, so the editor edits its text. */
        EDIT,
        PROPOSE,
        WITHDRAW,
        /** Merge the main text into the amendment, which brings an outdated amendment up to date. */
        UPDATE,
        MERGE,
        OPEN_VOTE,
        CLOSE_VOTE,
        CAST
    }

    private AmendmentActions() {
    }

    /**
     * Returns the actions the rules allow: the author proposes a draft, the author or a coordinator withdraws an
     * open amendment, a coordinator opens, closes and merges, a member votes while the vote is open.
     *
     * @param editedId the id of the amendment checked out now, or null for the main text
     */
    public static Set<Action> available(AmendmentSummary summary, Roles roles, String editedId) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        AmendmentStatus status = summary.status();
        if (status == null) {
            return actions;
        }
        boolean author = roles.isAuthor(summary.record());
        if (status.isOpen() && !summary.id().equals(editedId)) {
            actions.add(Action.EDIT);
        }
        if (status == AmendmentStatus.DRAFT && author) {
            actions.add(Action.PROPOSE);
        }
        if (status.isOpen() && (author || roles.mayCoordinate())) {
            actions.add(Action.WITHDRAW);
        }
        if (status.isOpen() && (summary.behind() || summary.outdated())) {
            actions.add(Action.UPDATE);
        }
        if (status == AmendmentStatus.PROPOSED && roles.mayCoordinate()) {
            actions.add(Action.OPEN_VOTE);
        }
        if (status == AmendmentStatus.VOTING && roles.mayCoordinate()) {
            actions.add(Action.CLOSE_VOTE);
        }
        if (status == AmendmentStatus.VOTING && roles.member()) {
            actions.add(Action.CAST);
        }
        if (status == AmendmentStatus.ADOPTED && roles.mayCoordinate()) {
            actions.add(Action.MERGE);
        }
        return actions;
    }

    /** Whether an action changes the work tree or the main text, so the editor must save and lock first. */
    static boolean touchesWorkTree(Action action) {
        return action == Action.EDIT || action == Action.UPDATE || action == Action.MERGE;
    }
}
