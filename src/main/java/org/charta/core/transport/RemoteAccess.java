package org.charta.core.transport;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings Charta reaches a remote with: credentials, SSH host keys and key passphrases, progress and
 * cancellation for one operation.
 *
 * <p>One instance serves one operation at a time, on one background thread: it keeps the state of the current
 * attempt (the credential given, why the attempt stopped). {@link Authenticated#run} starts each attempt and
 * retries after a rejected password or token. Build a new instance, or call {@link #withProgress}, for each
 * operation.
 */
public final class RemoteAccess implements AutoCloseable {

    /** Time-out in seconds of a fetch, push or clone; a remote silent for longer counts as unreachable. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private final CredentialPrompt credentialPrompt;
    private final HostKeyPrompt hostKeyPrompt;
    private final PassphrasePrompt passphrasePrompt;
    private final CredentialStore store;
    private final PassphraseCache passphrases;
    private final TaskProgress progress;
    private final Path homeFolder;
    private final Path sshFolder;
    private final int timeoutSeconds;

    private AttemptCredentials attempt;
    private AccessFailure failure;
    private boolean promptUnavailable;
    private SshSessions sshSessions;

    private RemoteAccess(Builder builder) {
        this.credentialPrompt = builder.credentialPrompt;
        this.hostKeyPrompt = builder.hostKeyPrompt;
        this.passphrasePrompt = builder.passphrasePrompt;
        this.store = builder.store;
        this.passphrases = builder.passphrases;
        this.progress = builder.progress;
        this.homeFolder = builder.homeFolder;
        this.sshFolder = builder.sshFolder == null ? builder.homeFolder.resolve(".ssh") : builder.sshFolder;
        this.timeoutSeconds = builder.timeoutSeconds;
    }

    /**
     * Access without prompts or progress, for anonymous transports and tests: no credential is asked for, an
     * unknown SSH host key is rejected, no key passphrase is asked for, and accepted credentials live in memory
     * only.
     */
    public static RemoteAccess anonymous() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns access with the same prompts, store and folders, reporting to another progress. */
    public RemoteAccess withProgress(TaskProgress otherProgress) {
        return toBuilder().progress(otherProgress).build();
    }

    public TaskProgress progress() {
        return progress;
    }

    public CredentialPrompt credentialPrompt() {
        return credentialPrompt;
    }

    public HostKeyPrompt hostKeyPrompt() {
        return hostKeyPrompt;
    }

    public PassphrasePrompt passphrasePrompt() {
        return passphrasePrompt;
    }

    public CredentialStore store() {
        return store;
    }

    public PassphraseCache passphrases() {
        return passphrases;
    }

    public Path homeFolder() {
        return homeFolder;
    }

    public Path sshFolder() {
        return sshFolder;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * Sets the credentials provider, the SSH session factory (for SSH URLs), the time-out and the progress monitor
     * on a JGit transport command.
     */
    public <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setCredentialsProvider(credentials());
        command.setTransportConfigCallback(this::configureSsh);
        command.setTimeout(timeoutSeconds);
        return command;
    }

    /**
     * Sets the same as {@link #configure(TransportCommand)} on a transport opened with {@link Transport#open};
     * pass {@link #monitor()} to its fetch or push.
     */
    public Transport configure(Transport transport) {
        transport.setCredentialsProvider(credentials());
        transport.setTimeout(timeoutSeconds);
        configureSsh(transport);
        return transport;
    }

    /** Returns JGit's progress monitor over {@link #progress()}; cancelling it stops the transfer. */
    public ProgressMonitor monitor() {
        return new ProgressAdapter(progress);
    }

    /** Returns why the current attempt stopped on Charta's side, if it did. */
    public synchronized Optional<AccessFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Turns a failed exchange with {@code url} into the message of the reason recorded during the attempt
     * (rejected credential, cancel, host key, key passphrase), or of a refused login that JGit reports as "not authorized".
     * Returns empty for other failures.
     */
    public Optional<ChartaException> explain(Throwable error, String url) {
        String host = hostOf(url);
        AccessFailure recorded = failure().orElse(null);
        if (recorded == null && progress.isCancelled()) {
            recorded = new AccessFailure(AccessFailure.Kind.CANCELLED, host, "");
        }
        if (recorded == null && isAuthenticationFailure(error)) {
            recorded = new AccessFailure(AccessFailure.Kind.BAD_CREDENTIALS, host, "");
        }
        if (recorded == null) {
            return Optional.empty();
        }
        String failedHost = recorded.host().isEmpty() ? host : recorded.host();
        return Optional.of(new ChartaException(error, recorded.kind().messageKey(), failedHost, recorded.detail()));
    }

    /** Starts an attempt and clears the previous attempt's failure and credential. */
    synchronized void startAttempt(boolean retry) {
        attempt = new AttemptCredentials(this, retry);
        failure = null;
        promptUnavailable = false;
    }

    /** Keeps the credential of a successful attempt in the store. */
    synchronized void approve() {
        if (attempt != null) {
            attempt.approve();
        }
    }

    /** Notes that the prompt could not ask, so another attempt would fail the same way. */
    synchronized void recordPromptUnavailable() {
        promptUnavailable = true;
    }

    synchronized boolean promptUnavailable() {
        return promptUnavailable;
    }

    synchronized void recordFailure(AccessFailure reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    /** Closes the SSH client, if one was created, and drops the keys it decrypted. */
    @Override
    public synchronized void close() {
        if (sshSessions != null) {
            sshSessions.close();
            sshSessions = null;
        }
    }

    private synchronized AttemptCredentials credentials() {
        if (attempt == null) {
            attempt = new AttemptCredentials(this, false);
        }
        return attempt;
    }

    private synchronized void configureSsh(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            if (sshSessions == null) {
                sshSessions = new SshSessions(this);
            }
            ssh.setSshSessionFactory(sshSessions);
        }
    }

    private Builder toBuilder() {
        return builder().credentialPrompt(credentialPrompt).hostKeyPrompt(hostKeyPrompt)
                .passphrasePrompt(passphrasePrompt).store(store).passphrases(passphrases).progress(progress).homeFolder(homeFolder).sshFolder(sshFolder).timeoutSeconds(timeoutSeconds);
    }

    /**
     * Returns whether JGit's message means the remote refused the login: "not authorized" or "Authentication is
     * required" over HTTP (401), "Authentication failed" or "No more authentication methods" over SSH.
     */
    static boolean isAuthenticationFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("not authorized") || message.contains("authentication is required")
                    || message.contains("authentication failed")
                    || message.contains("no more authentication methods")) {
                return true;
            }
        }
        return false;
    }

    /** Returns the host (with {@code :port} when the URL names one) for messages, or the URL itself. */
    public static String hostOf(String url) {
        try {
            CredentialTarget target = CredentialTarget.of(new URIish(url));
            return target.host().isEmpty() ? url : target.host();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** Collects the prompts, store, progress and folders of a {@link RemoteAccess}. */
    public static final class Builder {

        private CredentialPrompt credentialPrompt = CredentialPrompt.NONE;
        private HostKeyPrompt hostKeyPrompt = HostKeyPrompt.REJECT;
        private PassphrasePrompt passphrasePrompt = PassphrasePrompt.NONE;
        private CredentialStore store = new MemoryCredentialStore();
        private PassphraseCache passphrases = new PassphraseCache();
        private TaskProgress progress = TaskProgress.NONE;
        private Path homeFolder = Path.of(System.getProperty("user.home"));
        private Path sshFolder;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

        private Builder() {
        }

        public Builder credentialPrompt(CredentialPrompt prompt) {
            this.credentialPrompt = Objects.requireNonNull(prompt);
            return this;
        }

        public Builder hostKeyPrompt(HostKeyPrompt prompt) {
            this.hostKeyPrompt = Objects.requireNonNull(prompt);
            return this;
        }

        public Builder passphrasePrompt(PassphrasePrompt prompt) {
            this.passphrasePrompt = Objects.requireNonNull(prompt);
            return this;
        }

        /**
         * Sets where decrypted key passphrases are kept for later operations (default: a new cache for this access
         * alone). Share one cache between the accesses of a process so a person types a passphrase once.
         */
        public Builder passphrases(PassphraseCache cache) {
            this.passphrases = Objects.requireNonNull(cache);
            return this;
        }

        public Builder store(CredentialStore credentialStore) {
            this.store = Objects.requireNonNull(credentialStore);
            return this;
        }

        public Builder progress(TaskProgress taskProgress) {
            this.progress = Objects.requireNonNull(taskProgress);
            return this;
        }

        /** Sets the home folder that SSH expands {@code ~} against (default: {@code user.home}). */
        public Builder homeFolder(Path folder) {
            this.homeFolder = Objects.requireNonNull(folder);
            return this;
        }

        /** Sets the folder of keys, {@code config} and {@code known_hosts} (default: {@code .ssh} in the home). */
        public Builder sshFolder(Path folder) {
            this.sshFolder = folder;
            return this;
        }

        public Builder timeoutSeconds(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("The time-out must be positive: " + seconds);
            }
            this.timeoutSeconds = seconds;
            return this;
        }

        public RemoteAccess build() {
            return new RemoteAccess(this);
        }
    }
}
