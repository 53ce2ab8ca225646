package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.Repository;

/** Turns JGit's exceptions into messages a person can act on. */
public final class GitErrors {

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
}
