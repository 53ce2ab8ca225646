package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.CharterSetup;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Members;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds charters with members and amendments for the vote and deliberation tests. */
final class VoteFixture {

    static final Identity ALICE = new Identity("Alice Drafter", "alice@example.org");
    static final Identity BOB = new Identity("Bob Drafter", "bob@example.org");
    static final Identity CAROL = new Identity("Carol Coordinator", "carol@example.org");
    static final Identity DINA = new Identity("Dina Reviewer", "dina@example.org");
    static final Identity EVE = new Identity("Eve Outsider", "eve@example.org");

    static final String DOCUMENT = """
            ## Preamble

            We, the members, adopt this charter.

            ## Article 3

            Members meet once a year.
            """;

    private VoteFixture() {
    }

    /** Creates a charter whose coordinator is Carol and whose other members are Alice, Bob and Dina. */
    static CharterRepository charterWithMembers(Path folder) throws Exception {
        CharterRepository repository = charter(folder);
        Members.add(repository, CAROL.name(), CAROL.email(), "coordinator", CAROL);
        Members.add(repository, ALICE.name(), ALICE.email(), "drafter", CAROL);
        Members.add(repository, BOB.name(), BOB.email(), "drafter", CAROL);
        Members.add(repository, DINA.name(), DINA.email(), "reviewer", CAROL);
        return repository;
    }

    /** Creates a charter from {@link #DOCUMENT} with no members. */
    static CharterRepository charter(Path folder) throws Exception {
        Files.createDirectories(folder.getParent());
        Path document = folder.resolveSibling(folder.getFileName() + "-source.md");
        Files.writeString(document, DOCUMENT);
        CharterSetup.importDocument(document, folder, "Our charter", List.of("en"), ALICE);
        Files.delete(document);
        return CharterRepository.open(folder);
    }

    /**
     * Creates the amendment branch from main with a record in the given status, as {@code Amendments.create} and
     * {@code propose} would leave it, and returns its record.
     */
    static AmendmentRecord amendment(CharterRepository repository, String id, AmendmentStatus status)
            throws ChartaException, IOException {
        ObjectId main = repository.repository().resolve(Constants.R_HEADS + "main");
        BranchCommits.createBranch(repository, AmendmentRefs.localBranch(id), main);
        AmendmentRecord record = new AmendmentRecord();
        record.setId(id);
        record.setTitle("Meet twice a year");
        record.setRationale("Once is not enough.");
        record.setAuthor(new AmendmentRecord.Person(ALICE.name(), ALICE.email()));
        record.setCreated("2026-12-01T10:00:00Z");
        record.setTargets(List.of("article-3"));
        record.setBase(main.name());
        record.setStatus(status);
        Map<String, byte[]> files = Map.of(AmendmentRefs.recordPath(id), AmendmentTips.toBytes(record),
                "sections/article-3.md", "## Article 3\n\nMembers meet twice a year.\n"
                        .getBytes(StandardCharsets.UTF_8));
        BranchCommits.commit(repository, AmendmentRefs.localBranch(id), files, "Propose " + id, ALICE);
        return record;
    }

    /** Writes a file onto the amendment branch in one commit by {@code author}, as a person with plain Git would. */
    static void commitFile(CharterRepository repository, String id, String path, String content, Identity author)
            throws ChartaException {
        BranchCommits.commit(repository, AmendmentRefs.localBranch(id),
                Map.of(path, content.getBytes(StandardCharsets.UTF_8)), "Edit " + path, author);
    }

    /** Returns the JSON of a vote file as Charta writes it. */
    static String voteJson(String id, Identity voter, String choice) {
        return new String(VoteFiles.toBytes(id, voter, VoteChoice.parse(choice).orElseThrow(), "",
                "2026-12-02T10:00:00Z"), StandardCharsets.UTF_8);
    }

    static AmendmentRecord recordAtTip(CharterRepository repository, String id) throws ChartaException {
        return AmendmentTips.find(repository, id).record();
    }
}
