package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/** Turns JGit's exceptions into messages a person can act on. */
public final class GitErrors {

    /** Time-out of the TCP connection {@link #transport} opens to check whether a remote is reachable. */
    static final int PROBE_TIMEOUT_MILLIS = 5_000;

    private static final int GIT_PORT = 9418;
    private static final int SSH_PORT = 22;
    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private GitErrors() {
    }

    public static ChartaException translate(GitAPIException error, Repository repository) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockFailedException locked) {
                return new ChartaException(error, "error.git.indexLocked", locked.getFile().toString());
            }
        }
        if (error instanceof TransportException) {
            return new ChartaException(error, "error.git.remoteUnreachable", String.valueOf(error.getMessage()));
        }
        String where = repository == null ? "" : repository.getWorkTree().toString();
        return new ChartaException(error, "error.git.failed", where, String.valueOf(error.getMessage()));
    }

    /**
     * Translates a failed exchange with the remote at {@code url}, naming the URL: an unreachable remote, a
     * reachable remote without such a repository, or another transport failure.
     *
     * <p>JGit's {@code git://} transport drops the {@link ConnectException} behind a refused connection, so when
     * the cause does not show it, this method opens one TCP connection to the remote's host and port (at most
     * {@link #PROBE_TIMEOUT_MILLIS} ms) to decide whether the remote is reachable.
     */
    public static ChartaException transport(Exception error, String url) {
        Optional<ChartaException> refusedLogin = RemoteAccess.anonymous().explain(error, url);
        if (refusedLogin.isPresent()) {
            return refusedLogin.get();
        }
        if (isRepositoryMissing(error)) {
            return new ChartaException(error, "error.git.repositoryNotFound", url);
        }
        if (isOffline(error, url)) {
            return new ChartaException(error, "error.git.remoteUnreachable", url);
        }
        return new ChartaException(error, "error.git.transportFailed", url, String.valueOf(error.getMessage()));
    }

    /**
     * Translates a failed exchange as {@link #transport(Exception, String)} does, except when the access explains
     * it: a rejected password or token ({@code error.transport.badCredentials}), a missing credential
     * ({@code error.transport.noCredentials}), a cancel ({@code error.transport.cancelled}), a changed or
     * rejected SSH host key ({@code error.transport.hostKeyChanged}, {@code error.transport.hostKeyRejected}),
     * each naming the host.
     */
    public static ChartaException transport(Exception error, String url, RemoteAccess access) {
        return access.explain(error, url).orElseGet(() -> transport(error, url));
    }

    /**
     * Returns whether the access explains the failure (credentials, cancel, host key), so that it must not count
     * as an unreachable remote.
     */
    static boolean isAccessFailure(Exception error, String url, RemoteAccess access) {
        return access.explain(error, url).isPresent();
    }

    /** Returns whether the remote reported that it has no repository at that path. */
    static boolean isRepositoryMissing(Throwable error) {
        return hasCause(error, NoRemoteRepositoryException.class);
    }

    /**
     * Returns whether a failed exchange with the remote at {@code url} means that the remote could not be reached,
     * as {@link #transport} decides it (with the same connection probe). A refused login, a missing repository or
     * branch, or an error reported by the remote are not offline.
     */
    static boolean isOffline(Throwable error, String url) {
        if (isRepositoryMissing(error)) {
            return false;
        }
        return isUnreachable(error) || !acceptsConnections(url);
    }

    /**
     * Returns whether the failure means the remote host was unreachable: connection refused, unknown host, no
     * route, or a time-out.
     */
    public static boolean isUnreachable(Throwable error) {
        return hasCause(error, ConnectException.class)
                || hasCause(error, UnknownHostException.class)
                || hasCause(error, NoRouteToHostException.class)
                || hasCause(error, InterruptedIOException.class);
    }

    /**
     * Returns false when the URL names a host whose port refuses or ignores a TCP connection. Local paths and
     * URLs with an unknown port count as reachable.
     */
    static boolean acceptsConnections(String url) {
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            return true;
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return true;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort(uri.getScheme());
        if (port < 0) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        if (scheme == null || scheme.equals("ssh")) {
            return SSH_PORT;
        }
        return switch (scheme) {
            case "git" -> GIT_PORT;
            case "http" -> HTTP_PORT;
            case "https" -> HTTPS_PORT;
            default -> -1;
        };
    }

    static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
