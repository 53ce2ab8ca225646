package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.io.Folders;
import org.charta.core.transport.AccessFailure;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Clones a shared charter into a new or empty folder, and leaves nothing behind when that fails. */
final class Cloner {

    private static final Logger LOG = LoggerFactory.getLogger(Cloner.class);

    /** The file that makes a folder a charter. */
    static final String MANIFEST = "charter.json";

    private static final int MAX_LISTED_PATHS = 5;

    private Cloner() {
    }

    static CharterRepository cloneCharter(String url, Path target, ProgressMonitor monitor) throws ChartaException {
        return cloneCharter(url, target, RemoteAccess.anonymous(), monitor == null ? NullProgressMonitor.INSTANCE
                : monitor);
    }

    static CharterRepository cloneCharter(String url, Path target, RemoteAccess access) throws ChartaException {
        return cloneCharter(url, target, access, access.monitor());
    }

    private static CharterRepository cloneCharter(String address, Path target, RemoteAccess access,
                                                  ProgressMonitor monitor) throws ChartaException {
        RemoteUrls.requireSupported(address);
        String url = RemoteUrls.storeEmbeddedCredential(address, access);
        Path folder = target.toAbsolutePath().normalize();
        boolean createdFolder = Folders.requireEmptyOrMissing(folder);
        LOG.info("Cloning {} into {}", url, folder);
        try (Git git = access.configure(Git.cloneRepository())
                .setURI(url)
                .setDirectory(folder.toFile())
                .setRemote(Remotes.ORIGIN)
                .setBranch(Remotes.MAIN_REF)
                .setBranchesToClone(List.of(Remotes.MAIN_REF))
                .setCloneAllBranches(false)
                .setProgressMonitor(monitor)
                .setNoCheckout(true)
                .call()) {
            LOG.info("Fetched {} into {} at {}", url, folder, Remotes.shortId(Remotes.head(git.getRepository())));
            // Checked before checkout, since a name Windows cannot create would leave a broken folder there.
            requirePortableTree(git.getRepository(), url);
            git.reset().setMode(ResetCommand.ResetType.HARD).call();
            markLineEndingOnlyFilesUnchanged(git);
            requireCharter(git.getRepository(), url);
        } catch (ChartaException e) {
            Folders.removeWritten(folder, createdFolder);
            throw e;
        } catch (GitAPIException | JGitInternalException | IOException e) {
            Folders.removeWritten(folder, createdFolder);
            ChartaException failure = translate(e, url, access);
            // A rejected credential ends one attempt only, because Authenticated logs it and prompts again.
            if (!AccessFailure.Kind.BAD_CREDENTIALS.messageKey().equals(failure.messageKey())) {
                LOG.warn("Clone of {} failed", url, e);
            }
            throw failure;
        }
        return CharterRepository.open(folder);
    }

    /** Throws when a path of the cloned commit cannot be checked out on every platform, listing up to five. */
    private static void requirePortableTree(Repository repository, String url) throws ChartaException, IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(Remotes.head(repository)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        }
        Set<String> collisions = PortablePaths.caseCollisions(paths);
        List<String> unportable = paths.stream()
                .filter(path -> PortablePaths.problem(path).isPresent() || collisions.contains(path))
                .toList();
        if (!unportable.isEmpty()) {
            LOG.warn("Clone of {} stopped: {} paths cannot be checked out on every platform: {}", url,
                    unportable.size(), unportable);
            List<String> listed = unportable.subList(0, Math.min(MAX_LISTED_PATHS, unportable.size()));
            throw new ChartaException("error.clone.unportablePaths", url, String.join(", ", listed),
                    unportable.size() - listed.size());
        }
    }

    /**
     * Throws when the checked-out clone is not a charter that can be opened: no {@code charter.json}, or one that
     * {@link MergedTreeCheck} rejects.
     */
    private static void requireCharter(Repository repository, String url) throws ChartaException, IOException {
        if (!Files.isRegularFile(repository.getWorkTree().toPath().resolve(MANIFEST))) {
            LOG.warn("Clone of {} has no {}; removing it", url, MANIFEST);
            throw new ChartaException("error.clone.notACharter", url, MANIFEST);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(Remotes.head(repository));
            MergedTreeCheck.check(repository, head.getTree(), url, MergedTreeCheck.Purpose.CLONE);
        }
    }

    /**
     * Turns a failed clone into a message about the clone: the folder stays empty, so unlike a sync there is no
     * local work to mention.
     */
    private static ChartaException translate(Exception error, String url, RemoteAccess access) {
        if (GitErrors.isAccessFailure(error, url, access)) {
            return GitErrors.transport(error, url, access);
        }
        if (GitErrors.isRepositoryMissing(error)) {
            return new ChartaException(error, "error.git.repositoryNotFound", url);
        }
        if (error instanceof TransportException) {
            if (GitErrors.isOffline(error, url)) {
                return new ChartaException(error, "error.clone.remoteUnreachable", url);
            }
            if (remoteLacksMain(url, access)) {
                return new ChartaException(error, "error.clone.remoteEmpty", url);
            }
        }
        return new ChartaException(error, "error.git.cloneFailed", url, String.valueOf(error.getMessage()));
    }

    private static boolean remoteLacksMain(String url, RemoteAccess access) {
        try {
            return Remotes.remoteMain(url, access) == null;
        } catch (GitAPIException e) {
            LOG.warn("Could not list the branches of {}", url, e);
            return false;
        }
    }

    /**
     * Marks files committed with CRLF under an {@code eol=lf} rule as unchanged, so that Git and JGit report the
     * fresh clone as clean instead of hashing those files through the rule and calling them modified.
     */
    private static void markLineEndingOnlyFilesUnchanged(Git git) throws GitAPIException, IOException {
        Set<String> paths = LineEndings.onlyLineEndingsDiffer(git.getRepository(), git.status().call().getModified());
        if (!paths.isEmpty()) {
            LOG.info("Clone has {} files committed with other line endings; marking them unchanged: {}",
                    paths.size(), paths);
            LineEndings.markUnchanged(git.getRepository(), paths);
        }
    }
}
