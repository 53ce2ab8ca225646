package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;

import java.io.IOException;

/**
 * Checks who may do what to an amendment, with the governance rules of the local main text: an amendment cannot
 * give itself new members or coordinators. The checks are a courtesy that keeps people from mistakes; the Git
 * host's branch protection is what enforces roles.
 */
final class Coordination {

    private Coordination() {
    }

    /** Returns whether the identity may coordinate according to the main text's manifest. */
    static boolean mayCoordinate(CharterRepository charter, Identity identity) throws ChartaException {
        return Governance.ofMainText(charter).mayCoordinate(identity);
    }

    /** Returns whether the identity wrote the amendment; e-mail addresses are compared without regard to case. */
    static boolean isAuthor(AmendmentRecord record, Identity identity) {
        return record.author() != null && record.author().email() != null
                && record.author().email().equalsIgnoreCase(identity.email());
    }

    /** Throws {@code messageKey} with the amendment id and the identity's address unless they may coordinate. */
    static void requireCoordinator(CharterRepository charter, Identity identity, String id, String messageKey)
            throws ChartaException, IOException {
        if (!mayCoordinate(charter, identity)) {
            throw new ChartaException(messageKey, id, identity.email());
        }
    }
}
