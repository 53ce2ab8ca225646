package org.charta.core.transport;

/**
 * An SSH host key that is not in {@code known_hosts} yet.
 *
 * @param host        the host as the URL names it, with {@code :port} when the port is not 22
 * @param keyType     the key algorithm, such as {@code ssh-ed25519} or {@code ecdsa-sha2-nistp256}
 * @param fingerprint the SHA-256 fingerprint as OpenSSH prints it ({@code SHA256:...})
 */
public record HostKeyRequest(String host, String keyType, String fingerprint) {
}
