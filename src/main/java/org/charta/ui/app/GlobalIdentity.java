package org.charta.ui.app;

import org.charta.core.Identity;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.util.SystemReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads {@code user.name} and {@code user.email} from the person's global Git configuration, for the first
 * commit of a charter that has no repository yet. Runs on the serial lane: it reads a file.
 */
final class GlobalIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalIdentity.class);

    private GlobalIdentity() {
    }

    static Optional<Identity> read() {
        try {
            StoredConfig config = SystemReader.getInstance().getUserConfig();
            String name = config.getString("user", null, "name");
            String email = config.getString("user", null, "email");
            if (name == null || name.isBlank() || email == null || email.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Identity(name.strip(), email.strip()));
        } catch (IOException | ConfigInvalidException e) {
            LOG.warn("Could not read the global Git configuration", e);
            return Optional.empty();
        }
    }
}
