package org.charta.core.transport;

/**
 * Asks a person whether to trust an SSH host key seen for the first time. Called on the background thread that
 * runs the transfer; an implementation that shows a window blocks until the person answers.
 */
public interface HostKeyPrompt {

    /** Rejects every unknown key, for scripts without a console and for tests. */
    HostKeyPrompt REJECT = request -> false;

    /** Returns true when the person accepts the key; Charta then stores it in {@code known_hosts}. */
    boolean accept(HostKeyRequest request);
}
