package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
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
     * Shares a local charter to an empty remote (a local path, {@code file://} or {@code git://} URL): records
     * pending work, adds {@code origin} with the URL, pushes {@code main} and makes {@code main} track
     * {@code origin/main}.
     *
     * @throws ChartaException {@code error.sync.originMismatch} when {@code origin} has another URL,
     *                         {@code error.sync.remoteNotEmpty} when the remote already has a {@code main} branch
     *                         (the local configuration is then left as it was), {@code error.git.remoteUnreachable}
     *                         when the remote is unreachable
     */
    public static SyncResult publish(CharterRepository repository, String url, Identity identity)
            throws ChartaException {
        return Publisher.publish(repository, url, identity);
    }

    /**
     * Clones the {@code main} branch of a shared charter into a new or empty folder.
     *
     * @param monitor receives progress, or null
     * @throws ChartaException {@code error.folder.notEmpty} when the target has content (nothing is written),
     *                         {@code error.git.remoteUnreachable} or {@code error.git.cloneFailed} when the clone
     *                         fails, {@code error.clone.notACharter} when the clone has no {@code charter.json}; in
     *                         each failure the folder is left as it was before
     */
    public static CharterRepository cloneCharter(String url, Path target, ProgressMonitor monitor)
            throws ChartaException {
        return Cloner.cloneCharter(url, target, monitor);
    }

    /**
     * Records pending work, fetches {@code origin}, merges the shared {@code main} and pushes, trying the fetch,
     * merge and push up to three times while the remote moves on.
     *
     * @param pendingMessage the message of the commit that records pending edits
     * @throws ChartaException when {@code .git/index.lock} exists (naming it), when an incoming path cannot be
     *                         checked out on every platform ({@code error.sync.unportablePath}, before anything
     *                         changes), or when the remote charter shares no history with this one
     *                         ({@code error.sync.unrelatedHistories})
     */
    public static SyncResult sync(CharterRepository repository, Identity identity, String pendingMessage)
            throws ChartaException {
        return new SyncRun(repository, identity).run(pendingMessage);
    }

    /**
     * Pushes a local tag to {@code origin} if the remote does not have it yet. A tag the remote already has with
     * the same commit counts as pushed; a tag the remote has pointing elsewhere is rejected and never forced.
     *
     * @throws ChartaException {@code error.sync.tagRejected} naming the tag, {@code error.git.revisionUnknown} when
     *                         there is no such local tag, {@code error.sync.noRemote} without {@code origin}
     */
    public static void pushTag(CharterRepository repository, String tagName) throws ChartaException {
        String url = Remotes.originUrl(repository.repository());
        if (url == null) {
            throw new ChartaException("error.sync.noRemote", repository.folder().toString());
        }
        String tagRef = Constants.R_TAGS + tagName;
        try {
            if (repository.repository().exactRef(tagRef) == null) {
                throw new ChartaException("error.git.revisionUnknown", tagName);
            }
            Pusher.Outcome push = Pusher.pushNewTag(repository.git(), tagRef);
            if (push.verdict() != Pusher.Verdict.ACCEPTED) {
                LOG.warn("Push of tag {} to {} rejected: {}", tagName, url, push.describe());
                throw new ChartaException("error.sync.tagRejected", tagName, url);
            }
            LOG.info("Pushed tag {} to {}: {}", tagName, url, push.describe());
        } catch (org.eclipse.jgit.errors.TransportException e) {
            throw GitErrors.transport(e, url);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }
}
