package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.charter.SectionPaths;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a Git tree contains a charter that {@link org.charta.core.charter.Charter#open} would accept, before
 * the tree reaches the work tree or {@code HEAD}: {@code charter.json} is valid JSON; every section has an id,
 * used once; every section path stays inside the repository, is not absolute and does not lead into
 * {@code .git}; every section file is in the tree as a regular file, not a symbolic link.
 *
 * <p>Sync checks the tree a merge would produce, so that a charter another tool broke is neither checked out nor
 * pushed back. Clone checks the tree it just checked out, so that it can remove the clone again. An amendment merge
 * or update checks the tree of its merge commit before any branch moves to it.
 */
final class MergedTreeCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MergedTreeCheck.class);

    /**
     * The operation that checks a tree, which selects the message keys: {@code error.sync.charter.*},
     * {@code error.clone.charter.*} or {@code error.branchMerge.charter.*}.
     */
    enum Purpose {
        SYNC("error.sync.charter."),
        CLONE("error.clone.charter."),
        BRANCH_MERGE("error.branchMerge.charter.");

        private final String keyPrefix;

        Purpose(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }
    }

    private final Repository repository;
    private final AnyObjectId tree;
    private final String named;
    private final Purpose purpose;

    private MergedTreeCheck(Repository repository, AnyObjectId tree, String named, Purpose purpose) {
        this.repository = repository;
        this.tree = tree;
        this.named = named;
        this.purpose = purpose;
    }

    /**
     * Throws when the tree does not contain a valid charter.
     *
     * @param named   what the message names as the source of the tree: the commit id for a sync, the URL for a
     *                clone
     * @throws ChartaException with key {@code <prefix>manifestMissing}, {@code manifestInvalid},
     *                         {@code sectionIdInvalid}, {@code sectionPathOutside}, {@code sectionFileMissing} or
     *                         {@code sectionSymlink}, where the prefix comes from {@code purpose}
     */
    static void check(Repository repository, AnyObjectId tree, String named, Purpose purpose)
            throws ChartaException, IOException {
        new MergedTreeCheck(repository, tree, named, purpose).run();
    }

    private void run() throws ChartaException, IOException {
        Manifest manifest = readManifest();
        Path root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Set<String> ids = new HashSet<>();
        for (SectionEntry entry : manifest.sections()) {
            String id = entry == null ? null : entry.id();
            if (id == null || id.isBlank() || !ids.add(id)) {
                throw fail("sectionIdInvalid", String.valueOf(id));
            }
            checkSectionFile(root, entry);
        }
    }

    private Manifest readManifest() throws ChartaException, IOException {
        ObjectId blob = regularFile(ManifestStore.FILE_NAME);
        if (blob == null) {
            throw fail("manifestMissing");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(repository.open(blob).getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail("manifestInvalid", 0, "not UTF-8 text");
        }
        try {
            return ManifestStore.parseResource(json, ManifestStore.FILE_NAME);
        } catch (ChartaException e) {
            // The parser's arguments are the source, the line and the parser's own message.
            Object[] arguments = e.arguments();
            throw fail("manifestInvalid", arguments.length > 1 ? arguments[1] : 0,
                    arguments.length > 2 ? arguments[2] : e.getMessage());
        }
    }

    private void checkSectionFile(Path root, SectionEntry entry) throws ChartaException, IOException {
        String path = entry.path() == null ? "" : entry.path();
        Path resolved;
        try {
            resolved = SectionPaths.resolve(root, entry.id(), entry.path());
        } catch (ChartaException e) {
            throw "error.section.pathMissing".equals(e.messageKey())
                    ? fail("sectionFileMissing", entry.id(), path)
                    : fail("sectionPathOutside", entry.id(), path);
        }
        String treePath = SectionPaths.relativize(root, resolved);
        FileMode mode = modeOf(treePath);
        if (FileMode.SYMLINK.equals(mode)) {
            throw fail("sectionSymlink", entry.id(), path);
        }
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
            throw fail("sectionFileMissing", entry.id(), path);
        }
    }

    /** Returns the blob of a regular file at the path, or null when the tree has none there. */
    private ObjectId regularFile(String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            if (walk == null) {
                return null;
            }
            FileMode mode = walk.getFileMode(0);
            boolean regular = FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode);
            return regular ? walk.getObjectId(0) : null;
        }
    }

    /** Returns the mode of the entry at the path, or {@link FileMode#MISSING}. */
    private FileMode modeOf(String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            return walk == null ? FileMode.MISSING : walk.getFileMode(0);
        }
    }

    private ChartaException fail(String problem, Object... details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = named;
        System.arraycopy(details, 0, arguments, 1, details.length);
        String key = purpose.keyPrefix + problem;
        ChartaException error = new ChartaException(key, arguments);
        LOG.warn("Charter in tree {} from {} is invalid: {}", tree.name(), named, error.getMessage());
        return error;
    }
}
