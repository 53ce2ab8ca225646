package org.charta.core.transport;

/**
 * Asks a person for the passphrase of an encrypted SSH private key. Called on the background thread that runs the
 * transfer, at most {@link KeyPassphrases#MAX_PROMPTS} times per key and connection. An implementation that shows
 * a window blocks until the person replies.
 */
public interface PassphrasePrompt {

    /** A prompt that can never ask, for background fetches, scripts and tests. */
    PassphrasePrompt NONE = request -> Answer.unavailable();

    Answer ask(PassphraseRequest request);

    /**
     * The outcome of a passphrase prompt. {@link #toString()} never shows the passphrase.
     *
     * @param kind       whether the person gave a passphrase, cancelled, or could not be asked
     * @param passphrase the passphrase given, or null
     */
    record Answer(CredentialPrompt.Kind kind, String passphrase) {

        /** Returns the answer of a person who gave a passphrase. */
        public static Answer given(String passphrase) {
            return new Answer(CredentialPrompt.Kind.GIVEN, passphrase);
        }

        /** Returns the answer of a person who pressed Cancel, which stops the operation at once. */
        public static Answer cancelled() {
            return new Answer(CredentialPrompt.Kind.CANCELLED, null);
        }

        /** Returns the answer when no prompt can be shown (background fetch, no console, {@code --no-prompt}). */
        public static Answer unavailable() {
            return new Answer(CredentialPrompt.Kind.UNAVAILABLE, null);
        }

        @Override
        public String toString() {
            return "Answer[kind=" + kind + ", passphrase=" + (passphrase == null ? "null" : "***") + "]";
        }
    }
}
