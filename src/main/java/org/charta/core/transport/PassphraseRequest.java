package org.charta.core.transport;

import java.nio.file.Path;

/**
 * What a passphrase prompt shows.
 *
 * @param keyFile the encrypted private key file, as SSH found it
 * @param retry   whether the previous passphrase for this key was wrong, so the prompt says so
 */
public record PassphraseRequest(Path keyFile, boolean retry) {
}
