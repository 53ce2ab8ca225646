package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Git repository of a charter folder. Wraps one JGit {@link Repository}; close it when done, because
 * JGit keeps pack files open.
 */
public final class CharterRepository implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CharterRepository.class);

    /** The branch that holds the main text. */
    public static final String MAIN_BRANCH = "main";

    private final Path folder;
    private final Git git;

    private CharterRepository(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    /**
     * Opens the repository whose work tree is exactly this folder.
     *
     * @throws ChartaException when the folder has no {@code .git}
     */
    public static CharterRepository open(Path folder) throws ChartaException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute.resolve(Constants.DOT_GIT))) {
            throw new ChartaException("error.git.notARepository", absolute.toString());
        }
        try {
            Repository repository = new FileRepositoryBuilder()
                    .setWorkTree(absolute.toFile())
                    .setGitDir(absolute.resolve(Constants.DOT_GIT).toFile())
                    .setMustExist(true)
                    .build();
            return new CharterRepository(absolute, new Git(repository));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.openFailed", absolute.toString(), e.getMessage());
        }
    }

    /** Creates an empty repository on branch {@code main} in the folder. */
    public static CharterRepository init(Path folder) throws ChartaException {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Git git = Git.init().setDirectory(absolute.toFile()).setInitialBranch(MAIN_BRANCH).call();
            LOG.info("Created repository in {}", absolute);
            return new CharterRepository(absolute, git);
        } catch (GitAPIException e) {
            throw new ChartaException(e, "error.git.initFailed", absolute.toString(), e.getMessage());
        }
    }

    public static boolean isRepository(Path folder) {
        return Files.exists(folder.resolve(Constants.DOT_GIT));
    }

    public Path folder() {
        return folder;
    }

    public Git git() {
        return git;
    }

    public Repository repository() {
        return git.getRepository();
    }

    /**
     * Records every change in the work tree (new, changed and deleted files) as one commit.
     *
     * @return the new commit, or empty when there was nothing to record
     */
    public Optional<ObjectId> record(String message, Identity author) throws ChartaException {
        GitLocks.checkIndexLock(repository());
        try {
            Status status = git.status().call();
            if (status.isClean()) {
                return Optional.empty();
            }
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(author.name(), author.email())
                    .setCommitter(author.name(), author.email())
                    .setSign(false)
                    .call();
            LOG.info("Recorded commit {} in {}", commit.getId().abbreviate(8).name(), folder);
            return Optional.of(commit.getId());
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository());
        }
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }
}
