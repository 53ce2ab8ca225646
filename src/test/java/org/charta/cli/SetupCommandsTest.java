package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SetupCommandsTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void initCreatesCharterInMissingFolder() throws IOException {
        Path folder = temp.resolve("new-charter");

        Result result = run("init", folder.toString(), "--title", "Charter of Mumbai", "--language", "fr",
                "--language", "en", "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Charter of Mumbai", folder.toString());
        JsonNode manifest = JSON.readTree(folder.resolve("charter.json").toFile());
        assertThat(manifest.get("title").asText()).isEqualTo("Charter of Mumbai");
        assertThat(manifest.get("languages").toString()).isEqualTo("[\"fr\",\"en\"]");
        assertThat(manifest.get("sections")).hasSize(1);
    }

    @Test
    void languageTagIsStoredCanonical() throws IOException {
        Path folder = temp.resolve("new-charter");

        Result result = run("init", folder.toString(), "--language", "PT-br", "--language", "ar", "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest = JSON.readTree(folder.resolve("charter.json").toFile());
        assertThat(manifest.get("languages").toString()).isEqualTo("[\"pt-BR\",\"ar\"]");
    }

    @Test
    void initUsesCharterOptionWithoutDir() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));

        Result result = run("init", "--charter", folder.toString(), "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(folder.resolve("charter.json")).exists();
        assertThat(JSON.readTree(folder.resolve("charter.json").toFile()).get("title").asText()).isEqualTo("empty");
    }

    @Test
    void initAdoptsMarkdownFolderInPlace() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("drafts"));
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("README.md"), "# Our charter\n\nRead me first.\n");
        Files.writeString(folder.resolve("articles/Article One.md"), "## Article one\r\n\r\nAll are equal.\r\n");
        byte[] articleBefore = Files.readAllBytes(folder.resolve("articles/Article One.md"));

        Result result = run("init", folder.toString(), "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Adopted", "sections: 2");
        assertThat(Files.readAllBytes(folder.resolve("articles/Article One.md"))).isEqualTo(articleBefore);
        JsonNode sections = JSON.readTree(folder.resolve("charter.json").toFile()).get("sections");
        assertThat(sections.findValuesAsText("path")).containsExactly("README.md", "articles/Article One.md");
    }

    @Test
    void initInFolderWithoutMarkdownFails() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(folder.resolve("photo.txt"), "not Markdown\n");

        Result result = run("init", folder.toString(), "--as", ALICE);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(folder.toString(), ".md");
        assertThat(folder.resolve("charter.json")).doesNotExist();
        assertThat(folder.resolve(".git")).doesNotExist();
    }

    @Test
    void importSplitsDocumentAtHeadings() throws IOException {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);

        Result result = run("sections", "--charter", charter.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().map(line -> line.split("\t")[0]))
                .containsExactly("charter-of-the-assembly", "preamble", "membership");
    }

    @Test
    void importTakesTitleOption() throws IOException {
        Path document = temp.resolve("draft.md");
        Files.writeString(document, CHARTER_MARKDOWN);
        Path folder = temp.resolve("titled");

        Result result = run("import", document.toString(), folder.toString(), "--title", "Draft 2", "--as", ALICE);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(JSON.readTree(folder.resolve("charter.json").toFile()).get("title").asText()).isEqualTo("Draft 2");
    }

    @Test
    void importFolderDefaultsToFileSlug() {
        assertThat(ImportCommand.defaultFolder(Path.of("/drafts/Draft 2 (Mumbai).md")))
                .isEqualTo(Path.of("draft-2-mumbai"));
        assertThat(ImportCommand.defaultFolder(Path.of("ميثاق.md"))).isEqualTo(Path.of("charter"));
    }

    @Test
    void sectionsJsonListsIdTitlePath() throws IOException {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);

        Result result = run("sections", "--json", "--charter", charter.toString());

        JsonNode sections = JSON.readTree(result.out());
        assertThat(sections).hasSize(3);
        assertThat(sections.get(1).get("id").asText()).isEqualTo("preamble");
        assertThat(sections.get(1).get("title").asText()).isEqualTo("Preamble");
        assertThat(sections.get(1).get("path").asText()).isEqualTo("sections/preamble.md");
    }

    @Test
    void recordCommitsChangesOnce() throws IOException {
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nWe meet again.\n");

        Result first = run("record", "-m", "Shorten the preamble", "--charter", charter.toString(), "--as", BOB);
        Result second = run("record", "-m", "Again", "--charter", charter.toString(), "--as", BOB);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Recorded commit ");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Nothing to record");
    }

    @Test
    void identityComesFromGitConfig() throws IOException {
        userGitConfig.setString("user", null, "name", "Carol Coordinator");
        userGitConfig.setString("user", null, "email", "carol@example.org");
        userGitConfig.save();
        Path charter = importCharter("assembly", CHARTER_MARKDOWN);
        Files.writeString(charter.resolve("sections/preamble.md"), "## Preamble\n\nWe meet again.\n");

        run("record", "-m", "Shorten the preamble", "--charter", charter.toString());
        Result log = run("log", "preamble", "--json", "--charter", charter.toString());

        JsonNode newest = JSON.readTree(log.out()).get(0);
        assertThat(newest.get("author").asText()).isEqualTo("Carol Coordinator");
        assertThat(newest.get("email").asText()).isEqualTo("carol@example.org");
    }
}
