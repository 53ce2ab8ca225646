package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;

/**
 * Finds the author of the first commit of a charter whose folder has no repository yet (a new, imported or
 * adopted charter), when {@code Identities.resolve} has no repository configuration to read.
 */
public final class SetupIdentity {

    private SetupIdentity() {
    }

    /**
     * Resolves the identity from an override such as {@code --as "Name <email>"}, else from {@code user.name}
     * and {@code user.email} in the user's global Git configuration (layered over the system configuration).
     *
     * @throws ChartaException {@code error.identity.invalid} for a malformed override, {@code error.identity.missing}
     *                         when neither the override nor both configuration values are there
     */
    public static Identity resolve(String asOverride) throws ChartaException {
        if (asOverride != null && !asOverride.isBlank()) {
            return Identity.parse(asOverride);
        }
        Config config;
        try {
            config = SystemReader.getInstance().getUserConfig();
        } catch (IOException | ConfigInvalidException e) {
            throw new ChartaException(e, "error.identity.missing");
        }
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new ChartaException("error.identity.missing");
        }
        return new Identity(name.strip(), email.strip());
    }
}
