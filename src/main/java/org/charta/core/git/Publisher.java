package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Shares a local charter to an empty remote: the first push, which also sets up {@code origin}. */
final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    static final String PENDING_MESSAGE = "Record edits before publishing";

    private Publisher() {
    }

    static SyncResult publish(CharterRepository charter, String url, Identity identity) throws ChartaException {
        Repository repository = charter.repository();
        String existing = Remotes.originUrl(repository);
        if (existing != null && !existing.equals(url)) {
            throw new ChartaException("error.sync.originMismatch", existing, url);
        }
        GitLocks.checkIndexLock(repository);
        requireNoMain(url);

        LOG.info("Publishing {} to {}", charter.folder(), url);
        charter.record(PENDING_MESSAGE, identity);
        boolean addedOrigin = existing == null;
        try {
            ObjectId head = Remotes.head(repository);
            if (head == null) {
                throw new ChartaException("error.sync.nothingToPublish", charter.folder().toString());
            }
            if (addedOrigin) {
                Remotes.addOrigin(repository, url);
            }
            Pusher.Outcome push = push(charter.git(), url, addedOrigin);
            if (push.verdict() != Pusher.Verdict.ACCEPTED) {
                undoOrigin(repository, addedOrigin);
                LOG.warn("Publishing {} to {} rejected: {}", charter.folder(), url, push.describe());
                throw new ChartaException("error.sync.remoteNotEmpty", url);
            }
            Remotes.trackOriginMain(repository);
            int sent = Remotes.countCommits(repository, head, null);
            LOG.info("Published {} to {}: {} commits up to {}", charter.folder(), url, sent, Remotes.shortId(head));
            return new SyncResult(SyncOutcome.SYNCED, sent, 0, List.of(), List.of(),
                    "Published " + sent + " commits up to " + Remotes.shortId(head) + " to " + url + ".", null);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** Throws when the remote is unreachable or already has a {@code main} branch. */
    private static void requireNoMain(String url) throws ChartaException {
        Collection<Ref> heads;
        try {
            heads = Git.lsRemoteRepository().setRemote(url).setHeads(true).setTimeout(Remotes.TIMEOUT_SECONDS).call();
        } catch (GitAPIException e) {
            throw GitErrors.transport(e, url);
        }
        boolean hasMain = heads.stream().anyMatch(ref -> ref.getName().equals(Remotes.MAIN_REF));
        if (hasMain) {
            throw new ChartaException("error.sync.remoteNotEmpty", url);
        }
    }

    private static Pusher.Outcome push(Git git, String url, boolean addedOrigin) throws ChartaException, IOException {
        try {
            return Pusher.pushMain(git);
        } catch (GitAPIException e) {
            undoOrigin(git.getRepository(), addedOrigin);
            throw e instanceof TransportException ? GitErrors.transport(e, url) : GitErrors.translate(e,
                    git.getRepository());
        }
    }

    private static void undoOrigin(Repository repository, boolean addedOrigin) throws IOException {
        if (addedOrigin) {
            Remotes.removeOrigin(repository);
        }
    }
}
