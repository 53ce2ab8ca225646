package org.charta.core.transport;

/**
 * Why an exchange with a remote stopped on Charta's side: what the credential provider, the host key check or the
 * progress monitor decided. JGit reports these only as generic transport errors, so {@link RemoteAccess} keeps them.
 *
 * @param kind the reason
 * @param host the host as {@link CredentialTarget#host()} names it, or empty when the failure happened before
 *               the host was known (SSH key passphrases): {@link RemoteAccess#explain} then fills it in from the URL
 * @param detail the key type and fingerprint for host key failures, the key file for passphrase failures, else
 *               empty
 */
public record AccessFailure(Kind kind, String host, String detail) {

    /** The reasons, each with its message key. */
    public enum Kind {
        BAD_CREDENTIALS("error.transport.badCredentials"),
        NO_CREDENTIALS("error.transport.noCredentials"),
        CANCELLED("error.transport.cancelled"),
        HOST_KEY_CHANGED("error.transport.hostKeyChanged"),
        HOST_KEY_REJECTED("error.transport.hostKeyRejected"),
        WRONG_PASSPHRASE("error.transport.wrongPassphrase"),
        PASSPHRASE_UNAVAILABLE("error.transport.passphraseUnavailable");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
