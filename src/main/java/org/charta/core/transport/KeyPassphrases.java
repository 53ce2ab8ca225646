package org.charta.core.transport;

import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * JGit's source of passphrases for encrypted SSH keys, for one SSH connection. It offers the passphrase kept in
 * the {@link PassphraseCache} first, then prompts through the {@link PassphrasePrompt} at most {@link #MAX_PROMPTS} times
 * per key. A cancel stops the connection at once. A passphrase that decrypted its key goes into the cache, and one
 * that no longer does is removed from it.
 */
final class KeyPassphrases implements KeyPasswordProvider {

    private static final Logger LOG = LoggerFactory.getLogger(KeyPassphrases.class);

    /** Prompts per key and connection, as OpenSSH's default {@code NumberOfPasswordPrompts}. */
    static final int MAX_PROMPTS = 3;

    private final RemoteAccess access;
    private final Map<String, KeyState> keys = new HashMap<>();

    KeyPassphrases(RemoteAccess access) {
        this.access = access;
    }

    /** The prompts and results of one key so far on this connection. */
    private static final class KeyState {
        private boolean cacheTried;
        private boolean fromCache;
        private boolean wrong;
        private int prompts;
        private String current;
    }

    @Override
    public void setAttempts(int numberOfPasswordPrompts) {
        // The limit is MAX_PROMPTS whatever the NumberOfPasswordPrompts setting is, so a config cannot cause a loop.
    }

    @Override
    public int getAttempts() {
        return MAX_PROMPTS;
    }

    @Override
    public synchronized char[] getPassphrase(URIish uri, int attempt) {
        String keyFile = keyFile(uri);
        KeyState state = keys.computeIfAbsent(keyFile, file -> new KeyState());
        if (!state.cacheTried) {
            state.cacheTried = true;
            String cached = access.passphrases().get(keyFile).orElse(null);
            if (cached != null) {
                LOG.debug("Trying the passphrase kept in memory for SSH key {}", keyFile);
                state.fromCache = true;
                state.current = cached;
                return cached.toCharArray();
            }
        }
        if (state.prompts >= MAX_PROMPTS) {
            return null;
        }
        state.prompts++;
        return ask(keyFile, state);
    }

    @Override
    public synchronized boolean keyLoaded(URIish uri, int attempt, Exception error) {
        String keyFile = keyFile(uri);
        KeyState state = keys.get(keyFile);
        if (state == null || state.current == null) {
            // An unencrypted key, or no passphrase was given: nothing to keep and nothing to retry.
            keys.remove(keyFile);
            return false;
        }
        if (error == null) {
            LOG.info("SSH key {} decrypted", keyFile);
            access.passphrases().put(keyFile, state.current);
            keys.remove(keyFile);
            return false;
        }
        return retryAfterWrong(keyFile, state, error);
    }

    private char[] ask(String keyFile, KeyState state) {
        LOG.info("Asking for the passphrase of SSH key {} (prompt {} of {})", keyFile, state.prompts, MAX_PROMPTS);
        PassphrasePrompt.Answer answer = access.passphrasePrompt()
                .ask(new PassphraseRequest(Path.of(keyFile), state.wrong));
        switch (answer.kind()) {
            case GIVEN:
                state.current = answer.passphrase();
                return state.current.toCharArray();
            case CANCELLED:
                LOG.info("Passphrase prompt for SSH key {} cancelled", keyFile);
                access.recordFailure(new AccessFailure(AccessFailure.Kind.CANCELLED, "", keyFile));
                keys.remove(keyFile);
                throw new CancellationException("Passphrase prompt cancelled");
            default:
                LOG.info("SSH key {} needs a passphrase, and none can be asked for", keyFile);
                access.recordFailure(new AccessFailure(AccessFailure.Kind.PASSPHRASE_UNAVAILABLE, "", keyFile));
                access.recordPromptUnavailable();
                keys.remove(keyFile);
                return null;
        }
    }

    private boolean retryAfterWrong(String keyFile, KeyState state, Exception error) {
        state.current = null;
        state.wrong = true;
        if (state.fromCache) {
            LOG.info("The passphrase kept in memory no longer decrypts SSH key {}; forgetting it", keyFile);
            access.passphrases().remove(keyFile);
            state.fromCache = false;
        } else {
            LOG.info("Passphrase for SSH key {} did not decrypt it (prompt {} of {}): {}", keyFile, state.prompts,
                    MAX_PROMPTS, error.getClass().getSimpleName());
        }
        if (state.prompts < MAX_PROMPTS) {
            return true;
        }
        LOG.warn("Wrong passphrase for SSH key {} {} times; giving up", keyFile, MAX_PROMPTS);
        access.recordFailure(new AccessFailure(AccessFailure.Kind.WRONG_PASSPHRASE, "", keyFile));
        keys.remove(keyFile);
        return false;
    }

    /** Returns the key file that sshd names as a resource (JGit passes its path as a URI). */
    private static String keyFile(URIish uri) {
        return uri.getPath() != null && !uri.getPath().isEmpty() ? uri.getPath() : uri.toString();
    }
}
