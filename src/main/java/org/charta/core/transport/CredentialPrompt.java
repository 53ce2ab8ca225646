package org.charta.core.transport;

/**
 * Asks a person for a user name and a password or token. Called on the background thread that runs the transfer,
 * at most once per attempt. An implementation that shows a window blocks until the person replies.
 */
public interface CredentialPrompt {

    /** A prompt that can never ask, for scripts and tests: every request gets {@link Answer#unavailable()}. */
    CredentialPrompt NONE = request -> Answer.unavailable();

    Answer ask(CredentialRequest request);

    /**
     * The outcome of a prompt.
     *
     * @param kind       whether the person gave a value, cancelled, or could not be asked
     * @param credential the value given, or null
     * @param remember   whether the person asked to keep the value in the credential helper
     */
    record Answer(Kind kind, Credential credential, boolean remember) {

        /** Returns the answer of a person who gave a value. */
        public static Answer given(Credential credential, boolean remember) {
            return new Answer(Kind.GIVEN, credential, remember);
        }

        /** Returns the answer of a person who pressed Cancel, which stops the operation at once. */
        public static Answer cancelled() {
            return new Answer(Kind.CANCELLED, null, false);
        }

        /** Returns the answer when no prompt can be shown (no console, {@code --no-prompt}). */
        public static Answer unavailable() {
            return new Answer(Kind.UNAVAILABLE, null, false);
        }
    }

    /** The way a prompt ended. */
    enum Kind {
        GIVEN,
        CANCELLED,
        UNAVAILABLE
    }
}
