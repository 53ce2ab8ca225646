package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.CharterRepository;
import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;
import org.charta.core.merge.Resolution;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps a vote bound to the text members voted on. Once a vote opens, the amendment's commits may only add votes,
 * comments and record changes (paths under {@code .charta/}) or bring in the main text; a commit that edits the
 * text itself stops the closing of the vote and the merge, because the members decided on the earlier text.
 *
 * <p>A merge commit may differ from the prose-aware merge of its parents only where that merge had conflicts, since
 * those paths hold the person's choices; every commit it brings in from a side branch is checked on its own. Any
 * other difference is an edit hidden in the merge, and counts as a text change.
 */
final class VotedText {

    /** Votes, comments and records: what may change on an amendment while its vote is open or after it closed. */
    private static final String METADATA_FOLDER = ".charta/";

    private VotedText() {
    }

    /**
     * Throws when a commit reachable from {@code tip}, but neither from {@code since} nor from the main text's
     * {@code mainTip}, changes a path outside {@code .charta/}: a merge commit when it differs there from the
     * prose-aware merge of its parents, outside that merge's conflicts.
     *
     * @param messageKey {@code error.vote.textChanged} when closing, {@code error.amend.textChangedAfterVote} when
     *                   merging; its arguments are the amendment's title, the commit and its author
     */
    static void requireUnchanged(CharterRepository charter, String title, RevCommit since, RevCommit tip,
                                 ObjectId mainTip, String messageKey) throws ChartaException {
        Repository repository = charter.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(tip));
            walk.markUninteresting(walk.parseCommit(since));
            if (mainTip != null) {
                walk.markUninteresting(walk.parseCommit(mainTip));
            }
            for (RevCommit commit : walk) {
                Optional<String> textPath = textChange(repository, walk, commit);
                if (textPath.isPresent()) {
                    throw new ChartaException(messageKey, title, commit.abbreviate(7).name(),
                            commit.getAuthorIdent().getName(), textPath.get());
                }
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /**
     * Returns the first path outside {@code .charta/} that a commit changed: for a single-parent commit, compared
     * with its parent; for a merge of two parents, compared with their prose-aware merge, leaving out the paths
     * where that merge had conflicts. Merges of more than two parents are not written by Charta, so they count as
     * changing the text.
     */
    private static Optional<String> textChange(Repository repository, RevWalk walk, RevCommit commit)
            throws IOException {
        return switch (commit.getParentCount()) {
            case 0 -> Optional.empty();
            case 1 -> {
                TreeKeeper none = new TreeKeeper();
                yield firstTextDifference(blobs(repository, none, walk.parseCommit(commit.getParent(0)).getTree()),
                        blobs(repository, none, commit.getTree()), Set.of());
            }
            case 2 -> mergeTextChange(repository, commit);
            default -> Optional.of(commit.getParentCount() + " parents");
        };
    }

    private static Optional<String> mergeTextChange(Repository repository, RevCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit ours = walk.parseCommit(commit.getParent(0));
            RevCommit theirs = walk.parseCommit(commit.getParent(1));
            RevCommit base = mergeBase(walk, ours, theirs);
            CharterMergeResult merge = CharterMerge.merge(repository, base, ours, theirs);

            // Conflicts take the shared side here. The comparison leaves their paths out, so the side does not matter.
            Map<String, Resolution> choices = new HashMap<>();
            Set<String> chosenPaths = new HashSet<>();
            for (Conflict conflict : merge.conflicts()) {
                choices.put(conflict.id(), Resolution.of(Choice.THEIRS));
                chosenPaths.add(conflict.path());
                if (conflict.kind() == ConflictKind.SECTION_DELETED) {
                    // Keeping or dropping a removed section also decides its manifest entry.
                    chosenPaths.add(ManifestStore.FILE_NAME);
                }
            }
            TreeKeeper keeper = new TreeKeeper();
            ObjectId expected = merge.writeTree(keeper, choices);
            return firstTextDifference(blobs(repository, keeper, expected), blobs(repository, keeper,
                    commit.getTree()), chosenPaths);
        }
    }

    private static RevCommit mergeBase(RevWalk walk, RevCommit ours, RevCommit theirs) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(ours);
        walk.markStart(theirs);
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return base == null ? null : walk.parseCommit(base);
    }

    /** Returns the first path outside {@code .charta/} and {@code ignored} whose blob differs between two trees. */
    private static Optional<String> firstTextDifference(Map<String, ObjectId> expected, Map<String, ObjectId> actual,
                                                        Set<String> ignored) {
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            if (!path.startsWith(METADATA_FOLDER) && !isChosen(path, ignored)
                    && !Objects.equals(expected.get(path), actual.get(path))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Returns whether a conflict decided the path: the conflict's own file, or a file under a contested folder. */
    private static boolean isChosen(String path, Set<String> chosenPaths) {
        for (String chosen : chosenPaths) {
            if (path.equals(chosen) || path.startsWith(chosen + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Returns every file of a tree, by path, with its blob; a tree only computed is read from {@code keeper}. */
    private static Map<String, ObjectId> blobs(Repository repository, TreeKeeper keeper, AnyObjectId tree)
            throws IOException {
        Map<String, ObjectId> blobs = new HashMap<>();
        addBlobs(repository, keeper, tree, "", blobs);
        return blobs;
    }

    private static void addBlobs(Repository repository, TreeKeeper keeper, AnyObjectId tree, String prefix,
                                 Map<String, ObjectId> blobs) throws IOException {
        byte[] bytes = keeper.trees.get(tree.toObjectId());
        if (bytes == null) {
            bytes = repository.open(tree, Constants.OBJ_TREE).getCachedBytes();
        }
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(bytes);
        for (; !parser.eof(); parser.next()) {
            String path = prefix + parser.getEntryPathString();
            if (FileMode.TREE.equals(parser.getEntryRawMode())) {
                addBlobs(repository, keeper, parser.getEntryObjectId(), path + "/", blobs);
            } else {
                blobs.put(path, parser.getEntryObjectId());
            }
        }
    }

    /**
     * Computes object ids without storing anything, and keeps the trees in memory: the merge a commit is compared
     * with is a check, so it leaves no objects in the repository.
     */
    private static final class TreeKeeper extends ObjectInserter.Formatter {

        private final Map<ObjectId, byte[]> trees = new HashMap<>();

        @Override
        public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
            ObjectId id = idFor(type, data, off, len);
            if (type == Constants.OBJ_TREE) {
                trees.put(id, Arrays.copyOfRange(data, off, off + len));
            }
            return id;
        }
    }
}
