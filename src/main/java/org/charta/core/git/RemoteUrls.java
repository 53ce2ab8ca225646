package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.transport.Credential;
import org.charta.core.transport.CredentialTarget;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.transport.URIish;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
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
            throw new ChartaException("error.git.unsupportedUrl", redact(String.valueOf(url)));
        }
    }

    /**
     * Returns the address without the password or token that a URL such as {@code https://ana:TOKEN@host/x} carries,
     * for logs, messages and {@code .git/config}. An http(s) address with a user name and no password shows
     * {@code ***} in place of the name. Other addresses are returned as they are.
     */
    static String redact(String url) {
        URIish uri = parse(url);
        if (uri == null) {
            return url;
        }
        if (uri.getPass() != null) {
            return uri.setPass(null).toString();
        }
        // Hosts such as GitHub take a token as the user name of an https address, so it is not shown either.
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        return web && uri.getUser() != null ? uri.setUser("***").toString().replace("%2a%2a%2a", "***") : url;
    }

    /** Returns the user and password that a URL carries, or empty when it carries no password. */
    static Optional<Credential> embeddedCredential(String url) {
        URIish uri = parse(url);
        if (uri == null || uri.getPass() == null || uri.getUser() == null) {
            return Optional.empty();
        }
        return Optional.of(new Credential(uri.getUser(), uri.getPass()));
    }

    /**
     * Moves the password of a URL into the operation's credential store and returns the URL without it, so that
     * the password never reaches {@code .git/config}, a log line or a message.
     */
    static String storeEmbeddedCredential(String url, RemoteAccess access) {
        Optional<Credential> credential = embeddedCredential(url);
        if (credential.isEmpty()) {
            return url;
        }
        String redacted = redact(url);
        access.store().approve(CredentialTarget.of(parse(redacted)), credential.get());
        return redacted;
    }

    private static URIish parse(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URIish(url);
        } catch (URISyntaxException e) {
            return null;
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
