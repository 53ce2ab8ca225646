package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.transport.URIish;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether Charta can exchange data with a remote address before JGit tries. JGit 7.4 fails on
 * {@code ftp://} with a {@link ClassCastException}, so addresses outside local paths, {@code file://},
 * {@code git://}, {@code http(s)://}, {@code ssh://} and the scp-like {@code user@host:path} are rejected here
 * with a message that lists what works.
 */
final class RemoteUrls {

    /** The schemes that JGit's core transports serve; a local path has no scheme. */
    private static final Set<String> SUPPORTED_SCHEMES = Set.of("file", "git", "http", "https", "ssh");

    private RemoteUrls() {
    }

    /**
     * Throws {@code error.git.unsupportedUrl} naming the address unless it is a local path, a {@code file://},
     * {@code git://}, {@code http://}, {@code https://} or {@code ssh://} URL, or {@code user@host:path}.
     */
    static void requireSupported(String url) throws ChartaException {
        if (!isSupported(url)) {
            throw new ChartaException("error.git.unsupportedUrl", String.valueOf(url));
        }
    }

    static boolean isSupported(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            // Without a scheme, the address is a local path or, with a host, the scp-like SSH form user@host:path.
            return true;
        }
        return SUPPORTED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
    }
}
