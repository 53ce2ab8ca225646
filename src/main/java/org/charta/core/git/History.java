package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the history of a charter: the commits that touched a file, and a file as it was at a revision. */
public final class History {

    private History() {
    }

    /**
     * Returns the commits reachable from {@code HEAD} that changed the path, newest first, at most {@code max}.
     * Renames are not followed. Before the first commit the list is empty.
     */
    public static List<Revision> log(CharterRepository repository, String path, int max) throws ChartaException {
        List<Revision> revisions = new ArrayList<>();
        try {
            for (RevCommit commit : repository.git().log().addPath(path).setMaxCount(max).call()) {
                revisions.add(toRevision(commit));
            }
            return revisions;
        } catch (NoHeadException e) {
            return revisions;
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository.repository());
        }
    }

    /**
     * Returns the text of the file at a revision, decoded as UTF-8 and unchanged otherwise.
     *
     * @param revision anything JGit resolves to a commit: {@code HEAD}, {@code HEAD~1}, a branch, a tag, a short or
     *                 full commit id
     * @return the text, or empty when the file does not exist at that revision
     * @throws ChartaException {@code error.git.revisionUnknown} naming the revision when it resolves to no commit
     */
    public static Optional<String> readAt(CharterRepository repository, String revision, String path)
            throws ChartaException {
        Repository git = repository.repository();
        try (RevWalk walk = new RevWalk(git); ObjectReader reader = git.newObjectReader()) {
            RevCommit commit = walk.parseCommit(resolveCommit(git, revision));
            try (TreeWalk treeWalk = TreeWalk.forPath(reader, path, commit.getTree())) {
                if (treeWalk == null || (treeWalk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                byte[] bytes = reader.open(treeWalk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IncorrectObjectTypeException e) {
            throw new ChartaException(e, "error.git.revisionUnknown", revision);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static ObjectId resolveCommit(Repository git, String revision) throws ChartaException, IOException {
        ObjectId id;
        try {
            id = revision == null || revision.isBlank() ? null : git.resolve(revision + "^{commit}");
        } catch (AmbiguousObjectException | RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new ChartaException(e, "error.git.revisionUnknown", String.valueOf(revision));
        }
        if (id == null) {
            throw new ChartaException("error.git.revisionUnknown", String.valueOf(revision));
        }
        return id;
    }

    private static Revision toRevision(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new Revision(commit.getId().name(), commit.getId().abbreviate(7).name(), commit.getFullMessage(),
                author.getName(), author.getEmailAddress(), author.getWhenAsInstant());
    }
}
