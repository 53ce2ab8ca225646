package org.charta.core.transport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSH key passphrases that decrypted their key, kept in memory only and keyed by key file, so a second operation
 * of the same process does not ask again. Nothing here is ever written to disk or logged.
 */
public final class PassphraseCache {

    private final Map<String, String> passphrases = new ConcurrentHashMap<>();

    /** Returns the passphrase that last decrypted the key file, if any. */
    Optional<String> get(String keyFile) {
        return Optional.ofNullable(passphrases.get(keyFile));
    }

    /** Keeps a passphrase that decrypted the key file. */
    void put(String keyFile, String passphrase) {
        passphrases.put(keyFile, passphrase);
    }

    /** Forgets a passphrase that no longer decrypts the key file. */
    void remove(String keyFile) {
        passphrases.remove(keyFile);
    }

    /** Forgets every passphrase. */
    public void clear() {
        passphrases.clear();
    }
}
