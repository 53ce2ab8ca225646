package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.History;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Finds the commit that removed an orphaned thread's text, to show beside its original quote. */
public final class OrphanHistory {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanHistory.class);

    /**
     * Maximum number of commits searched, so that the thread list does not wait on a long history. Each commit
     * costs two blob reads and, when the section changed, one anchor search. 500 commits that each changed a short
     * section took about 0.3 s (1.2 s in a cold JVM) on a 2-core machine. An older removal is not reported.
     */
    static final int MAX_COMMITS = 500;

    /**
     * The commit after which a thread's text could no longer be found.
     *
     * @param commitId full commit id
     * @param summary  first line of its message
     * @param author   its author's name
     * @param when     its author time
     */
    public record Removal(String commitId, String summary, String author, Instant when) {
    }

    private OrphanHistory() {
    }

    /**
     * Walks the first-parent history of HEAD back from the newest commit, to the first commit in which the
     * thread's tracked anchor is found. The commit after it on the walk removed the text. Because the walk follows
     * first parents only, a text removed on a merged branch is reported as removed by the merge commit.
     *
     * <p>The section is read at each commit through that commit's {@code charter.json}, so a renamed or moved
     * section file is followed. A commit whose manifest cannot be read, or that lacks the section, counts as one
     * without the text.
     *
     * @return empty when the thread is found at HEAD, when the repository has no commit yet, when the thread is on
     *         a whole amendment, or when no removal is found in the {@value #MAX_COMMITS} newest commits
     * @throws ChartaException when Git cannot read the history
     */
    public static Optional<Removal> removal(CharterRepository repository, CommentThread thread)
            throws ChartaException {
        Objects.requireNonNull(repository, "repository");
        Anchor anchor = thread.trackedAnchor();
        if (anchor.isAmendment()) {
            return Optional.empty();
        }

        Repository git = repository.repository();
        try (RevWalk walk = new RevWalk(git)) {
            ObjectId head = git.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            return search(repository, walk, anchor, thread.id());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static Optional<Removal> search(CharterRepository repository, RevWalk walk, Anchor anchor,
                                            String threadId) throws ChartaException {
        RevCommit child = null;
        String previousText = null;
        int searched = 0;
        for (RevCommit commit : walk) {
            if (searched == MAX_COMMITS) {
                break;
            }
            searched++;

            // Most commits leave a section alone. A text equal to the child's, where the anchor was not found,
            // needs no new search.
            String text = sectionAt(repository, commit, anchor.sectionId()).orElse(null);
            boolean found = text != null && !text.equals(previousText)
                    && AnchorResolver.locate(anchor, text).state() != AnchorState.ORPHANED;
            if (found) {
                return child == null ? Optional.empty() : Optional.of(removalOf(child));
            }
            child = commit;
            previousText = text;
        }
        LOG.info("None of the {} newest commits of HEAD holds the text of thread {}", searched, threadId);
        return Optional.empty();
    }

    /** Reads a section's text at a commit through that commit's manifest, or empty when either is missing. */
    private static Optional<String> sectionAt(CharterRepository repository, RevCommit commit, String sectionId)
            throws ChartaException {
        String commitId = commit.name();
        Optional<String> manifestJson = History.readAt(repository, commitId, ManifestStore.FILE_NAME);
        if (manifestJson.isEmpty()) {
            return Optional.empty();
        }
        Optional<SectionEntry> entry;
        try {
            entry = ManifestStore.parseResource(manifestJson.get(), ManifestStore.FILE_NAME + " (" + commitId + ")")
                    .section(sectionId);
        } catch (ChartaException e) {
            LOG.debug("Skipped the unreadable manifest of commit {}", commitId, e);
            return Optional.empty();
        }
        if (entry.isEmpty() || entry.get().path() == null) {
            return Optional.empty();
        }
        try {
            return History.readAt(repository, commitId, entry.get().path()).map(TextNormalizer::normalize);
        } catch (IllegalArgumentException e) {
            // JGit rejects a path that no tree can hold, such as one with an empty segment, so no file is there.
            LOG.debug("Skipped the invalid section path {} of commit {}", entry.get().path(), commitId, e);
            return Optional.empty();
        }
    }

    private static Removal removalOf(RevCommit commit) {
        return new Removal(commit.name(), commit.getShortMessage(), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant());
    }
}
