package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.Identity;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Git repository of a charter folder. Wraps one JGit {@link Repository}; close it when done, because
 * JGit keeps pack files open.
 */
public final class CharterRepository implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CharterRepository.class);

    /** The branch that contains the main text. */
    public static final String MAIN_BRANCH = "main";

    private final Path folder;
    private final Git git;

    private CharterRepository(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    /**
     * Opens the repository whose work tree is exactly this folder, and runs {@link Recovery}: lock files that no
     * process holds are removed, and a work tree update that a killed process left unfinished is completed.
     *
     * @throws ChartaException when the folder has no {@code .git}
     */
    public static CharterRepository open(Path folder) throws ChartaException {
        CharterRepository repository = openWithoutRecovery(folder);
        Recovery.run(repository);
        return repository;
    }

    /**
     * Opens the repository whose work tree is exactly this folder and changes nothing in it, for commands that
     * repair the repository themselves, such as removing a lock.
     *
     * @throws ChartaException when the folder has no {@code .git}
     */
    public static CharterRepository openWithoutRecovery(Path folder) throws ChartaException {
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
            // The Git that init returns owns its repository; wrapping it leaves closing to close() alone.
            Repository repository = Git.init().setDirectory(absolute.toFile()).setInitialBranch(MAIN_BRANCH).call()
                    .getRepository();
            LOG.info("Created repository in {}", absolute);
            return new CharterRepository(absolute, Git.wrap(repository));
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
     * Records every change in the work tree (new, changed and deleted files) as one commit. Files whose only
     * difference from {@code HEAD} is their line endings are left out, so that a CRLF file committed by another
     * tool is not rewritten line by line.
     *
     * <p>A work tree update that a killed process left unfinished is completed first (see {@link Recovery}), so the
     * files it had not yet written are never recorded as a change back to the old version.
     *
     * @return the new commit, or empty when there was nothing to record
     * @throws ChartaException when {@code .git/index.lock} exists, naming it, or when another Git program left a
     *                         file in a conflicted state
     */
    public Optional<ObjectId> record(String message, Identity author) throws ChartaException {
        GitLocks.checkIndexLock(repository());
        requireBranch();
        Recovery.completeUpdate(this);
        try {
            WorkTreeChanges changes = WorkTreeChanges.of(git.status().call(), repository());
            if (!changes.unmerged().isEmpty()) {
                throw new ChartaException("error.git.unmergedPaths", changes.unmerged().iterator().next(),
                        folder.toString());
            }
            if (changes.isEmpty()) {
                return Optional.empty();
            }
            stage(changes);
            stageMoves(author);
            PersonIdent person = CommitText.person(author);
            RevCommit commit = git.commit()
                    .setMessage(CommitText.message(message))
                    .setAuthor(person)
                    .setCommitter(person)
                    .setAllowEmpty(false)
                    .setSign(false)
                    .call();
            LOG.info("Recorded commit {} with {} changed paths in {}", commit.getId().abbreviate(8).name(),
                    changes.uncommittedPaths().size(), folder);
            return Optional.of(commit.getId());
        } catch (EmptyCommitException e) {
            return Optional.empty();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", folder.toString(), e.getMessage());
        }
    }

    /**
     * Throws {@code error.record.detachedHead} when a commit rather than a branch is checked out: a commit
     * recorded there would belong to no branch and be left behind at the next checkout.
     */
    private void requireBranch() throws ChartaException {
        try {
            String current = repository().getFullBranch();
            if (current != null && !current.startsWith(Constants.R_REFS)) {
                throw new ChartaException("error.record.detachedHead", folder.toString(),
                        current.substring(0, Math.min(7, current.length())));
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", folder.toString(), e.getMessage());
        }
    }

    /**
     * Reads the state of the repository from disk: uncommitted paths, commits ahead of and behind the shared version
     * of the checked-out branch as of the last fetch, the remote, the index lock, {@code HEAD} and the unresolved
     * conflicts of earlier syncs. It never contacts the remote.
     */
    public RepositoryStatus status() throws ChartaException {
        try {
            WorkTreeChanges changes = WorkTreeChanges.of(git.status().call(), repository());
            ObjectId head = repository().resolve(Constants.HEAD);
            String branch = repository().getFullBranch();
            String trackingRef = Remotes.trackingRefOf(branch);
            ObjectId remoteTip = repository().resolve(trackingRef == null ? Remotes.TRACKING_REF : trackingRef);
            // An amendment not shared yet is compared with the main text it started from.
            ObjectId sentUpTo = remoteTip == null ? repository().resolve(Remotes.TRACKING_REF) : remoteTip;
            boolean keptHere = AmendmentRefSharing.isLocalBranch(branch) && head != null
                    && !AmendmentRefSharing.isShareable(repository(), AmendmentRefs.idOf(branch), head);
            String remoteUrl = RemoteUrls.redact(Remotes.originUrl(repository()));
            return new RepositoryStatus(
                    List.copyOf(changes.uncommittedPaths()),
                    keptHere ? 0 : Remotes.countCommits(repository(), head, sentUpTo),
                    Remotes.countCommits(repository(), remoteTip, head),
                    remoteUrl != null,
                    remoteUrl,
                    Files.exists(GitLocks.indexLock(repository())),
                    head == null ? null : head.abbreviate(7).name(),
                    ConflictRefs.unresolved(repository(), PendingMerge.load(this).orElse(null)));
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", folder.toString(), e.getMessage());
        }
    }

    /**
     * Writes the move events of the threads whose paragraphs the staged edit moves, and stages them, so that the
     * commit records the edit and the moves together.
     */
    private void stageMoves(Identity author) throws GitAPIException, IOException {
        ObjectId stagedTree;
        try (ObjectInserter inserter = repository().newObjectInserter()) {
            stagedTree = repository().readDirCache().writeTree(inserter);
            inserter.flush();
        }
        List<String> moves = CommentFollowing.beforeCommit(this, repository().resolve(Constants.HEAD), stagedTree,
                author);
        if (!moves.isEmpty()) {
            AddCommand add = git.add();
            moves.forEach(add::addFilepattern);
            add.call();
        }
    }

    /** Stages the changes that {@link #record} commits and takes line-ending-only files out of the index. */
    private void stage(WorkTreeChanges changes) throws GitAPIException {
        if (!changes.toAdd().isEmpty()) {
            AddCommand add = git.add();
            changes.toAdd().forEach(add::addFilepattern);
            add.call();
        }
        if (!changes.toRemove().isEmpty()) {
            RmCommand remove = git.rm().setCached(true);
            changes.toRemove().forEach(remove::addFilepattern);
            remove.call();
        }
        if (!changes.lineEndingOnly().isEmpty()) {
            ResetCommand reset = git.reset();
            changes.lineEndingOnly().forEach(reset::addPath);
            reset.call();
        }
    }

    @Override
    public void close() {
        git.getRepository().close();
    }
}
