package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Shares a charter through the remote {@code origin}: publish it to an empty remote, clone it, and sync it.
 *
 * <p>Guarantees: nothing is ever force-pushed and no remote commit is replaced; a rejected push is never reported
 * as success; a conflict leaves the work tree and {@code HEAD} as they were and keeps the remote tip under
 * {@code refs/charta/conflicts/}; no conflict marker is ever written. All methods do disk and network work and
 * must not run on the JavaFX thread.
 */
public final class RemoteSync {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSync.class);

    private RemoteSync() {
    }

    /**
     * Shares a local charter to an empty remote (a local path, {@code file://}, {@code git://}, {@code http://},
     * {@code https://} or {@code ssh://} URL, or {@code user@host:path}): records pending work, adds
     * {@code origin} with the URL, pushes the local main text to {@code main} and makes {@code main} track
     * {@code origin/main}. A local branch {@code master} without a
     * {@code main} is renamed to {@code main} once the push is accepted. When {@code origin} already is this URL
     * and the remote has a {@code main} branch, this runs {@link #sync} and returns its result.
     *
     * <p>When the push fails or is rejected, {@code .git/config} and the local branches are left as they were; a
     * remote that refuses the push (a server hook, missing rights) gives a {@link SyncOutcome#REJECTED} result.
     *
     * @throws ChartaException {@code error.sync.originMismatch} when {@code origin} has another URL,
     *                         {@code error.sync.remoteNotEmpty} when another remote already has a {@code main}
     *                         branch, {@code error.git.remoteUnreachable} when the remote is unreachable,
     *                         {@code error.git.repositoryNotFound} when there is no repository at the URL,
     *                         {@code error.git.unsupportedUrl} for another URL scheme, {@code error.git.noMainBranch}
     *                         when the local repository has neither {@code main} nor {@code master} checked out
     */
    public static SyncResult publish(CharterRepository repository, String url, Identity identity)
            throws ChartaException {
        return publish(RemoteAccess.anonymous(), repository, url, identity);
    }

    /**
     * Publishes as {@link #publish(CharterRepository, String, Identity)} does, with the credentials, SSH settings,
     * progress and cancel of {@code access}. Run it through {@link org.charta.core.transport.Authenticated} to
     * retry a rejected password or token.
     *
     * @throws ChartaException also an {@code error.transport.*} key when the access stopped the exchange
     */
    public static SyncResult publish(RemoteAccess access, CharterRepository repository, String url,
                                     Identity identity) throws ChartaException {
        try {
            return Publisher.publish(repository, url, identity, access);
        } catch (JGitInternalException e) {
            throw internalFailure(e, url);
        }
    }

    /**
     * Clones the {@code main} branch of a shared charter into a new or empty folder.
     *
     * @param monitor receives progress, or null
     * @throws ChartaException {@code error.folder.notEmpty} when the target has content (nothing is written),
     *                         {@code error.git.unsupportedUrl}, {@code error.git.repositoryNotFound},
     *                         {@code error.clone.remoteUnreachable}, {@code error.clone.remoteEmpty} or
     *                         {@code error.git.cloneFailed} when the clone fails, {@code error.clone.notACharter} or
     *                         an {@code error.clone.charter.*} key when the checked-out charter is invalid; in each
     *                         failure the folder is left as it was before
     */
    public static CharterRepository cloneCharter(String url, Path target, ProgressMonitor monitor)
            throws ChartaException {
        try {
            return Cloner.cloneCharter(url, target, monitor);
        } catch (JGitInternalException e) {
            throw internalFailure(e, url);
        }
    }

    /**
     * Clones as {@link #cloneCharter(String, Path, ProgressMonitor)} does, reporting progress to
     * {@code access.progress()}; a cancel there stops the clone and leaves the folder as it was before.
     *
     * @throws ChartaException also an {@code error.transport.*} key when the access stopped the exchange
     */
    public static CharterRepository cloneCharter(RemoteAccess access, String url, Path target)
            throws ChartaException {
        try {
            return Cloner.cloneCharter(url, target, access);
        } catch (JGitInternalException e) {
            throw internalFailure(e, url);
        }
    }

    /**
     * Records pending work, fetches {@code origin}, merges the shared {@code main} and pushes, trying the fetch,
     * merge and push up to three times while the remote moves on. Only a remote that cannot be reached gives
     * {@link SyncOutcome#OFFLINE}.
     *
     * <p>Amendment branches and release tags travel too. Pending work is recorded on the checked-out branch, which
     * is {@code main} or an amendment branch, and that branch is merged with its shared version together with the
     * work tree. Every other branch ({@code main} while an amendment is checked out, and each amendment that
     * {@code origin} has) is created, fast-forwarded or merged without touching the work tree; a branch whose
     * merge conflicts is left as it was and reported in {@link SyncResult#shared()}. One push, never forced, sends
     * {@code main}, each amendment branch whose record at the tip is not a draft, and the annotated tags on
     * {@code main}'s history that the remote lacks; each ref's update is checked, and a rejected one makes the
     * outcome {@link SyncOutcome#REJECTED}. The merge is computed in memory first, and the charter it would produce is
     * checked as {@link org.charta.core.charter.Charter#open} checks a folder; so is the local charter before it is
     * pushed. Conflict refs whose commit {@code HEAD} now contains are deleted.
     *
     * @param pendingMessage the message of the commit that records pending edits
     * @throws ChartaException when {@code .git/index.lock} exists (naming it); when an incoming path cannot be
     *                         checked out on every platform ({@code error.sync.unportablePaths}); when the merged or
     *                         local charter would be invalid ({@code error.sync.charter.*}); when the remote charter
     *                         shares no history with this one ({@code error.sync.unrelatedHistories}); when the
     *                         remote has no repository or no {@code main} branch, or refuses the exchange
     *                         ({@code error.git.repositoryNotFound}, {@code error.sync.remoteHasNoMain},
     *                         {@code error.git.transportFailed}). After any of these but the index lock, pending work
     *                         is recorded, and the work tree, {@code HEAD} and the remote are otherwise unchanged.
     *                         Also {@code error.sync.notOnMain} or {@code error.sync.detachedHead} when neither
     *                         {@code main} nor an amendment branch is checked out; nothing is recorded then.
     */
    public static SyncResult sync(CharterRepository repository, Identity identity, String pendingMessage)
            throws ChartaException {
        return sync(RemoteAccess.anonymous(), repository, identity, pendingMessage);
    }

    /**
     * Syncs as {@link #sync(CharterRepository, Identity, String)} does, with the credentials, SSH settings,
     * progress and cancel of {@code access}. A cancelled fetch leaves the repository consistent.
     *
     * @throws ChartaException also an {@code error.transport.*} key when the access stopped the exchange
     */
    public static SyncResult sync(RemoteAccess access, CharterRepository repository, Identity identity,
                                  String pendingMessage) throws ChartaException {
        try {
            return new SyncRun(repository, identity, access).run(pendingMessage);
        } catch (JGitInternalException e) {
            throw internalFailure(e, repository.folder().toString());
        }
    }

    /** Returns a remote address without the password or token it may carry, for messages and output. */
    public static String displayAddress(String url) {
        return RemoteUrls.redact(url);
    }

    /**
     * Turns JGit's unchecked failures (a transport that cannot push, such as a bundle, or a broken object) into a
     * message that names the cause, instead of letting them reach the person as an unexpected error.
     */
    private static ChartaException internalFailure(JGitInternalException error, String where) {
        LOG.warn("Git failed in {}", where, error);
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return new ChartaException(error, "error.git.failed", where, String.valueOf(cause.getMessage()));
    }

    /**
     * Pushes a local tag to {@code origin} if the remote does not have it yet. A tag the remote already has with
     * the same commit counts as pushed; a tag the remote has pointing elsewhere is rejected and never forced.
     *
     * @throws ChartaException {@code error.sync.tagRejected} naming the tag, {@code error.git.revisionUnknown} when
     *                         there is no such local tag, {@code error.sync.noRemote} without {@code origin}
     */
    public static void pushTag(CharterRepository repository, String tagName) throws ChartaException {
        pushTag(RemoteAccess.anonymous(), repository, tagName);
    }

    /** Pushes a tag as {@link #pushTag(CharterRepository, String)} does, with the settings of {@code access}. */
    public static void pushTag(RemoteAccess access, CharterRepository repository, String tagName)
            throws ChartaException {
        String url = RemoteUrls.redact(Remotes.originUrl(repository.repository()));
        if (url == null) {
            throw new ChartaException("error.sync.noRemote", repository.folder().toString());
        }
        String tagRef = Constants.R_TAGS + tagName;
        try {
            if (repository.repository().exactRef(tagRef) == null) {
                throw new ChartaException("error.git.revisionUnknown", tagName);
            }
            Pusher.Outcome push = Pusher.pushNewTag(repository.git(), tagRef, access);
            if (push.verdict() != Pusher.Verdict.ACCEPTED) {
                LOG.warn("Push of tag {} to {} rejected: {}", tagName, url, push.describe());
                throw new ChartaException("error.sync.tagRejected", tagName, url);
            }
            LOG.info("Pushed tag {} to {}: {}", tagName, url, push.describe());
        } catch (org.eclipse.jgit.errors.TransportException e) {
            throw GitErrors.transport(e, url, access);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }
}
