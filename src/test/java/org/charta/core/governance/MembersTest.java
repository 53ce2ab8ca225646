package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembersTest extends IsolatedGitTest {

    private static final Identity ALICE = new Identity("Alice Drafter", "alice@example.org");
    private static final Identity CAROL = new Identity("Carol Coordinator", "carol@example.org");

    private CharterRepository repository;

    @BeforeEach
    void createCharter() throws Exception {
        Path document = temp.resolve("charter.md");
        Files.writeString(document, "## Preamble\n\nWe meet.\n");
        CharterSetup.importDocument(document, temp.resolve("charter"), "Charter", List.of("en"), ALICE);
        repository = closeLater(CharterRepository.open(temp.resolve("charter")));
    }

    @Test
    void addCommitsOnlyTheManifest() throws Exception {
        Member added = Members.add(repository, "Carol Coordinator", "carol@example.org", "Coordinator", CAROL);

        assertThat(added).isEqualTo(new Member("Carol Coordinator", "carol@example.org", Role.COORDINATOR));
        assertThat(Members.list(repository)).containsExactly(added);
        RevCommit head = head();
        assertThat(head.getShortMessage()).isEqualTo("Add member Carol Coordinator <carol@example.org> as "
                + "coordinator");
        assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo(CAROL.email());
        assertThat(changedPaths(head)).containsExactly(ManifestStore.FILE_NAME);
        assertThat(repository.status().uncommittedPaths()).isEmpty();
    }

    @Test
    void pendingEditsAreRecordedSeparately() throws Exception {
        Files.writeString(repository.folder().resolve("sections/preamble.md"), "## Preamble\n\nWe meet often.\n");

        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);

        RevCommit head = head();
        assertThat(changedPaths(head)).containsExactly(ManifestStore.FILE_NAME);
        RevCommit parent = parentOf(head);
        assertThat(parent.getShortMessage()).isEqualTo(Members.PENDING_MESSAGE);
        assertThat(changedPaths(parent)).containsExactly("sections/preamble.md");
    }

    @Test
    void addAgainChangesNameAndRole() throws Exception {
        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);
        Members.add(repository, "Alice", "alice@example.org", "drafter", CAROL);

        Members.add(repository, "Alice Diop", "ALICE@example.org", "reviewer", CAROL);

        assertThat(Members.list(repository)).containsExactly(
                new Member("Carol", "carol@example.org", Role.COORDINATOR),
                new Member("Alice Diop", "ALICE@example.org", Role.REVIEWER));
        assertThat(head().getShortMessage()).startsWith("Make member Alice Diop");
    }

    @Test
    void unchangedMemberWritesNothing() throws Exception {
        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);
        ObjectId before = head();

        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);

        assertThat((ObjectId) head()).isEqualTo(before);
    }

    @Test
    void nonCoordinatorCannotChangeMembers() throws Exception {
        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);
        ObjectId before = head();
        String manifest = Files.readString(ManifestStore.manifestPath(repository.folder()));

        assertRejected(() -> Members.add(repository, "Alice", "alice@example.org", "coordinator", ALICE),
                "error.member.notCoordinator");
        assertThat((ObjectId) head()).isEqualTo(before);
        assertThat(Files.readString(ManifestStore.manifestPath(repository.folder()))).isEqualTo(manifest);
    }

    @Test
    void invalidInputIsRejected() {
        assertRejected(() -> Members.add(repository, "Alice", "alice", "drafter", CAROL),
                "error.member.invalidEmail");
        assertRejected(() -> Members.add(repository, "Alice", "alice@example.org", "chair", CAROL),
                "error.member.invalidRole");
        assertRejected(() -> Members.add(repository, " ", "alice@example.org", "drafter", CAROL),
                "error.member.invalidName");
        assertRejected(() -> Members.add(repository, "Alice <a>", "alice@example.org", "drafter", CAROL),
                "error.member.invalidName");
        assertRejected(() -> Members.add(repository, "Alice\u001B[2J", "alice@example.org", "drafter", CAROL),
                "error.member.controlCharacter");
    }

    @Test
    void lastCoordinatorStays() throws Exception {
        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);

        assertRejected(() -> Members.remove(repository, "carol@example.org", CAROL), "error.member.lastCoordinator");
        assertRejected(() -> Members.add(repository, "Carol", "carol@example.org", "drafter", CAROL),
                "error.member.lastCoordinator");
    }

    @Test
    void removeTakesMemberOut() throws Exception {
        Members.add(repository, "Carol", "carol@example.org", "coordinator", CAROL);
        Members.add(repository, "Alice", "alice@example.org", "drafter", CAROL);

        Members.remove(repository, "Alice@Example.org", CAROL);

        assertThat(Members.list(repository)).extracting(Member::email).containsExactly("carol@example.org");
        assertThat(head().getShortMessage()).isEqualTo("Remove member Alice <alice@example.org>");
        assertRejected(() -> Members.remove(repository, "alice@example.org", CAROL), "error.member.notFound");
    }

    @Test
    void sharedVoteFileNameIsRejected() throws Exception {
        Members.add(repository, "A B", "a.b@example.org", "drafter", CAROL);

        assertRejected(() -> Members.add(repository, "A-B", "a-b@example.org", "drafter", CAROL),
                "error.member.fileTaken");
    }

    private void assertRejected(ThrowingCall call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ChartaException.class,
                error -> assertThat(error.messageKey()).isEqualTo(key));
    }

    /** A call that may throw, for assertions on its exception. */
    private interface ThrowingCall {
        void run() throws Exception;
    }

    private RevCommit head() throws Exception {
        try (var walk = new RevWalk(repository.repository())) {
            return walk.parseCommit(repository.repository().resolve("HEAD"));
        }
    }

    private RevCommit parentOf(RevCommit commit) throws Exception {
        try (var walk = new RevWalk(repository.repository())) {
            return walk.parseCommit(commit.getParent(0));
        }
    }

    private List<String> changedPaths(RevCommit commit) throws Exception {
        try (var reader = repository.repository().newObjectReader();
             var walk = new RevWalk(reader)) {
            RevCommit parsed = walk.parseCommit(commit);
            RevCommit parent = walk.parseCommit(parsed.getParent(0));
            CanonicalTreeParser oldTree = new CanonicalTreeParser(null, reader, parent.getTree());
            CanonicalTreeParser newTree = new CanonicalTreeParser(null, reader, parsed.getTree());
            List<String> paths = new ArrayList<>();
            for (DiffEntry entry : Git.wrap(repository.repository()).diff().setOldTree(oldTree).setNewTree(newTree)
                    .call()) {
                paths.add(entry.getNewPath());
            }
            return paths;
        }
    }
}
