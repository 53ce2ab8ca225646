package org.charta.core.transport;

import java.nio.file.Path;

/**
 * The facts a passphrase prompt shows.
 *
 * @param keyFile the encrypted private key file, as SSH found it
 * @param retry   whether the previous passphrase for this key was wrong, which the prompt then reports
 */
public record PassphraseRequest(Path keyFile, boolean retry) {
}
