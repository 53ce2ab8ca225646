package org.charta.core.transport;

/**
 * Asks a person for a user name and a password or token. Called on the background thread that runs the transfer,
 * at most once per attempt; an implementation that shows a window blocks until the person answers.
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

        /** The person gave a value. */
        public static Answer given(Credential credential, boolean remember) {
            return new Answer(Kind.GIVEN, credential, remember);
        }

        /** The person pressed Cancel: the operation stops at once. */
        public static Answer cancelled() {
            return new Answer(Kind.CANCELLED, null, false);
        }

        /** Nobody can be asked (no console, {@code --no-prompt}). */
        public static Answer unavailable() {
            return new Answer(Kind.UNAVAILABLE, null, false);
        }
    }

    /** How a prompt ended. */
    enum Kind {
        GIVEN,
        CANCELLED,
        UNAVAILABLE
    }
}
