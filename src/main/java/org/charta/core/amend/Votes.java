package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;

/**
 * Votes on amendments. Each member's vote is one file on the amendment's branch,
 * {@code .charta/amendments/<id>/votes/<member>.json}, so members voting offline never conflict; casting again
 * rewrites one's own file until the vote closes. Every method does Git work off the JavaFX thread.
 */
public final class Votes {

    private Votes() {
    }

    /** Proposed to voting; only a coordinator. @throws ChartaException {@code error.vote.notCoordinator} and others */
    public static AmendmentRecord open(CharterRepository repository, String id, Identity by) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Casts or changes {@code by}'s vote while the vote is open; {@code reason} may be empty. */
    public static VoteLine cast(CharterRepository repository, String id, Identity by, VoteChoice choice,
                                String reason) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Closes the vote, writes the tally and the result (adopted or rejected) into the record. Only a coordinator. */
    public static Tally close(CharterRepository repository, String id, Identity by) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The tally as the files stand: the recorded one once closed, a running count while open. */
    public static Tally tally(CharterRepository repository, String id) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }
}
