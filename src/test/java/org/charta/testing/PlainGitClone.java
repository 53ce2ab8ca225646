package org.charta.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A clone of a shared remote's {@code main} that changes files and pushes them with JGit alone, as another Git
 * tool or a web editor would: none of Charta's checks run. Tests use it to push what Charta itself rejects.
 *
 * <pre>{@code
 * try (PlainGitClone other = PlainGitClone.of(remote, temp.resolve("web"))) {
 *     ObjectId pushed = other.write("charter.json", "{ broken").commitAndPush("Break the manifest");
 * }
 * }</pre>
 */
public final class PlainGitClone implements AutoCloseable {

    private final Git git;
    private final Path folder;

    private PlainGitClone(Git git, Path folder) {
        this.git = git;
        this.folder = folder;
    }

    /** Clones {@code main} of the remote (a path or URL) into a new folder. */
    public static PlainGitClone of(String remote, Path folder) throws GitAPIException {
        Git git = Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setBranch("main").call();
        return new PlainGitClone(git, folder);
    }

    public Path folder() {
        return folder;
    }

    public Git git() {
        return git;
    }

    /** Writes the text as UTF-8, creating parent folders. */
    public PlainGitClone write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Replaces the file with a symbolic link to the target, which Git records with mode 120000. */
    public PlainGitClone symlink(String path, String target) throws IOException {
        Path link = folder.resolve(path);
        Files.deleteIfExists(link);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(target));
        return this;
    }

    public PlainGitClone delete(String path) throws IOException {
        Files.delete(folder.resolve(path));
        return this;
    }

    /** Fetches and fast-forwards to the remote {@code main}, so the next push is not rejected. */
    public PlainGitClone pull() throws GitAPIException {
        git.pull().setRemote("origin").setRemoteBranchName("main").call();
        return this;
    }

    /**
     * Commits every change in the folder and pushes {@code main}.
     *
     * @return the pushed commit
     * @throws IllegalStateException when the remote does not accept the push
     */
    public ObjectId commitAndPush(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        ObjectId commit = git.commit().setMessage(message).setAuthor("Other Tool", "other@example.org")
                .setCommitter("Other Tool", "other@example.org").setSign(false).call().getId();
        for (PushResult result : git.push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call()) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                if (update.getStatus() != RemoteRefUpdate.Status.OK) {
                    throw new IllegalStateException("push of " + message + " ended " + update.getStatus());
                }
            }
        }
        return commit;
    }

    @Override
    public void close() {
        git.getRepository().close();
    }
}
