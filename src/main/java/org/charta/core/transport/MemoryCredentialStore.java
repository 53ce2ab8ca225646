package org.charta.core.transport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps credentials in memory until the process ends; the fallback when no Git credential helper is configured. */
public final class MemoryCredentialStore implements CredentialStore {

    /** The store shared by every operation of this process. */
    static final MemoryCredentialStore SESSION = new MemoryCredentialStore();

    private final Map<CredentialTarget, Credential> values = new ConcurrentHashMap<>();

    @Override
    public Optional<Credential> fill(CredentialTarget target) {
        return Optional.ofNullable(values.get(key(target)));
    }

    @Override
    public void approve(CredentialTarget target, Credential credential) {
        values.put(key(target), credential);
    }

    @Override
    public void reject(CredentialTarget target, Credential credential) {
        values.remove(key(target), credential);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    /** Keys by protocol and host only, as Git's helpers do when the URL names no user. */
    private static CredentialTarget key(CredentialTarget target) {
        return new CredentialTarget(target.protocol(), target.host(), null);
    }
}
