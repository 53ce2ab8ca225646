package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads and writes the {@code origin} configuration and compares local commits with the remote ones. */
final class Remotes {

    /** The remote every charter shares through. */
    static final String ORIGIN = "origin";

    /** The remote-tracking ref of the remote {@code main}, as of the last fetch. */
    static final String TRACKING_REF = Constants.R_REMOTES + ORIGIN + "/" + CharterRepository.MAIN_BRANCH;

    static final String MAIN_REF = Constants.R_HEADS + CharterRepository.MAIN_BRANCH;

    /** The prefix of every remote-tracking ref of {@code origin}. */
    static final String ORIGIN_PREFIX = Constants.R_REMOTES + ORIGIN + "/";

    /** Time-out in seconds of a fetch, push or clone; a remote silent for longer counts as unreachable. */
    static final int TIMEOUT_SECONDS = RemoteAccess.DEFAULT_TIMEOUT_SECONDS;

    private Remotes() {
    }

    /** Returns the URL of {@code origin}, or null when there is none. */
    static String originUrl(Repository repository) {
        String url = repository.getConfig().getString("remote", ORIGIN, "url");
        return url == null || url.isBlank() ? null : url;
    }

    /** Adds {@code origin} with the URL and the usual fetch refspec. */
    static void addOrigin(Repository repository, String url) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("remote", ORIGIN, "url", url);
        config.setString("remote", ORIGIN, "fetch", "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + ORIGIN
                + "/*");
        config.save();
    }

    /** Removes {@code origin} from the configuration again. */
    static void removeOrigin(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.unsetSection("remote", ORIGIN);
        config.save();
    }

    /** Makes {@code main} track {@code origin/main}, as {@code git push -u} does. */
    static void trackOriginMain(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("branch", CharterRepository.MAIN_BRANCH, "remote", ORIGIN);
        config.setString("branch", CharterRepository.MAIN_BRANCH, "merge", MAIN_REF);
        config.save();
    }

    /** Counts the commits reachable from {@code from} but not from {@code excluding}; 0 when {@code from} is null. */
    static int countCommits(Repository repository, AnyObjectId from, AnyObjectId excluding) throws IOException {
        if (from == null) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(from));
            if (excluding != null) {
                walk.markUninteresting(walk.parseCommit(excluding));
            }
            int count = 0;
            while (walk.next() != null) {
                count++;
            }
            return count;
        }
    }

    /**
     * Counts the commits reachable from any of {@code from} but from none of {@code excluding}, each once; ids that
     * are not commits are peeled to theirs.
     */
    static int countCommits(Repository repository, Collection<? extends AnyObjectId> from,
                            Collection<? extends AnyObjectId> excluding) throws IOException {
        if (from.isEmpty()) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            for (AnyObjectId start : from) {
                walk.markStart(walk.parseCommit(start));
            }
            for (AnyObjectId known : excluding) {
                walk.markUninteresting(walk.parseCommit(known));
            }
            int count = 0;
            while (walk.next() != null) {
                count++;
            }
            return count;
        }
    }

    /** Returns the best common ancestor of two commits, or null when their histories are unrelated. */
    static RevCommit mergeBase(Repository repository, AnyObjectId first, AnyObjectId second) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(first));
            walk.markStart(walk.parseCommit(second));
            return walk.next();
        }
    }

    /**
     * Returns the files that differ between two commits and still exist in {@code to}: what a checkout from
     * {@code from} to {@code to} writes. A null {@code from} stands for the empty tree.
     */
    static List<String> writtenPaths(Repository repository, AnyObjectId from, AnyObjectId to) throws IOException {
        return differingPaths(repository, from, to, true);
    }

    /** Returns every file that differs between two commits, deleted ones included. */
    static List<String> changedPaths(Repository repository, AnyObjectId from, AnyObjectId to) throws IOException {
        return differingPaths(repository, from, to, false);
    }

    private static List<String> differingPaths(Repository repository, AnyObjectId from, AnyObjectId to,
                                               boolean onlyExistingInTarget) throws IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
             TreeWalk treeWalk = new TreeWalk(repository, reader)) {
            treeWalk.addTree(treeOf(walk, reader, from));
            treeWalk.addTree(treeOf(walk, reader, to));
            treeWalk.setRecursive(true);
            treeWalk.setFilter(TreeFilter.ANY_DIFF);
            while (treeWalk.next()) {
                if (!onlyExistingInTarget || treeWalk.getFileMode(1) != FileMode.MISSING) {
                    paths.add(treeWalk.getPathString());
                }
            }
        }
        return paths;
    }

    private static AbstractTreeIterator treeOf(RevWalk walk, ObjectReader reader, AnyObjectId commit)
            throws IOException {
        if (commit == null) {
            return new EmptyTreeIterator();
        }
        return new CanonicalTreeParser(null, reader, walk.parseCommit(commit).getTree());
    }

    /** Returns whether {@code descendant} contains {@code commit}: it is that commit or one of its ancestors. */
    static boolean contains(Repository repository, AnyObjectId descendant, AnyObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(commit), walk.parseCommit(descendant));
        }
    }

    /** Returns the commit id abbreviated for logs, or "none". */
    static String shortId(AnyObjectId id) {
        return id == null ? "none" : id.abbreviate(8).name();
    }

    /**
     * Asks the remote at {@code url} for its {@code main} branch ({@code git ls-remote}).
     *
     * @return the commit of the remote {@code main}, or null when the remote has no such branch
     */
    static ObjectId remoteMain(String url, RemoteAccess access) throws GitAPIException {
        Collection<Ref> heads = access.configure(Git.lsRemoteRepository()).setRemote(url).setHeads(true).call();
        return heads.stream().filter(ref -> ref.getName().equals(MAIN_REF)).map(Ref::getObjectId).findFirst()
                .orElse(null);
    }

    /**
     * Returns the remote-tracking ref that a sync merges into a local branch: {@code origin/main} for
     * {@code main}, {@code origin/amendments/<id>} for an amendment branch, null for any other ref.
     */
    static String trackingRefOf(String localRef) {
        if (MAIN_REF.equals(localRef)) {
            return TRACKING_REF;
        }
        String id = localRef == null ? null : AmendmentRefs.idOf(localRef);
        return id != null && localRef.startsWith(AmendmentRefs.LOCAL_PREFIX) ? AmendmentRefs.remoteBranch(id) : null;
    }

    /** Returns {@code HEAD}, or null before the first commit. */
    static ObjectId head(Repository repository) throws IOException {
        return repository.resolve(Constants.HEAD);
    }
}
