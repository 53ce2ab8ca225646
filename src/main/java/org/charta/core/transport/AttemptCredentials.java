package org.charta.core.transport;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JGit's credential provider for one attempt of one operation. It reads the store first, then the prompt, and
 * prompts at most once. Once the remote rejected the value ({@link #reset} after a 401), it removes that value from
 * the store and supplies nothing more, so JGit's own retries end at once instead of prompting in a loop.
 */
final class AttemptCredentials extends CredentialsProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptCredentials.class);

    private final RemoteAccess access;
    private final boolean retry;
    private CredentialTarget target;
    private Credential given;
    private boolean fromPrompt;
    private boolean remember;
    private boolean prompted;
    private boolean rejected;

    /**
     * @param retry whether the previous attempt ended with a rejected value, which the prompt then reports
     */
    AttemptCredentials(RemoteAccess access, boolean retry) {
        this.access = access;
        this.retry = retry;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)
                    && !(item instanceof CredentialItem.InformationalMessage)
                    && !(item instanceof CredentialItem.YesNoType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized boolean get(URIish uri, CredentialItem... items) {
        if (isQuestion(items)) {
            // Host keys are checked by HostKeyCheck; a yes/no question that still reaches the provider gets "no".
            LOG.warn("Answered no to an unexpected question from the transport to {}", uri.getHost());
            return false;
        }
        if (rejected || access.failure().isPresent()) {
            // The attempt already stopped on Charta's side (a cancel, a key passphrase): SSH password methods
            // that follow must not ask anything more.
            return false;
        }
        if (given == null && !obtain(CredentialTarget.of(uri))) {
            return false;
        }
        fill(items);
        return true;
    }

    /** Called by JGit when the remote rejected the value given last: it is removed from the store. */
    @Override
    public synchronized void reset(URIish uri) {
        if (given == null) {
            return;
        }
        LOG.warn("{} rejected the credential of user {}; removing it from the store", target.host(),
                given.username());
        access.store().reject(target, given);
        access.recordFailure(new AccessFailure(AccessFailure.Kind.BAD_CREDENTIALS, target.host(), ""));
        given = null;
        rejected = true;
    }

    /** Keeps the value the remote accepted: in the store, unless the person unchecked Remember. */
    synchronized void approve() {
        if (given == null || (fromPrompt && !remember && access.store().persistent())) {
            return;
        }
        access.store().approve(target, given);
    }

    private boolean obtain(CredentialTarget requested) {
        target = requested;
        var stored = access.store().fill(target);
        if (stored.isPresent()) {
            given = stored.get();
            return true;
        }
        if (prompted) {
            return false;
        }
        prompted = true;
        LOG.info("Asking for the credential of {}", target.host());
        CredentialPrompt.Answer answer = access.credentialPrompt()
                .ask(new CredentialRequest(target, target.username(), retry, access.store().persistent()));
        switch (answer.kind()) {
            case GIVEN:
                given = answer.credential();
                fromPrompt = true;
                remember = answer.remember();
                return true;
            case CANCELLED:
                LOG.info("Credential prompt for {} cancelled", target.host());
                access.recordFailure(new AccessFailure(AccessFailure.Kind.CANCELLED, target.host(), ""));
                return false;
            default:
                // After a rejected value the person needs to hear that it was wrong, not that none was given.
                AccessFailure.Kind kind = retry ? AccessFailure.Kind.BAD_CREDENTIALS : AccessFailure.Kind.NO_CREDENTIALS;
                access.recordFailure(new AccessFailure(kind, target.host(), ""));
                access.recordPromptUnavailable();
                return false;
        }
    }

    private void fill(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(given.username());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(given.secret().toCharArray());
            }
        }
    }

    private static boolean isQuestion(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.YesNoType) {
                return true;
            }
        }
        return false;
    }
}
