package org.charta.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.merge.MergeRepository.manifest;

/** Amendment records that both sides changed merge field by field, the later status winning. */
class RecordMergeTest extends IsolatedGitTest {

    private static final String RECORD = ".charta/amendments/adults-k3f9/amendment.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MergeRepository repo;
    private RevCommit base;

    @BeforeEach
    void createBase() throws Exception {
        repo = closeLater(new MergeRepository(temp.resolve("repo")));
        base = repo.commit(files(record("proposed", "Adults", "")));
    }

    @Test
    void laterStatusWinsOnEitherSide() throws Exception {
        RevCommit ours = repo.commit(files(record("withdrawn", "Adults", "")), base);
        RevCommit theirs = repo.commit(files(record("voting", "Adults", "")), base);

        assertThat(status(mergeRecord(ours, theirs))).isEqualTo("withdrawn");
        assertThat(status(mergeRecord(theirs, ours))).isEqualTo("withdrawn");
    }

    @Test
    void sameStageTieKeepsTheirs() throws Exception {
        RevCommit ours = repo.commit(files(record("withdrawn", "Adults", "")), base);
        RevCommit theirs = repo.commit(files(record("adopted", "Adults", "")), base);

        assertThat(status(mergeRecord(ours, theirs))).isEqualTo("adopted");
    }

    @Test
    void differentFieldsBothKept() throws Exception {
        RevCommit ours = repo.commit(files(record("proposed", "Adults", "Because all adults count.")), base);
        RevCommit theirs = repo.commit(files(record("voting", "Adults", "")), base);

        JsonNode merged = mergeRecord(ours, theirs);

        assertThat(merged.get("status").asText()).isEqualTo("voting");
        assertThat(merged.get("rationale").asText()).isEqualTo("Because all adults count.");
    }

    @Test
    void bothChangedOtherFieldKeepsTheirs() throws Exception {
        RevCommit ours = repo.commit(files(record("proposed", "Adult members", "")), base);
        RevCommit theirs = repo.commit(files(record("proposed", "Grown-ups", "")), base);

        assertThat(mergeRecord(ours, theirs).get("title").asText()).isEqualTo("Grown-ups");
    }

    @Test
    void nestedVoteWindowMergesByKey() throws Exception {
        String opened = record("voting", "Adults", "").replace("\"status\"",
                "\"vote\" : { \"opened\" : \"2026-01-01T00:00:00Z\" },\n  \"status\"");
        RevCommit voting = repo.commit(files(opened), base);
        RevCommit closed = repo.commit(files(opened.replace("\"opened\" : \"2026-01-01T00:00:00Z\"",
                "\"opened\" : \"2026-01-01T00:00:00Z\", \"closed\" : \"2026-01-08T00:00:00Z\"")
                .replace("\"voting\"", "\"adopted\"")), voting);
        RevCommit note = repo.commit(files(opened.replace("\"opened\" : \"2026-01-01T00:00:00Z\"",
                "\"opened\" : \"2026-01-01T00:00:00Z\", \"closes\" : \"2026-01-15T00:00:00Z\"")), voting);

        CharterMergeResult result = repo.merge(voting, note, closed);
        JsonNode merged = JSON.readTree(repo.writeChoosing(result, Choice.THEIRS).get(RECORD));

        assertThat(result.conflicts()).isEmpty();
        assertThat(merged.get("status").asText()).isEqualTo("adopted");
        assertThat(merged.get("vote").get("closed").asText()).isEqualTo("2026-01-08T00:00:00Z");
        assertThat(merged.get("vote").get("closes").asText()).isEqualTo("2026-01-15T00:00:00Z");
    }

    @Test
    void unreadableRecordKeepsTheirs() throws Exception {
        RevCommit ours = repo.commit(files("not json"), base);
        RevCommit theirs = repo.commit(files(record("voting", "Adults", "")), base);

        assertThat(status(mergeRecord(ours, theirs))).isEqualTo("voting");
    }

    @Test
    void mergedRecordEndsWithNewline() throws Exception {
        RevCommit ours = repo.commit(files(record("withdrawn", "Adults", "")), base);
        RevCommit theirs = repo.commit(files(record("voting", "Adults", "x")), base);

        CharterMergeResult result = repo.merge(base, ours, theirs);

        assertThat(repo.writeChoosing(result, Choice.THEIRS).get(RECORD)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void recordPathsAreRecognised() {
        assertThat(RecordMerge.isRecord(RECORD)).isTrue();
        assertThat(RecordMerge.isRecord(".charta/amendments/adults-k3f9/votes/alice-example-org.json")).isFalse();
        assertThat(RecordMerge.isRecord(".charta/amendments/../amendment.json")).isFalse();
        assertThat(RecordMerge.isRecord("sections/amendment.json")).isFalse();
    }

    private JsonNode mergeRecord(RevCommit ours, RevCommit theirs) throws Exception {
        CharterMergeResult result = repo.merge(base, ours, theirs);
        assertThat(result.conflicts()).isEmpty();
        return JSON.readTree(repo.writeChoosing(result, Choice.THEIRS).get(RECORD));
    }

    private static String status(JsonNode record) {
        return record.get("status").asText();
    }

    private static Map<String, String> files(String record) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("charter.json", manifest("Our charter", "article-01"));
        files.put("sections/article-01.md", "## Article 1\n\nAll are equal.\n");
        files.put(RECORD, record);
        return files;
    }

    private static String record(String status, String title, String rationale) {
        return "{\n  \"id\" : \"adults-k3f9\",\n  \"title\" : \"" + title + "\",\n  \"rationale\" : \"" + rationale
                + "\",\n  \"status\" : \"" + status + "\"\n}\n";
    }
}
