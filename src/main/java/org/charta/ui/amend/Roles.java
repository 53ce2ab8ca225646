package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.governance.Governance;
import org.charta.core.governance.MajorityRule;
import org.charta.ui.app.CharterSession;

import java.util.Optional;

/**
 * What the person at the window may do in the open charter: who they are (null before Git's configuration or the
 * identity question names them), whether they may coordinate (open and close votes, merge, tag), whether they are
 * a member, and the majority rule that decides which vote choices exist. Read from the governance of the local
 * main text, as the tally reads it, whichever branch is checked out.
 *
 * <p>The window only hides what the rules forbid, as a courtesy; core refuses it too, and the Git host's branch
 * protection is the real enforcement.
 */
public record Roles(Identity identity, boolean mayCoordinate, boolean member, MajorityRule majority) {

    /** No charter open: nothing to coordinate. */
    public static final Roles NONE = new Roles(null, false, false, MajorityRule.SIMPLE);

    /** Reads the roles on the serial lane. */
    public static Roles read(CharterSession session) throws ChartaException {
        Optional<Identity> identity = session.identity();
        Governance governance = Governance.ofMainText(session.repository());
        boolean coordinates = identity.map(governance::mayCoordinate).orElse(false);
        boolean member = identity.flatMap(value -> governance.member(value.email())).isPresent();
        return new Roles(identity.orElse(null), coordinates, member, governance.majority());
    }

    /** Whether the identity is the record's author, compared by e-mail address without regard to case. */
    public boolean isAuthor(org.charta.core.amend.AmendmentRecord record) {
        return identity != null && record.author() != null && record.author().email() != null
                && record.author().email().equalsIgnoreCase(identity.email());
    }
}
