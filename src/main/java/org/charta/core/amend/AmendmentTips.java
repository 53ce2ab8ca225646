package org.charta.core.amend;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an amendment's newest known commit and reads its files there: the record, the votes and the comments. The
 * record's JSON is indented with LF line endings; enum values are written in lowercase and read in any case.
 */
final class AmendmentTips {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    /** Jackson's default pretty printer ends lines with the platform separator, which is CRLF on Windows. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final String MAIN_REF = Constants.R_HEADS + CharterRepository.MAIN_BRANCH;
    private static final String MASTER_REF = Constants.R_HEADS + Constants.MASTER;

    private AmendmentTips() {
    }

    /**
     * An amendment's commit and its record there.
     *
     * @param ref    the ref the commit was found on: the local branch, {@code origin}'s, or the main text's
     * @param commit the commit
     * @param record the record file at that commit
     */
    record Tip(String ref, RevCommit commit, AmendmentRecord record) {

        boolean isLocalBranch() {
            return ref.startsWith(AmendmentRefs.LOCAL_PREFIX);
        }
    }

    /**
     * Finds the newest known commit of amendment {@code id}: its local branch, else {@code origin}'s branch as of
     * the last fetch, else the main text when the amendment is merged and its branch gone.
     *
     * @throws ChartaException {@code error.amend.notFound} naming the id
     */
    static Tip find(CharterRepository charter, String id) throws ChartaException {
        AmendmentIds.requireValid(id);
        List<String> refs = List.of(AmendmentRefs.localBranch(id), AmendmentRefs.remoteBranch(id), MAIN_REF,
                MASTER_REF);
        for (String ref : refs) {
            Optional<Tip> tip = tipAt(charter, ref, id);
            if (tip.isPresent()) {
                return tip.get();
            }
        }
        throw new ChartaException("error.amend.notFound", id, charter.folder().toString());
    }

    /**
     * Finds the main text's tip when amendment {@code id} is merged into it: the main text's copy of the record has
     * the status merged. The main text then contains the amendment's comment threads and later replies.
     *
     * @return the main text's tip and the merged record, or empty when the amendment is not merged into it
     */
    static Optional<Tip> mergedIntoMain(CharterRepository charter, String id) throws ChartaException {
        AmendmentIds.requireValid(id);
        for (String ref : List.of(MAIN_REF, MASTER_REF)) {
            Optional<Tip> tip = tipAt(charter, ref, id);
            if (tip.isPresent()) {
                return tip.filter(found -> found.record().status() == AmendmentStatus.MERGED);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the local branch of amendment {@code id}, creating it at {@code origin}'s tip when only the remote has
     * it, so that a vote or a comment can be committed onto it.
     *
     * @throws ChartaException {@code error.amend.notFound} when neither has the branch
     */
    static Tip local(CharterRepository charter, String id) throws ChartaException {
        AmendmentIds.requireValid(id);
        String localRef = AmendmentRefs.localBranch(id);
        Optional<Tip> local = tipAt(charter, localRef, id);
        if (local.isPresent()) {
            return local.get();
        }
        Optional<Tip> remote = tipAt(charter, AmendmentRefs.remoteBranch(id), id);
        if (remote.isEmpty()) {
            throw new ChartaException("error.amend.notFound", id, charter.folder().toString());
        }
        BranchCommits.createBranch(charter, localRef, remote.get().commit());
        return new Tip(localRef, remote.get().commit(), remote.get().record());
    }

    /**
     * Commits a changed record, and any other files, onto the amendment's local branch, provided the branch is
     * still at the tip the record was read from.
     *
     * @throws ChartaException {@code error.branch.moved} when another commit came in since the tip was read
     */
    static ObjectId commit(CharterRepository charter, Tip tip, AmendmentRecord record, Map<String, byte[]> others,
                           String message, Identity author) throws ChartaException {
        Map<String, byte[]> changes = new LinkedHashMap<>(others);
        changes.put(AmendmentRefs.recordPath(record.id()), toBytes(record));
        return BranchCommits.commit(charter, tip.ref(), tip.commit(), changes, message, author);
    }

    /** The tip of the local main text ({@code main}, else {@code master}), or null before its first commit. */
    static ObjectId mainTip(CharterRepository charter) throws ChartaException {
        Repository repository = charter.repository();
        try {
            Ref main = repository.exactRef(MAIN_REF);
            main = main == null ? repository.exactRef(MASTER_REF) : main;
            return main == null ? null : main.getObjectId();
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    /** The governance rules of the local main text's manifest: an amendment cannot vote itself new members. */
    static Governance mainRules(CharterRepository charter) throws ChartaException {
        return Governance.ofMainText(charter);
    }

    static byte[] toBytes(AmendmentRecord record) {
        return AmendmentRecords.toBytes(record);
    }

    /** Returns the JSON mapper of records and vote files, which writes enum values in lowercase. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    static ObjectWriter writer() {
        return WRITER;
    }

    /** Reads one file of a tree, or returns empty when the tree has no such file. */
    static Optional<byte[]> file(Repository repository, RevTree tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            if (walk == null || walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                return Optional.empty();
            }
            return Optional.of(repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
        }
    }

    /** Returns the blob of one file of a tree, or null when the tree has no such file. */
    static ObjectId blob(ObjectReader reader, RevTree tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            if (walk == null || walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                return null;
            }
            return walk.getObjectId(0);
        }
    }

    /**
     * Reads every file under a folder of a tree, keyed by its path below the folder.
     *
     * @param folder a folder path ending in {@code /}
     */
    static Map<String, byte[]> files(Repository repository, RevTree tree, String folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(folder.substring(0, folder.length() - 1)));
            while (walk.next()) {
                if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
                    byte[] bytes = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                    files.put(walk.getPathString().substring(folder.length()), bytes);
                }
            }
        }
        return files;
    }

    private static Optional<Tip> tipAt(CharterRepository charter, String ref, String id) throws ChartaException {
        Repository repository = charter.repository();
        try (RevWalk walk = new RevWalk(repository)) {
            Ref found = repository.exactRef(ref);
            if (found == null || found.getObjectId() == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(found.getObjectId());
            Optional<byte[]> json = file(repository, commit.getTree(), AmendmentRefs.recordPath(id));
            if (json.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Tip(ref, commit, readRecord(json.get(), id)));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", charter.folder().toString(), e.getMessage());
        }
    }

    private static AmendmentRecord readRecord(byte[] json, String id) throws ChartaException {
        AmendmentRecord record = AmendmentRecords.parse(json, AmendmentRefs.recordPath(id));
        record.setId(id);
        return record;
    }

}
