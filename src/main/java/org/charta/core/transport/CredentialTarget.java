package org.charta.core.transport;

import org.eclipse.jgit.transport.URIish;

import java.util.Locale;

/**
 * The protocol and host (with a port other than the default) that a credential belongs to, as Git's credential
 * helpers key them.
 *
 * @param protocol {@code https}, {@code http} or {@code ssh}
 * @param host     the host name, followed by {@code :port} when the URL names a port
 * @param username the user name from the URL, or null
 */
public record CredentialTarget(String protocol, String host, String username) {

    /** Returns the target of a remote URL; a URL without a scheme (the scp-like form) counts as {@code ssh}. */
    public static CredentialTarget of(URIish uri) {
        String scheme = uri.getScheme() == null ? "ssh" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (uri.getPort() > 0) {
            host = host + ":" + uri.getPort();
        }
        return new CredentialTarget(scheme, host, uri.getUser());
    }
}
