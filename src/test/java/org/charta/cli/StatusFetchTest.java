package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code charta status --fetch}: the sections others changed, fetched without touching local work. */
class StatusFetchTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path copy;
    private Path remote;

    @BeforeEach
    void publishAndClone() throws Exception {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);
        remote = TestGit.initBare(temp.resolve("remote.git"));
        Result published = run("publish", remote.toString(), "--charter", charter.toString(), "--as", ALICE);
        assertThat(published.exitCode()).as(published.err()).isZero();
        copy = temp.resolve("copy");
        Result cloned = run("clone", remote.toString(), copy.toString());
        assertThat(cloned.exitCode()).as(cloned.err()).isZero();
        try (PlainGitClone other = PlainGitClone.of(remote.toString(), temp.resolve("other"))) {
            String text = Files.readString(other.folder().resolve("sections/membership.md"));
            other.write("sections/membership.md", text.replace("Every person", "Every adult"))
                    .commitAndPush("Narrow membership");
        }
    }

    @Test
    void fetchListsChangedSection() {
        Result status = run("status", "--fetch", "--charter", copy.toString());

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("New changes from others: 1 (sections: membership)");
    }

    @Test
    void fetchJsonHasIncoming() throws Exception {
        Result status = run("status", "--fetch", "--json", "--charter", copy.toString());
        JsonNode incoming = JSON.readTree(status.out()).get("incoming");

        assertThat(incoming.get("outcome").asText()).isEqualTo("fetched");
        assertThat(incoming.get("commits").asInt()).isEqualTo(1);
        assertThat(incoming.get("sections").get(0).asText()).isEqualTo("membership");
    }

    @Test
    void withoutFetchReportsLastFetch() throws Exception {
        Result before = run("status", "--json", "--charter", copy.toString());
        run("status", "--fetch", "--charter", copy.toString());
        Result after = run("status", "--json", "--charter", copy.toString());

        assertThat(JSON.readTree(before.out()).get("incoming").get("commits").asInt()).isZero();
        assertThat(JSON.readTree(after.out()).get("incoming").get("commits").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(after.out()).get("incoming").get("outcome").asText()).isEqualTo("last-fetch");
    }

    @Test
    void fetchLeavesWorkingFileAlone() throws Exception {
        Path membership = copy.resolve("sections/membership.md");
        String edited = Files.readString(membership) + "\nMy unsaved thought.\n";
        Files.writeString(membership, edited);

        run("status", "--fetch", "--charter", copy.toString());

        assertThat(Files.readString(membership)).isEqualTo(edited);
    }
}
