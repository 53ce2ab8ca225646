package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Finds the local branch that contains the main text. Charters share through a branch named {@code main}, but a
 * repository adopted from elsewhere may have been started with {@code git init} on {@code master}, Git's older
 * default. Such a branch is renamed to {@code main} the first time the charter is shared: the name is part of
 * the repository format, and later features (amendment branches, releases) rely on it.
 */
final class MainBranch {

    private static final Logger LOG = LoggerFactory.getLogger(MainBranch.class);

    /** The branch that {@code git init} creates unless the {@code init.defaultBranch} setting names another. */
    static final String MASTER_REF = Constants.R_HEADS + Constants.MASTER;

    private MainBranch() {
    }

    /**
     * Returns the checked-out branch that a sync may record on and merge with the work tree: {@code refs/heads/main},
     * {@code refs/heads/master} when there is no {@code main} yet (which {@link #renameToMain} then renames), or an
     * amendment branch {@code refs/heads/amendments/<id>} when {@code main} exists. Before the first commit,
     * {@code HEAD} names the branch that does not exist yet.
     *
     * @throws ChartaException {@code error.git.noMainBranch} when there is no {@code main} and {@code HEAD} is on
     *                         another branch; {@code error.sync.notOnMain} or {@code error.sync.detachedHead} when
     *                         {@code main} exists but another branch or a detached commit is checked out, because a
     *                         sync would record and merge there while sending nothing of it
     */
    static String localRef(Repository repository) throws ChartaException, IOException {
        String current = repository.getFullBranch();
        boolean hasMain = repository.exactRef(Remotes.MAIN_REF) != null;
        if (Remotes.MAIN_REF.equals(current) || (!hasMain && MASTER_REF.equals(current))) {
            return current;
        }
        if (hasMain && AmendmentRefSharing.isLocalBranch(current) && repository.exactRef(current) != null) {
            return current;
        }
        boolean detached = current != null && !current.startsWith(Constants.R_REFS);
        String branch = current == null ? Constants.HEAD : Repository.shortenRefName(current);
        if (hasMain) {
            String where = detached ? current.substring(0, Math.min(7, current.length())) : branch;
            throw new ChartaException(detached ? "error.sync.detachedHead" : "error.sync.notOnMain",
                    repository.getWorkTree().toString(), where);
        }
        throw new ChartaException("error.git.noMainBranch", repository.getWorkTree().toString(), branch);
    }

    /**
     * Renames the local branch to {@code main}; {@code HEAD} and the branch's configuration move with it. Does
     * nothing when the ref already is {@code refs/heads/main}.
     */
    static void renameToMain(Git git, String ref) throws ChartaException {
        if (Remotes.MAIN_REF.equals(ref)) {
            return;
        }
        Repository repository = git.getRepository();
        try {
            if (repository.exactRef(ref) == null) {
                // Before the first commit the branch does not exist yet; only HEAD names it.
                RefUpdate.Result linked = repository.updateRef(Constants.HEAD).link(Remotes.MAIN_REF);
                LOG.info("Pointed HEAD of {} at {} instead of {}: {}", repository.getWorkTree(), Remotes.MAIN_REF,
                        ref, linked);
                return;
            }
            git.branchRename().setOldName(ref).setNewName(CharterRepository.MAIN_BRANCH).call();
            LOG.info("Renamed branch {} to {} in {}", ref, Remotes.MAIN_REF, repository.getWorkTree());
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.getWorkTree().toString(), e.getMessage());
        }
    }
}
