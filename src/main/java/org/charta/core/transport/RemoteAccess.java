package org.charta.core.transport;

import org.eclipse.jgit.api.TransportCommand;

/**
 * How Charta reaches a remote: credentials, SSH host keys, progress and cancellation for one operation.
 */
public final class RemoteAccess {

    private final TaskProgress progress;

    private RemoteAccess(TaskProgress progress) {
        this.progress = progress;
    }

    /** Access without credentials, prompts or progress, for anonymous transports and tests. */
    public static RemoteAccess anonymous() {
        return new RemoteAccess(TaskProgress.NONE);
    }

    /**
     * Access without credentials or prompts that reports to {@code progress} and stops when it is cancelled.
     * NOTE: until {@link #configure} installs a progress monitor, JGit only stops at the checks Charta makes
     * before and after the transfer.
     */
    public static RemoteAccess withProgress(TaskProgress progress) {
        return new RemoteAccess(progress);
    }

    public TaskProgress progress() {
        return progress;
    }

    /** Sets credentials, SSH session factory, timeout and progress monitor on a JGit transport command. */
    public <C extends TransportCommand<C, ?>> C configure(C command) {
        // TODO: credentials, SSH and progress are being written.
        return command;
    }
}
