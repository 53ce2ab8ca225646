package org.charta.core.amend;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charter with two sections, its repository open on {@code main}, and helpers that edit, record and set an
 * amendment's status the way a closed vote would.
 */
abstract class AmendmentTestBase extends IsolatedGitTest {

    static final Identity ALICE = TestGit.ALICE;
    static final Identity BOB = TestGit.BOB;
    static final Identity CAROL = TestGit.CAROL;

    static final String PREAMBLE_PATH = "sections/preamble.md";
    static final String MEMBERSHIP_PATH = "sections/membership.md";

    static final String DOCUMENT = """
            ## Preamble

            We, the citizens of the world, meet to draft this charter.

            We write it together, in many languages.

            ## Membership

            Every person may join the assembly.

            Members may vote on every amendment.

            Members meet once a year.
            """;

    Path folder;
    CharterRepository repository;

    @BeforeEach
    void createCharter() throws Exception {
        Path document = temp.resolve("charter.md");
        Files.writeString(document, DOCUMENT);
        folder = temp.resolve("charter");
        CharterSetup.importDocument(document, folder, "Assembly charter", List.of("en"), ALICE);
        repository = closeLater(CharterRepository.open(folder));
    }

    /** Replaces text in a file of the work tree, failing when the file lacks it, then records the change. */
    void edit(String path, String from, String to, Identity author) throws Exception {
        Path file = folder.resolve(path);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        assertThat(repository.record("Edit " + path, author)).isPresent();
    }

    /** Edits the main text while an amendment may be checked out, leaving the work tree where it was. */
    void editMain(String path, String from, String to, Identity author) throws Exception {
        String text = read(AmendmentBranches.MAIN_REF, path);
        assertThat(text).contains(from);
        BranchCommits.commit(repository, AmendmentBranches.MAIN_REF,
                Map.of(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8)), "Edit " + path, author);
    }

    /** Sets an amendment's status on its branch, as opening and closing a vote do. */
    void setStatus(String id, AmendmentStatus status) throws Exception {
        AmendmentRecord record = AmendmentBranches.recordAtTip(repository, id);
        record.setStatus(status);
        BranchCommits.commit(repository, AmendmentRefs.localBranch(id),
                Map.of(AmendmentRefs.recordPath(id), AmendmentRecords.toBytes(record)), "Set status", CAROL);
    }

    /**
     * Adopts a proposed amendment through a real vote, because a merge recounts the vote files: Carol, whom
     * {@link #makeCarolCoordinator} made the only member, opens the vote, votes for and closes it.
     */
    void adoptByVote(String id) throws Exception {
        Votes.open(repository, id, CAROL);
        Votes.cast(repository, id, CAROL, VoteChoice.FOR, "");
        Votes.close(repository, id, CAROL);
    }

    /** Makes Carol the charter's only coordinator on the main text. */
    void makeCarolCoordinator() throws Exception {
        Manifest manifest = ManifestStore.parseResource(read(AmendmentBranches.MAIN_REF, ManifestStore.FILE_NAME),
                ManifestStore.FILE_NAME);
        manifest.governance().put("members", List.of(Map.of("name", CAROL.name(), "email", CAROL.email(),
                "role", "coordinator")));
        BranchCommits.commit(repository, AmendmentBranches.MAIN_REF, Map.of(ManifestStore.FILE_NAME,
                ManifestStore.toJson(manifest).getBytes(StandardCharsets.UTF_8)), "Add Carol", CAROL);
    }

    /** Reads a file at a branch's tip, or returns null when it has none. */
    String read(String ref, String path) throws IOException {
        try (ObjectReader reader = repository.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(repository.repository().resolve(ref));
            return CommitFiles.readText(reader, commit, path);
        }
    }

    RevCommit commitAt(String ref) throws IOException {
        try (RevWalk walk = new RevWalk(repository.repository())) {
            ObjectId id = repository.repository().resolve(ref);
            RevCommit commit = walk.parseCommit(id);
            walk.parseBody(commit);
            return commit;
        }
    }

    String currentBranch() throws IOException {
        return repository.repository().getFullBranch();
    }

    Charter charter() throws Exception {
        return Charter.open(folder);
    }
}
