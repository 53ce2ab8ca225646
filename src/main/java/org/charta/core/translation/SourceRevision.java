package org.charta.core.translation;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the commit that a source text was taken from, for the alignment records. */
final class SourceRevision {

    private static final Logger LOG = LoggerFactory.getLogger(SourceRevision.class);

    private SourceRevision() {
    }

    /**
     * Returns the id of HEAD when the charter folder is a repository's work tree and HEAD's file at
     * {@code path} has exactly {@code text}; null otherwise (no repository, no commit yet, or unrecorded edits).
     */
    static String of(Path charterFolder, String path, String text) {
        if (!Files.isDirectory(charterFolder.resolve(Constants.DOT_GIT))) {
            return null;
        }
        try (Repository repository = new FileRepositoryBuilder()
                .setGitDir(charterFolder.resolve(Constants.DOT_GIT).toFile())
                .setWorkTree(charterFolder.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return null;
            }
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk file = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (file == null) {
                    return null;
                }
                byte[] bytes = repository.open(file.getObjectId(0)).getBytes();
                return new String(bytes, StandardCharsets.UTF_8).equals(text) ? head.name() : null;
            }
        } catch (IOException e) {
            LOG.warn("Could not read HEAD's {} in {}; recording no source revision", path, charterFolder, e);
            return null;
        }
    }
}
