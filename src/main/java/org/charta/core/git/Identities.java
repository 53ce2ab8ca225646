package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;

/** Finds who records a commit: an explicit override, else Git's {@code user.name} and {@code user.email}. */
public final class Identities {

    private Identities() {
    }

    /**
     * Resolves the identity for commits in the repository. An override such as {@code --as "Name <email>"} wins;
     * else {@code user.name} and {@code user.email} from the repository configuration, which JGit layers over the
     * user's global and the system configuration. JGit's guess from the login name and host name is never used.
     *
     * @param repository the repository, or null before one exists (a charter being created, imported or
     *                   adopted): then the user's global configuration is read
     * @param asOverride {@code "Name <email>"}, or null or blank for none
     * @throws ChartaException {@code error.identity.invalid} for a malformed override, {@code error.identity.missing}
     *                         when neither the override nor both configuration values are there
     */
    public static Identity resolve(Repository repository, String asOverride) throws ChartaException {
        if (asOverride != null && !asOverride.isBlank()) {
            return Identity.parse(asOverride);
        }
        Config config = repository == null ? userConfig() : repository.getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new ChartaException("error.identity.missing");
        }
        return new Identity(name.strip(), email.strip());
    }

    private static Config userConfig() throws ChartaException {
        try {
            return SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException e) {
            throw new ChartaException(e, "error.identity.missing");
        }
    }
}
