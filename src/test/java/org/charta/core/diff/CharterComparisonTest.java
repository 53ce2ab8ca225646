package org.charta.core.diff;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.diff.ParagraphChange.Kind;
import org.charta.core.diff.SectionComparison.Status;
import org.charta.core.git.CharterRepository;
import org.charta.testing.TestGit;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharterComparisonTest {

    private static final String VOTE = "Every member votes on each amendment, in person at the assembly or from "
            + "afar by a signed letter sent to the council before the vote closes.";
    private static final String MEET = "The assembly meets once a year in a city chosen by the council.";
    private static final String JOIN = "Every person who accepts this charter may join the movement.";

    @TempDir
    Path temp;

    private Charter charter;
    private CharterRepository repository;

    @BeforeEach
    void createCharter() throws IOException, ChartaException {
        TestGit.isolate(temp.resolve("git-config"));
        charter = CharterSetup.create(temp.resolve("charter"), "Charter", List.of("en"), TestGit.ALICE);
        repository = CharterRepository.open(charter.folder());
        charter.addSection("Membership", null);
        charter.writeSection("membership", "## Membership\n\n" + JOIN + "\n\n" + VOTE + "\n");
        charter.addSection("Assembly", null);
        charter.writeSection("assembly", "## Assembly\n\n" + MEET + "\n");
        charter.addSection("Finances", null);
        charter.writeSection("finances", "## Finances\n\nMembers pay no fee.\n");
        record();
    }

    @AfterEach
    void close() {
        repository.close();
        TestGit.restore();
    }

    @Test
    void textsInMemoryCompareAsCommits() throws Exception {
        ObjectId before = head();
        charter.writeSection("membership", "## Membership\n\n" + JOIN + "\n");
        charter.writeSection("assembly", "## Assembly\n\n" + MEET + "\n\n" + VOTE.replace("letter", "e-mail")
                + "\n");
        charter.deleteSection("finances");
        ObjectId after = record();

        CharterComparison fromCommits = Comparisons.between(repository.repository(), before, after);
        CharterComparison inMemory = Comparisons.between(Comparisons.sectionTexts(repository.repository(), before),
                Comparisons.sectionTexts(repository.repository(), after));

        assertThat(inMemory.sections()).isEqualTo(fromCommits.sections());
        assertThat(inMemory.oldCommit()).isNull();
        assertThat(inMemory.newCommit()).isNull();
    }

    @Test
    void paragraphMovedAcrossSectionsIsMove() throws Exception {
        ObjectId before = head();
        charter.writeSection("membership", "## Membership\n\n" + JOIN + "\n");
        charter.writeSection("assembly", "## Assembly\n\n" + MEET + "\n\n" + VOTE.replace("letter", "e-mail")
                + "\n");
        ObjectId after = record();

        CharterComparison comparison = Comparisons.between(repository.repository(), before, after);

        ParagraphChange away = ComparisonsTest.only(section(comparison, "membership"), Kind.MOVED_AWAY);
        ParagraphChange here = ComparisonsTest.only(section(comparison, "assembly"), Kind.MOVED_HERE);
        assertThat(away.otherSection()).isEqualTo("assembly");
        assertThat(away.otherNumber()).isEqualTo(2);
        assertThat(here.otherSection()).isEqualTo("membership");
        assertThat(here.otherNumber()).isEqualTo(2);
        assertThat(ComparisonsTest.text(here.segments(), DiffSegment.Kind.INSERTED)).isEqualTo("e-mail");
    }

    @Test
    void sectionsComeInNewOrderThenDeleted() throws Exception {
        ObjectId before = head();
        charter.moveSection("finances", 0);
        charter.deleteSection("assembly");
        charter.addSection("Languages", null);
        ObjectId after = record();

        CharterComparison comparison = Comparisons.between(repository.repository(), before, after);

        assertThat(comparison.sections()).extracting(SectionComparison::sectionId)
                .containsExactly("finances", "preamble", "membership", "languages", "assembly");
        assertThat(comparison.sections()).extracting(SectionComparison::status)
                .containsExactly(Status.UNCHANGED, Status.UNCHANGED, Status.UNCHANGED, Status.ADDED, Status.DELETED);
        assertThat(comparison.count(Status.UNCHANGED)).isEqualTo(3);
    }

    @Test
    void onlyReorderedSectionCountsAsMoved() throws Exception {
        ObjectId before = head();
        charter.moveSection("finances", 0);
        charter.addSection("Languages", "finances");
        ObjectId after = record();

        CharterComparison comparison = Comparisons.between(repository.repository(), before, after);

        assertThat(section(comparison, "finances").movedInOrder()).isTrue();
        assertThat(section(comparison, "preamble").movedInOrder()).isFalse();
        assertThat(section(comparison, "membership").movedInOrder()).isFalse();
        assertThat(section(comparison, "assembly").movedInOrder()).isFalse();
        assertThat(section(comparison, "languages").movedInOrder()).isFalse();
    }

    @Test
    void titlesComeFromHeadings() throws Exception {
        ObjectId before = head();
        charter.renameSection("assembly", "Assembly of members");
        ObjectId after = record();

        SectionComparison assembly = section(Comparisons.between(repository.repository(), before, after),
                "assembly");

        assertThat(assembly.oldTitle()).isEqualTo("Assembly");
        assertThat(assembly.newTitle()).isEqualTo("Assembly of members");
        assertThat(assembly.status()).isEqualTo(Status.CHANGED);
        assertThat(assembly.paragraphs().get(0).heading()).isTrue();
        assertThat(assembly.paragraphs().get(0).kind()).isEqualTo(Kind.CHANGED);
    }

    @Test
    void commitsAreNamedInFull() throws Exception {
        ObjectId before = head();
        charter.writeSection("finances", "## Finances\n\nMembers pay a small fee.\n");
        ObjectId after = record();

        CharterComparison comparison = Comparisons.between(repository.repository(), before, after);

        assertThat(comparison.oldCommit()).isEqualTo(before.name());
        assertThat(comparison.newCommit()).isEqualTo(after.name());
        assertThat(comparison.titleOf("finances")).isEqualTo("Finances");
        assertThat(comparison.titleOf("unknown")).isEqualTo("unknown");
    }

    @Test
    void sectionFileWithCrlfIsUnchanged() throws Exception {
        ObjectId before = head();
        Path file = charter.sectionFile("finances");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\n", "\r\n") + "\r\n", StandardCharsets.UTF_8);
        ObjectId after = repository.git().commit().setAll(true).setMessage("CRLF").setSign(false).call().getId();

        SectionComparison finances = section(Comparisons.between(repository.repository(), before, after),
                "finances");

        assertThat(finances.paragraphs()).noneMatch(ParagraphChange::isChange);
    }

    @Test
    void commitWithoutManifestIsRejected() throws Exception {
        ObjectId orphan = orphanCommit(Map.of("README.md", "Not a charter.\n"));

        assertThatThrownBy(() -> Comparisons.between(repository.repository(), orphan, head()))
                .isInstanceOf(ChartaException.class)
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.diff.noManifest");
    }

    private ObjectId orphanCommit(Map<String, String> files) throws Exception {
        try (ObjectInserter inserter = repository.repository().newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            for (Map.Entry<String, String> file : files.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            PersonIdent person = new PersonIdent("Alice Drafter", "alice@example.org");
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage("Orphan\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private ObjectId record() throws ChartaException {
        return repository.record("Edit", TestGit.ALICE).orElseThrow();
    }

    private ObjectId head() throws IOException {
        return repository.repository().resolve("HEAD");
    }

    private static SectionComparison section(CharterComparison comparison, String id) {
        return comparison.sections().stream().filter(section -> section.sectionId().equals(id)).findFirst()
                .orElseThrow();
    }
}
