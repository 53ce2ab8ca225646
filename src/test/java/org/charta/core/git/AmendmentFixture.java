package org.charta.core.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.Identity;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes amendment branches the way the amendments feature does, without it: a branch from the local {@code main}
 * and commits of the record, vote files and section texts written onto it with {@link BranchCommits}.
 */
final class AmendmentFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AmendmentFixture() {
    }

    /** Creates {@code amendments/<id>} at the tip of {@code main} with a first commit of its record. */
    static ObjectId create(CharterRepository repository, String id, AmendmentStatus status, Identity author)
            throws Exception {
        ObjectId main = repository.repository().resolve(Remotes.MAIN_REF);
        BranchCommits.createBranch(repository, AmendmentRefs.localBranch(id), main);
        return write(repository, id, AmendmentRefs.recordPath(id), record(id, status, author, main), author);
    }

    /** Rewrites the record of the amendment with another status, as propose or withdraw do. */
    static ObjectId setStatus(CharterRepository repository, String id, AmendmentStatus status, Identity who)
            throws Exception {
        ObjectId base = repository.repository().resolve(Remotes.MAIN_REF);
        return write(repository, id, AmendmentRefs.recordPath(id), record(id, status, who, base), who);
    }

    /** Commits one file onto the amendment branch. */
    static ObjectId write(CharterRepository repository, String id, String path, String text, Identity who)
            throws Exception {
        return BranchCommits.commit(repository, AmendmentRefs.localBranch(id),
                Map.of(path, text.getBytes(StandardCharsets.UTF_8)), "Write " + path, who);
    }

    /** Commits the vote file of a member onto the amendment branch. */
    static ObjectId vote(CharterRepository repository, String id, Identity voter, String choice) throws Exception {
        String file = AmendmentRefs.votesFolder(id) + voter.email().replace('@', '-').replace('.', '-') + ".json";
        String json = "{\"amendment\":\"" + id + "\",\"voter\":{\"name\":\"" + voter.name() + "\",\"email\":\""
                + voter.email() + "\"},\"choice\":\"" + choice + "\",\"reason\":\"\",\"cast\":\"2026-12-05T10:00:00Z\"}\n";
        return write(repository, id, file, json, voter);
    }

    static String record(String id, AmendmentStatus status, Identity author, ObjectId base) throws IOException {
        AmendmentRecord record = new AmendmentRecord();
        record.setId(id);
        record.setTitle("Amendment " + id);
        record.setAuthor(new AmendmentRecord.Person(author.name(), author.email()));
        record.setCreated("2026-12-05T09:30:00Z");
        record.setBase(base.name());
        record.setStatus(status);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record) + "\n";
    }

    /** Reads a file at the tip of a ref, or returns null when the ref or the file does not exist. */
    static String fileAt(Repository repository, String ref, String path) throws IOException {
        ObjectId tip = repository.resolve(ref);
        if (tip == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(tip).getTree())) {
            return tree == null ? null
                    : new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens a bare repository, such as the remote that a daemon serves. */
    static Repository openBare(Path folder) throws IOException {
        return new FileRepositoryBuilder().setGitDir(folder.toFile()).setMustExist(true).build();
    }
}
