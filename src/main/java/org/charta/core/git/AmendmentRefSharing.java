package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentRecords;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The amendment branches a sync exchanges, and the record file that decides whether one may leave this machine: a
 * branch is shared only when the record at its tip exists, can be read and does not say draft.
 */
final class AmendmentRefSharing {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentRefSharing.class);

    private AmendmentRefSharing() {
    }

    /** Returns whether the ref is an amendment branch, {@code refs/heads/amendments/<id>} with a well-formed id. */
    static boolean isLocalBranch(String ref) {
        return ref != null && ref.startsWith(AmendmentRefs.LOCAL_PREFIX) && isId(AmendmentRefs.idOf(ref));
    }

    /** Returns the ids of the local amendment branches, sorted. */
    static List<String> localIds(Repository repository) throws IOException {
        return ids(repository, AmendmentRefs.LOCAL_PREFIX);
    }

    /** Returns the ids of {@code origin}'s amendment branches as of the last fetch, sorted. */
    static List<String> remoteIds(Repository repository) throws IOException {
        return ids(repository, AmendmentRefs.REMOTE_PREFIX);
    }

    private static List<String> ids(Repository repository, String prefix) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
            String id = ref.getName().substring(prefix.length());
            if (isId(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static boolean isId(String id) {
        return id != null && id.matches(AmendmentRefs.ID_PATTERN);
    }

    /**
     * Returns whether the amendment at {@code tip} may be sent: its record exists there and its status is not
     * draft. A record that is missing or cannot be read keeps the branch here, because it may be a draft. A
     * withdrawn amendment is sent only when {@code origin} already has its branch, since a draft may be withdrawn
     * and must stay as private as it was.
     */
    static boolean isShareable(Repository repository, String id, AnyObjectId tip) throws IOException {
        Optional<AmendmentStatus> status = statusAt(repository, id, tip);
        if (status.isEmpty() || status.get() == AmendmentStatus.DRAFT) {
            return false;
        }
        return status.get() != AmendmentStatus.WITHDRAWN
                || repository.exactRef(AmendmentRefs.remoteBranch(id)) != null;
    }

    /** Reads the status in the record of amendment {@code id} at a commit; empty when it is missing or unreadable. */
    static Optional<AmendmentStatus> statusAt(Repository repository, String id, AnyObjectId commit)
            throws IOException {
        String path = AmendmentRefs.recordPath(id);
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            if (tree == null) {
                LOG.warn("Amendment {} has no record {} at {}; it is not shared", id, path, Remotes.shortId(commit));
                return Optional.empty();
            }
            byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
            AmendmentRecord record = AmendmentRecords.parse(bytes, path);
            return Optional.ofNullable(record.status());
        } catch (ChartaException e) {
            LOG.warn("The record {} at {} cannot be read; the amendment is not shared", path,
                    Remotes.shortId(commit), e);
            return Optional.empty();
        }
    }
}
