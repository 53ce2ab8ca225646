package org.charta.core.git;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds work tree files that differ from {@code HEAD} only in their line endings.
 *
 * <p>Such files appear when someone committed CRLF text before {@code .gitattributes} asked for LF: Git then
 * reports the checked-out file as modified although its content did not change, and a commit of it would rewrite every
 * line. Charta neither records nor reports them.
 */
final class LineEndings {

    private LineEndings() {
    }

    /**
     * Returns the paths among {@code candidates} whose work tree file has the same content as in {@code HEAD} once
     * every CRLF in both is read as LF. Binary files, missing files and files absent from {@code HEAD} never count.
     */
    static Set<String> onlyLineEndingsDiffer(Repository repository, Collection<String> candidates)
            throws IOException {
        Set<String> found = new TreeSet<>();
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null || candidates.isEmpty()) {
            return found;
        }
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit commit = walk.parseCommit(head);
            for (String path : candidates) {
                if (sameExceptLineEndings(repository, reader, commit, path)) {
                    found.add(path);
                }
            }
        }
        return found;
    }

    /**
     * Records in the index that each of these files, whose content equals its index version except for line
     * endings, is unchanged. Git and JGit then take the file as clean from its size and time, as after a checkout,
     * instead of hashing it through the {@code eol} rules, which makes it look modified and blocks merges.
     *
     * <p>The file's modification time is set one minute back, so the entry is not "racily clean" and JGit does
     * not compare the content again. Each file is compared again under the index lock; a file that differs in
     * more than line endings by then is left alone.
     */
    static void markUnchanged(Repository repository, Collection<String> paths) throws IOException {
        if (paths.isEmpty()) {
            return;
        }
        DirCache index = repository.lockDirCache();
        try (ObjectReader reader = repository.newObjectReader()) {
            FileTime past = FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
            boolean changed = false;
            for (String path : paths) {
                DirCacheEntry entry = index.getEntry(path);
                Path file = repository.getWorkTree().toPath().resolve(path);
                if (entry == null || !sameExceptLineEndings(reader.open(entry.getObjectId()).getBytes(), file)) {
                    continue;
                }
                Files.setLastModifiedTime(file, past);
                entry.setLastModified(past.toInstant());
                entry.setLength(Files.size(file));
                changed = true;
            }
            if (changed) {
                index.write();
                index.commit();
            }
        } finally {
            index.unlock();
        }
    }

    private static boolean sameExceptLineEndings(Repository repository, ObjectReader reader, RevCommit head,
                                                 String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, head.getTree())) {
            if (walk == null) {
                return false;
            }
            byte[] committed = reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
            return sameExceptLineEndings(committed, repository.getWorkTree().toPath().resolve(path));
        }
    }

    private static boolean sameExceptLineEndings(byte[] committed, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] working = Files.readAllBytes(file);
        if (RawText.isBinary(committed) || RawText.isBinary(working)) {
            return false;
        }
        return Arrays.equals(crlfToLf(committed), crlfToLf(working));
    }

    /** Returns the bytes with every CR that directly precedes an LF removed. */
    static byte[] crlfToLf(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        for (int i = 0; i < text.length; i++) {
            boolean carriageReturnBeforeLineFeed = text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n';
            if (!carriageReturnBeforeLineFeed) {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }
}
