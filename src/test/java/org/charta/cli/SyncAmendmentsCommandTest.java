package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines {@code sync} prints about amendments and releases, and the amendments that {@code status} counts. */
class SyncAmendmentsCommandTest extends CliTestBase {

    private static final String ID = "right-to-speak-k3f9";
    private static final Identity AUTHOR = new Identity("Alice Drafter", "alice@example.org");

    private Path charter;
    private Path copy;

    @BeforeEach
    void shareCharter() throws Exception {
        charter = importCharter("assembly", CHARTER_MARKDOWN);
        Path remote = TestGit.initBare(temp.resolve("remote.git"));
        run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        copy = temp.resolve("copy");
        run("clone", remote.toString(), copy.toString());
    }

    @Test
    void syncNamesAmendmentsAndReleases() throws Exception {
        createAmendment("proposed");
        tagMain("draft-1");

        Result sent = run("sync", "--charter", charter.toString(), "--as", ALICE);
        Result status = run("status", "--charter", copy.toString(), "--fetch");
        Result received = run("sync", "--charter", copy.toString(), "--as", BOB);

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("Amendment sent: " + ID, "Release sent: draft-1");
        assertThat(status.out()).contains("Amendments from others waiting for the next sync: 1");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).contains("New amendment from others: " + ID, "New release from others: draft-1");
    }

    @Test
    void syncKeepsDraftSilent() throws Exception {
        createAmendment("draft");

        Result sent = run("sync", "--charter", charter.toString(), "--as", ALICE);

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("Already up to date").doesNotContain(ID);
        assertThat(sent.err()).isEmpty();
    }

    private void createAmendment(String status) throws Exception {
        try (CharterRepository repository = CharterRepository.open(charter)) {
            ObjectId main = repository.repository().resolve("refs/heads/main");
            String branch = AmendmentRefs.localBranch(ID);
            BranchCommits.createBranch(repository, branch, main);
            String record = "{\"id\":\"" + ID + "\",\"title\":\"Right to speak\",\"status\":\"" + status + "\"}\n";
            BranchCommits.commit(repository, branch, Map.of(AmendmentRefs.recordPath(ID),
                    record.getBytes(StandardCharsets.UTF_8)), "Create amendment", AUTHOR);
        }
    }

    private void tagMain(String name) throws Exception {
        try (CharterRepository repository = CharterRepository.open(charter)) {
            repository.git().tag().setName(name).setAnnotated(true).setMessage(name + "\n\nNotes.")
                    .setTagger(new PersonIdent(AUTHOR.name(), AUTHOR.email())).call();
        }
    }
}
