package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;

import java.util.List;

/**
 * Adds and removes members in the manifest of the branch checked out, each change recorded as one commit.
 * Only a coordinator may change members once the charter has one.
 */
public final class Members {

    private Members() {
    }

    /**
     * Adds a member, or changes the name and role of the member with that e-mail address.
     *
     * @throws ChartaException {@code error.member.invalidEmail}, {@code error.member.invalidRole} (naming the value
     *                         and the three roles), {@code error.member.notCoordinator}
     */
    public static Member add(CharterRepository repository, String name, String email, String role, Identity by)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Removes the member; refuses to remove the last coordinator. @throws ChartaException {@code error.member.notFound} */
    public static void remove(CharterRepository repository, String email, Identity by) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    public static List<Member> list(CharterRepository repository) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }
}
