package org.charta.core.transport;

import org.charta.core.ChartaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a remote operation with at most {@link #MAX_ATTEMPTS} tries of the credential. Only a rejected password or
 * token starts another attempt, whose prompt reports that the previous value was wrong. A cancel, a host key problem
 * or any other failure ends at once. Servers lock accounts after a few wrong logins, hence the small limit. The
 * window and the CLI both run their remote operations through this class.
 */
public final class Authenticated {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticated.class);

    /** Attempts per operation. */
    public static final int MAX_ATTEMPTS = 3;

    /** A remote operation that uses the access it is given. */
    @FunctionalInterface
    public interface Operation<T> {
        T run(RemoteAccess access) throws ChartaException;
    }

    private Authenticated() {
    }

    /**
     * Runs the operation, keeps an accepted credential in the store, and runs it again after
     * {@code error.transport.badCredentials} until {@link #MAX_ATTEMPTS} attempts failed.
     *
     * @throws ChartaException the operation's failure; after the last attempt, {@code error.transport.badCredentials}
     */
    public static <T> T run(RemoteAccess access, Operation<T> operation) throws ChartaException {
        boolean retry = false;
        for (int attempt = 1; ; attempt++) {
            access.startAttempt(retry);
            try {
                T result = operation.run(access);
                access.approve();
                return result;
            } catch (ChartaException e) {
                boolean rejected = AccessFailure.Kind.BAD_CREDENTIALS.messageKey().equals(e.messageKey());
                if (!rejected || attempt >= MAX_ATTEMPTS || access.promptUnavailable()) {
                    if (rejected) {
                        LOG.warn("Attempt {} of {} rejected by {}: wrong credentials; giving up", attempt,
                                MAX_ATTEMPTS, hostOf(e));
                    }
                    throw e;
                }
                LOG.info("Attempt {} of {} rejected by {}: wrong credentials; asking again", attempt, MAX_ATTEMPTS,
                        hostOf(e));
                retry = true;
            }
        }
    }

    private static Object hostOf(ChartaException error) {
        Object[] arguments = error.arguments();
        return arguments.length > 0 ? arguments[0] : "the remote";
    }
}
