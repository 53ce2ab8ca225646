package org.charta.core.merge;

import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.merge.MergeRepository.manifest;

/** A member's vote file changed on two devices keeps the vote cast later, whichever side has it. */
class VoteFileMergeTest extends IsolatedGitTest {

    private static final String VOTE = ".charta/amendments/adults-k3f9/votes/alice-example-org.json";
    private static final String COMMENT = ".charta/comments/t1/c1.json";

    private MergeRepository repo;
    private RevCommit base;

    @BeforeEach
    void createBase() throws Exception {
        repo = closeLater(new MergeRepository(temp.resolve("repo")));
        base = repo.commit(files(vote("for", "2026-12-02T10:00:00Z"), "{}\n"));
    }

    @Test
    void laterLocalVoteWins() throws Exception {
        RevCommit ours = repo.commit(files(vote("against", "2026-12-03T18:00:00Z"), "{}\n"), base);
        RevCommit theirs = repo.commit(files(vote("abstain", "2026-12-03T09:00:00Z"), "{}\n"), base);

        assertThat(merged(ours, theirs, VOTE)).contains("\"against\"");
    }

    @Test
    void laterSharedVoteWins() throws Exception {
        RevCommit ours = repo.commit(files(vote("against", "2026-12-03T09:00:00Z"), "{}\n"), base);
        RevCommit theirs = repo.commit(files(vote("abstain", "2026-12-03T18:00:00Z"), "{}\n"), base);

        assertThat(merged(ours, theirs, VOTE)).contains("\"abstain\"");
    }

    @Test
    void tieKeepsSharedVote() throws Exception {
        RevCommit ours = repo.commit(files(vote("against", "2026-12-03T09:00:00Z"), "{}\n"), base);
        RevCommit theirs = repo.commit(files(vote("abstain", "2026-12-03T09:00:00Z"), "{}\n"), base);

        assertThat(merged(ours, theirs, VOTE)).contains("\"abstain\"");
    }

    @Test
    void otherItemFilesKeepShared() throws Exception {
        RevCommit ours = repo.commit(files(vote("for", "2026-12-02T10:00:00Z"), "{\"text\":\"mine\"}\n"), base);
        RevCommit theirs = repo.commit(files(vote("for", "2026-12-02T10:00:00Z"), "{\"text\":\"shared\"}\n"), base);

        assertThat(merged(ours, theirs, COMMENT)).contains("shared");
    }

    @Test
    void voteFilePathsAreRecognised() {
        assertThat(VoteFileMerge.isVoteFile(VOTE)).isTrue();
        assertThat(VoteFileMerge.isVoteFile(".charta/amendments/adults-k3f9/amendment.json")).isFalse();
        assertThat(VoteFileMerge.isVoteFile(".charta/amendments/adults-k3f9/votes/old/alice.json")).isFalse();
        assertThat(VoteFileMerge.isVoteFile(COMMENT)).isFalse();
    }

    private String merged(RevCommit ours, RevCommit theirs, String path) throws Exception {
        CharterMergeResult result = repo.merge(base, ours, theirs);
        assertThat(result.conflicts()).isEmpty();
        return repo.writeChoosing(result, Choice.THEIRS).get(path);
    }

    private static String vote(String choice, String cast) {
        return "{\n  \"amendment\" : \"adults-k3f9\",\n  \"voter\" : { \"name\" : \"Alice\", \"email\" : "
                + "\"alice@example.org\" },\n  \"choice\" : \"" + choice + "\",\n  \"reason\" : \"\",\n"
                + "  \"cast\" : \"" + cast + "\"\n}\n";
    }

    private static Map<String, String> files(String vote, String comment) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("charter.json", manifest("Our charter", "article-01"));
        files.put("sections/article-01.md", "## Article 1\n\nAll are equal.\n");
        files.put(VOTE, vote);
        files.put(COMMENT, comment);
        return files;
    }
}
