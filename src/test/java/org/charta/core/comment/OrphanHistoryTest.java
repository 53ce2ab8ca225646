package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OrphanHistoryTest extends IsolatedGitTest {

    private static final String JOIN = "Every person who accepts this charter may join the movement.";
    private static final String MEET = "The council shall meet once a month, in a city chosen by the members.";
    private static final String DECIDE = "Decisions need a majority of the members present.";

    private Charter charter;
    private CharterRepository repository;
    private String section;

    @BeforeEach
    void createCharter() throws ChartaException {
        charter = CharterSetup.create(temp.resolve("charter"), "Charter", List.of("en"), TestGit.ALICE);
        repository = closeLater(CharterRepository.open(charter.folder()));
        section = charter.addSection("Council", null).id();
    }

    @Test
    void removalNamesCommitThatDeletedParagraph() throws ChartaException {
        String first = text(JOIN, MEET, DECIDE);
        charter.writeSection(section, first);
        record("Write the council rules", TestGit.ALICE);
        CommentThread thread = AnchorResolverTest.thread("0000000000000001", Anchors.forParagraph(section, first, 2));
        charter.writeSection(section, text(JOIN, DECIDE));
        ObjectId removal = record("Drop the monthly meeting", TestGit.BOB);
        charter.writeSection(section, text(JOIN.replace("may", "can"), DECIDE));
        record("Reword joining", TestGit.CAROL);

        Optional<OrphanHistory.Removal> found = OrphanHistory.removal(repository, thread);

        assertThat(found).isPresent();
        assertThat(found.get().commitId()).isEqualTo(removal.name());
        assertThat(found.get().summary()).isEqualTo("Drop the monthly meeting");
        assertThat(found.get().author()).isEqualTo(TestGit.BOB.name());
        assertThat(found.get().when()).isNotNull();
    }

    @Test
    void textStillAtHeadHasNoRemoval() throws ChartaException {
        String first = text(JOIN, MEET, DECIDE);
        charter.writeSection(section, first);
        record("Write the council rules", TestGit.ALICE);
        CommentThread thread = AnchorResolverTest.thread("0000000000000001", Anchors.forParagraph(section, first, 2));

        assertThat(OrphanHistory.removal(repository, thread)).isEmpty();
    }

    @Test
    void deletedSectionIsRemoval() throws ChartaException {
        String first = text(JOIN, MEET, DECIDE);
        charter.writeSection(section, first);
        record("Write the council rules", TestGit.ALICE);
        CommentThread thread = AnchorResolverTest.thread("0000000000000001", Anchors.forParagraph(section, first, 2));
        charter.deleteSection(section);
        ObjectId removal = record("Delete the council section", TestGit.BOB);

        Optional<OrphanHistory.Removal> found = OrphanHistory.removal(repository, thread);

        assertThat(found).map(OrphanHistory.Removal::commitId).contains(removal.name());
    }

    @Test
    void textNeverCommittedHasNoRemoval() throws ChartaException {
        charter.writeSection(section, text(JOIN, DECIDE));
        record("Write the council rules", TestGit.ALICE);
        String unrecorded = text(JOIN, MEET, DECIDE);
        CommentThread thread = AnchorResolverTest.thread("0000000000000001",
                Anchors.forParagraph(section, unrecorded, 2));

        assertThat(OrphanHistory.removal(repository, thread)).isEmpty();
    }

    private static String text(String... paragraphs) {
        return "## Council\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private ObjectId record(String message, Identity author) throws ChartaException {
        return repository.record(message, author).orElseThrow();
    }
}
