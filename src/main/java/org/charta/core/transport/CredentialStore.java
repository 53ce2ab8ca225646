package org.charta.core.transport;

import java.util.Map;
import java.util.Optional;

/**
 * Where credentials are kept between operations. Implementations never write a secret to a plain file or a log.
 */
public interface CredentialStore {

    /** Returns the stored credential for the target, if any. */
    Optional<Credential> fill(CredentialTarget target);

    /** Keeps a credential that the remote accepted. */
    void approve(CredentialTarget target, Credential credential);

    /** Forgets a credential that the remote rejected. */
    void reject(CredentialTarget target, Credential credential);

    /** Whether values outlive this process, so a prompt may offer to remember them. */
    boolean persistent();

    /**
     * Returns Git's credential helper when {@code git config --get-all credential.helper} names one, else the
     * in-memory store shared by this process.
     */
    static CredentialStore system() {
        return forEnvironment(System.getenv());
    }

    /** Returns the store {@link #system()} chooses for child {@code git} processes with this environment. */
    static CredentialStore forEnvironment(Map<String, String> environment) {
        return GitCredentialStore.detect(environment).<CredentialStore>map(store -> store)
                .orElse(MemoryCredentialStore.SESSION);
    }
}
