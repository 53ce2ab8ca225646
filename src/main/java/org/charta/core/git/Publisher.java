package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.io.AtomicFiles;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shares a local charter to an empty remote: the first push, which also sets up {@code origin}. Publishing again to
 * the remote that already is {@code origin} runs a sync instead.
 */
final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    static final String PENDING_MESSAGE = "Record edits before publishing";

    private final CharterRepository charter;
    private final Repository repository;
    private final String url;
    private final Identity identity;
    private final RemoteAccess access;

    private Publisher(CharterRepository charter, String url, Identity identity, RemoteAccess access) {
        this.access = access;
        this.charter = charter;
        this.repository = charter.repository();
        this.url = url;
        this.identity = identity;
    }

    static SyncResult publish(CharterRepository charter, String url, Identity identity, RemoteAccess access)
            throws ChartaException {
        RemoteUrls.requireSupported(url);
        return new Publisher(charter, RemoteUrls.storeEmbeddedCredential(url, access), identity, access).run();
    }

    private SyncResult run() throws ChartaException {
        String existing = Remotes.originUrl(repository);
        if (existing != null && !existing.equals(url)) {
            throw new ChartaException("error.sync.originMismatch", RemoteUrls.redact(existing), url);
        }
        GitLocks.checkIndexLock(repository);
        if (remoteHasMain()) {
            if (url.equals(existing)) {
                LOG.info("{} already shares through {}, which has a main branch; publishing syncs instead",
                        charter.folder(), url);
                return new SyncRun(charter, identity, access).run(PENDING_MESSAGE);
            }
            throw new ChartaException("error.sync.remoteNotEmpty", url);
        }

        try {
            String localRef = MainBranch.localRef(repository);
            LOG.info("Publishing {} ({}) to {}", charter.folder(), localRef, url);
            charter.record(PENDING_MESSAGE, identity);
            ObjectId head = Remotes.head(repository);
            if (head == null) {
                throw new ChartaException("error.sync.nothingToPublish", charter.folder().toString());
            }
            Pusher.Outcome push = pushKeepingConfigOnFailure(localRef, existing == null);
            if (push.verdict() == Pusher.Verdict.BEHIND) {
                LOG.warn("Publishing {} to {} rejected: {}", charter.folder(), url, push.describe());
                throw new ChartaException("error.sync.remoteNotEmpty", url);
            }
            if (push.verdict() == Pusher.Verdict.REJECTED) {
                LOG.warn("Publishing {} to {} rejected: {}", charter.folder(), url, push.describe());
                return new SyncResult(SyncOutcome.REJECTED, 0, 0, List.of(), List.of(), "Publishing to " + url
                        + " rejected: " + push.describe() + ".", null, false, List.of(), push.serverReason());
            }

            MainBranch.renameToMain(charter.git(), localRef);
            Remotes.trackOriginMain(repository);
            int sent = Remotes.countCommits(repository, head, null);
            LOG.info("Published {} to {}: {} commits up to {}", charter.folder(), url, sent, Remotes.shortId(head));
            return new SyncResult(SyncOutcome.SYNCED, sent, 0, List.of(), List.of(),
                    "Published " + sent + " commits up to " + Remotes.shortId(head) + " to " + url + ".", null);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** Returns whether the remote already has a {@code main} branch; throws when it cannot be asked. */
    private boolean remoteHasMain() throws ChartaException {
        try {
            return Remotes.remoteMain(url, access) != null;
        } catch (GitAPIException e) {
            throw GitErrors.transport(e, url, access);
        }
    }

    /**
     * Adds {@code origin} when {@code addOrigin} is set and pushes the local branch to {@code main}. When the push
     * fails or is rejected, {@code .git/config} is written back byte for byte as it was, so a failed publish
     * leaves no {@code origin} behind that would make later syncs fail.
     */
    private Pusher.Outcome pushKeepingConfigOnFailure(String localRef, boolean addOrigin)
            throws ChartaException, IOException {
        Path configFile = configFile();
        byte[] configBefore = Files.readAllBytes(configFile);
        Pusher.Outcome push;
        try {
            if (addOrigin) {
                Remotes.addOrigin(repository, url);
            }
            push = Pusher.pushToMain(charter.git(), localRef, access);
        } catch (GitAPIException | IOException | RuntimeException e) {
            restoreConfig(configFile, configBefore);
            LOG.warn("Publishing {} to {} failed", charter.folder(), url, e);
            throw e instanceof GitAPIException gitError ? GitErrors.transport(gitError, url, access)
                    : new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
        if (push.verdict() != Pusher.Verdict.ACCEPTED) {
            restoreConfig(configFile, configBefore);
        }
        return push;
    }

    private Path configFile() throws IOException {
        if (repository.getConfig() instanceof FileBasedConfig fileConfig) {
            return fileConfig.getFile().toPath();
        }
        throw new IOException("The configuration of " + repository.getDirectory() + " is not a file");
    }

    private void restoreConfig(Path configFile, byte[] content) throws IOException {
        AtomicFiles.write(configFile, content);
        try {
            repository.getConfig().load();
        } catch (org.eclipse.jgit.errors.ConfigInvalidException e) {
            throw new IOException(e);
        }
    }
}
