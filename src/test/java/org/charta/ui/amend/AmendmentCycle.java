package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.Votes;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.core.governance.Members;
import org.charta.core.release.Releases;
import org.charta.testing.GitDaemon;
import org.charta.testing.TestGit;
import org.eclipse.jgit.api.Git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repositories of the amendment cycle: a bare remote served by a real {@code git daemon} on 127.0.0.1, the
 * coordinator's charter (Carol) with three members and a first release "Draft 0", and the clones of the two
 * drafters (Alice, Bob). Alice proposes an amendment that rewords one paragraph of "Art. 3". The members' steps
 * run through core, as they would in their own windows; the coordinator's run in the window under test.
 */
public final class AmendmentCycle implements AutoCloseable {

    public static final Identity CAROL = TestGit.CAROL;
    public static final Identity ALICE = TestGit.ALICE;
    public static final Identity BOB = TestGit.BOB;
    public static final String TITLE = "Equal right to vote";
    public static final String OLD_SENTENCE = "Every member has the right to vote.";
    public static final String NEW_SENTENCE = "Every member has an equal right to vote.";

    private static final String DOCUMENT = """
            # Art. 1

            The members of the movement adopt this charter together.

            # Art. 3

            Members meet once a year.

            Every member has the right to vote.

            Votes are counted in public.
            """;

    private final Path folder;
    private final GitDaemon daemon;
    private final String url;
    private final Path coordinator;
    private CharterRepository alice;
    private CharterRepository bob;
    private String amendmentId;

    private AmendmentCycle(Path folder, GitDaemon daemon, String url, Path coordinator) {
        this.folder = folder;
        this.daemon = daemon;
        this.url = url;
        this.coordinator = coordinator;
    }

    /**
     * Creates the coordinator's charter with its members and "Draft 0", publishes it, clones it for the two
     * drafters, and lets Alice propose the amendment and sync it.
     */
    public static AmendmentCycle prepare(Path folder) throws Exception {
        Path remotes = Files.createDirectories(folder.resolve("remotes"));
        TestGit.initBare(remotes.resolve("charter.git"));
        GitDaemon daemon = GitDaemon.start(remotes);
        AmendmentCycle cycle = new AmendmentCycle(folder, daemon, daemon.url("charter.git"),
                folder.resolve("carol/charter"));
        cycle.createCoordinatorCharter();
        cycle.alice = cycle.cloneFor("alice", ALICE);
        cycle.bob = cycle.cloneFor("bob", BOB);
        cycle.proposeAmendment();
        return cycle;
    }

    public Path coordinatorFolder() {
        return coordinator;
    }

    public String url() {
        return url;
    }

    public String amendmentId() {
        return amendmentId;
    }

    /** Lets the two drafters sync, vote from their own clones, and sync again. */
    public void membersVote(VoteChoice aliceChoice, VoteChoice bobChoice) throws ChartaException {
        sync(alice, ALICE);
        sync(bob, BOB);
        Votes.cast(alice, amendmentId, ALICE, aliceChoice, "Clearer for everyone.");
        Votes.cast(bob, amendmentId, BOB, bobChoice, "");
        sync(alice, ALICE);
        sync(bob, BOB);
    }

    private void createCoordinatorCharter() throws Exception {
        Path document = Files.writeString(folder.resolve("charter.md"), DOCUMENT, StandardCharsets.UTF_8);
        Charter charter = CharterSetup.importDocument(document, coordinator, "Movement charter", List.of("en"), CAROL);
        try (CharterRepository repository = CharterRepository.open(charter.folder());
             Git git = new Git(repository.repository())) {
            TestGit.setIdentity(git, CAROL);
            Members.add(repository, CAROL.name(), CAROL.email(), "coordinator", CAROL);
            Members.add(repository, ALICE.name(), ALICE.email(), "drafter", CAROL);
            Members.add(repository, BOB.name(), BOB.email(), "drafter", CAROL);
            Releases.tag(repository, "Draft 0", "The text as the founding meeting left it.", CAROL);
            expect(RemoteSync.publish(repository, url, CAROL), "publish");
        }
    }

    private CharterRepository cloneFor(String name, Identity identity) throws Exception {
        CharterRepository clone = RemoteSync.cloneCharter(url, folder.resolve(name + "/charter"), null);
        try (Git git = new Git(clone.repository())) {
            TestGit.setIdentity(git, identity);
        }
        return clone;
    }

    private void proposeAmendment() throws Exception {
        AmendmentRecord record = Amendments.create(alice, TITLE, "Nobody's vote should weigh more than another's.",
                List.of(sectionId("Art. 3")), null, ALICE);
        amendmentId = record.id();
        Charter charter = Charter.open(alice.folder());
        String id = sectionId("Art. 3");
        charter.writeSection(id, charter.readSection(id).replace(OLD_SENTENCE, NEW_SENTENCE));
        alice.record("Say that every vote weighs the same", ALICE);
        Amendments.propose(alice, amendmentId, ALICE);
        sync(alice, ALICE);
        Amendments.switchTo(alice, null, ALICE);
    }

    /** Returns the id of the section with this title in Alice's clone. */
    private String sectionId(String title) throws ChartaException {
        return Charter.open(alice.folder()).sections().stream().filter(section -> section.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    private static void sync(CharterRepository repository, Identity identity) throws ChartaException {
        expect(RemoteSync.sync(repository, identity, "Sync"), "sync " + repository.folder());
    }

    private static void expect(SyncResult result, String what) {
        if (result.outcome() != SyncOutcome.SYNCED && result.outcome() != SyncOutcome.UP_TO_DATE) {
            throw new IllegalStateException(what + " ended " + result.outcome() + ": " + result.detail());
        }
    }

    /** Reads a file of the coordinator's charter. */
    public String readCoordinatorFile(String relative) throws IOException {
        return Files.readString(coordinator.resolve(relative), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
        daemon.close();
    }
}
