package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.git.BranchSwitch;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/** Finds, creates and checks out amendment branches, and the branch each amendment merges into. */
final class AmendmentBranches {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentBranches.class);

    /** The local main text. */
    static final String MAIN_REF = Constants.R_HEADS + CharterRepository.MAIN_BRANCH;

    private AmendmentBranches() {
    }

    /** Returns the tip of the local main text, or throws when there is no branch {@code main}. */
    static ObjectId mainTip(CharterRepository charter) throws ChartaException, IOException {
        ObjectId main = charter.repository().resolve(MAIN_REF);
        if (main == null) {
            String current = charter.repository().getBranch();
            throw new ChartaException("error.git.noMainBranch", charter.folder().toString(), String.valueOf(current));
        }
        return main;
    }

    /** Returns the ids of every amendment branch, local or fetched, and every record on the main text. */
    static Set<String> knownIds(CharterRepository charter) throws IOException {
        Repository repository = charter.repository();
        Set<String> ids = new TreeSet<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(AmendmentRefs.LOCAL_PREFIX)) {
            ids.add(AmendmentRefs.idOf(ref.getName()));
        }
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(AmendmentRefs.REMOTE_PREFIX)) {
            ids.add(AmendmentRefs.idOf(ref.getName()));
        }
        ObjectId main = repository.resolve(MAIN_REF);
        if (main != null) {
            try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                String folder = AmendmentRefs.FOLDER.substring(0, AmendmentRefs.FOLDER.length() - 1);
                ids.addAll(CommitFiles.children(reader, walk.parseCommit(main), folder));
            }
        }
        ids.removeIf(id -> id == null || !id.matches(AmendmentRefs.ID_PATTERN));
        return ids;
    }

    /** Returns the tip of the local branch, else of {@code origin}'s, else null. */
    static ObjectId tip(Repository repository, String id) throws IOException {
        ObjectId local = repository.resolve(AmendmentRefs.localBranch(id));
        return local != null ? local : repository.resolve(AmendmentRefs.remoteBranch(id));
    }

    /**
     * Returns the local branch of the amendment, creating it at {@code origin}'s tip when only that exists, so that
     * commits can go onto it.
     *
     * @throws ChartaException {@code error.amend.notFound} when neither exists
     */
    static String ensureLocal(CharterRepository charter, String id) throws ChartaException {
        return AmendmentTips.local(charter, id).ref();
    }

    /**
     * Reads the amendment's record where {@link AmendmentTips#find} finds it: at the tip of its branch, or on the
     * main text once it is merged and its branch gone.
     *
     * @throws ChartaException {@code error.amend.notFound}
     */
    static AmendmentRecord recordAtTip(CharterRepository charter, String id) throws ChartaException {
        return AmendmentTips.find(charter, id).record();
    }

    /**
     * Returns the branch the amendment merges into and updates from: its parent amendment's for a sub-amendment
     * whose parent is still open, else the main text. Reads only; the parent's branch may be {@code origin}'s.
     */
    static String targetBranch(CharterRepository charter, AmendmentRecord record) throws IOException {
        String parent = record.parent();
        if (parent == null || tip(charter.repository(), parent) == null) {
            return MAIN_REF;
        }
        try {
            AmendmentRecord parentRecord = recordAtTip(charter, parent);
            if (!parentRecord.status().isOpen()) {
                return MAIN_REF;
            }
        } catch (ChartaException e) {
            LOG.warn("The record of amendment {}, parent of {}, is unreadable; merging into the main text", parent,
                    record.id(), e);
            return MAIN_REF;
        }
        String local = AmendmentRefs.localBranch(parent);
        return charter.repository().resolve(local) != null ? local : AmendmentRefs.remoteBranch(parent);
    }

    /**
     * Returns {@link #targetBranch} as a local branch that a merge commit can go onto, creating the parent's local
     * branch when only {@code origin}'s exists.
     */
    static String localTargetBranch(CharterRepository charter, AmendmentRecord record)
            throws ChartaException, IOException {
        String target = targetBranch(charter, record);
        if (target.startsWith(AmendmentRefs.REMOTE_PREFIX)) {
            return ensureLocal(charter, AmendmentRefs.idOf(target));
        }
        return target;
    }

    /**
     * Checks out a local branch through the journaled {@link BranchSwitch}, so a process killed in the middle never
     * leaves files of one text under the other. The work tree must have nothing left to record: callers record
     * first.
     */
    static void checkout(CharterRepository charter, String branchRef) throws ChartaException {
        BranchSwitch.run(charter, branchRef);
        LOG.info("Checked out {} in {}", branchRef, charter.folder());
    }
}
