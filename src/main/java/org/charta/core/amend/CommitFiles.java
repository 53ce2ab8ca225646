package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads files and folders of a commit's tree without a checkout. */
final class CommitFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CommitFiles.class);

    private CommitFiles() {
    }

    /** Returns the bytes of a regular file in the commit's tree, or null when there is none at the path. */
    static byte[] read(ObjectReader reader, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
            if (walk == null || (walk.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return null;
            }
            return reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
        }
    }

    /** Returns the blob of a regular file in the commit's tree, or null when there is none at the path. */
    static ObjectId blob(ObjectReader reader, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
            if (walk == null || (walk.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return null;
            }
            return walk.getObjectId(0);
        }
    }

    /** Returns the file's UTF-8 text in the commit's tree, or null when there is none at the path. */
    static String readText(ObjectReader reader, RevCommit commit, String path) throws IOException {
        byte[] bytes = read(reader, commit, path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Returns the manifest of the commit; a missing or invalid one counts as a manifest without sections. */
    static Manifest manifest(ObjectReader reader, RevCommit commit) throws IOException {
        return parseManifest(readText(reader, commit, ManifestStore.FILE_NAME), commit.name());
    }

    /** Parses a manifest's text; a missing or invalid one counts as a manifest without sections. */
    static Manifest parseManifest(String json, String source) {
        if (json == null) {
            return new Manifest();
        }
        try {
            return ManifestStore.parseResource(json, source + ":" + ManifestStore.FILE_NAME);
        } catch (ChartaException e) {
            LOG.warn("The manifest of {} is invalid; it counts as one without sections", source, e);
            return new Manifest();
        }
    }

    /**
     * Returns the names of the entries directly inside a folder of the commit's tree, or an empty set when there is
     * no such folder.
     *
     * @param folder the folder's path without a trailing slash
     */
    static Set<String> children(ObjectReader reader, RevCommit commit, String folder) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (TreeWalk walk = TreeWalk.forPath(reader, folder, commit.getTree())) {
            if (walk == null || walk.getFileMode(0) != FileMode.TREE) {
                return names;
            }
            try (TreeWalk inside = new TreeWalk(reader)) {
                inside.addTree(walk.getObjectId(0));
                while (inside.next()) {
                    names.add(inside.getNameString());
                }
            }
        }
        return names;
    }

    /** Returns the files that differ between two commits, deleted ones included, optionally under a prefix. */
    static List<String> changedPaths(ObjectReader reader, AnyObjectId from, AnyObjectId to, String prefix)
            throws IOException {
        List<String> paths = new ArrayList<>();
        try (RevWalk revWalk = new RevWalk(reader); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(new CanonicalTreeParser(null, reader, revWalk.parseCommit(from).getTree()));
            walk.addTree(new CanonicalTreeParser(null, reader, revWalk.parseCommit(to).getTree()));
            walk.setRecursive(true);
            walk.setFilter(prefix == null ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
