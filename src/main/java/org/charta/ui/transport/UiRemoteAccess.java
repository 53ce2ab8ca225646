package org.charta.ui.transport;

import javafx.stage.Window;
import org.charta.core.transport.CredentialStore;
import org.charta.core.transport.PassphraseCache;
import org.charta.core.transport.RemoteAccess;
import org.charta.core.transport.TaskProgress;
import org.charta.ui.app.UiText;

/**
 * Builds the {@link RemoteAccess} of the window: credentials, host keys and SSH key passphrases asked in dialogs,
 * secrets kept by Git's credential helper (or in memory for the session when none is configured), and key
 * passphrases kept in memory for the session only.
 */
public final class UiRemoteAccess {

    private final Window owner;
    private final UiText text;
    /** Shared by every window of the process, so a value kept in memory serves the whole session. */
    private static volatile CredentialStore store;
    /** Passphrases that decrypted a key, shared by every window so a person types each one once per session. */
    private static final PassphraseCache PASSPHRASES = new PassphraseCache();

    public UiRemoteAccess(Window owner, UiText text) {
        this.owner = owner;
        this.text = text;
    }

    /** Returns a new access for one operation, reporting to {@code progress}. Call it on a background thread. */
    public RemoteAccess create(TaskProgress progress) {
        return RemoteAccess.builder()
                .credentialPrompt(new CredentialsDialog(owner, text))
                .hostKeyPrompt(new HostKeyDialog(owner, text))
                .passphrasePrompt(new PassphraseDialog(owner, text))
                .store(store())
                .passphrases(PASSPHRASES)
                .progress(progress)
                .build();
    }

    /**
     * Returns access for a fetch the person did not start: stored credentials and passphrases kept in memory only, and no
     * question, because a dialog popping up by itself would interrupt the person's writing. An unknown SSH host is
     * refused, and an encrypted key left locked, until a sync the person starts accepts or unlocks it.
     */
    public static RemoteAccess background(TaskProgress progress) {
        return RemoteAccess.builder()
                .store(store())
                .passphrases(PASSPHRASES)
                .progress(progress)
                .build();
    }

    /** Looks up the credential helper once, since that runs {@code git config}. */
    private static CredentialStore store() {
        CredentialStore current = store;
        if (current == null) {
            current = CredentialStore.system();
            store = current;
        }
        return current;
    }
}
