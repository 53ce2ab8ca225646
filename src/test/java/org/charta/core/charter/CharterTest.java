package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharterTest {

    private static final Identity AUTHOR = new Identity("Ada Drafter", "ada@example.org");

    @TempDir
    Path folder;

    @Test
    void folderWithoutManifestIsNotACharter() {
        assertThatThrownBy(() -> Charter.open(folder))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("charter.json");
    }

    @Test
    void invalidJsonNamesFileAndLine() throws IOException {
        Files.writeString(folder.resolve("charter.json"), "{\n  \"title\": \"X\",\n  \"sections\": [ oops ]\n}\n");

        assertThatThrownBy(() -> Charter.open(folder))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("charter.json")
                .hasMessageContaining("line 3");
    }

    @Test
    void missingSectionFileIsNamed() throws Exception {
        Charter charter = newCharter();
        Files.delete(folder.resolve("charter/sections/preamble.md"));

        assertThatThrownBy(() -> Charter.open(charter.folder()))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("preamble")
                .hasMessageContaining("sections/preamble.md");
    }

    @Test
    void sectionPathLeavingFolderIsRejected() throws Exception {
        Charter charter = newCharter();
        Path manifest = charter.folder().resolve("charter.json");
        String json = Files.readString(manifest).replace("sections/preamble.md", "../../x");
        Files.writeString(manifest, json);
        byte[] before = Files.readAllBytes(manifest);

        assertThatThrownBy(() -> Charter.open(charter.folder()))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("../../x");
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
    }

    @Test
    void absoluteSectionPathIsRejected() throws Exception {
        Charter charter = newCharter();
        Path manifest = charter.folder().resolve("charter.json");
        Files.writeString(manifest, Files.readString(manifest).replace("sections/preamble.md", "/etc/passwd"));

        assertThatThrownBy(() -> Charter.open(charter.folder())).hasMessageContaining("/etc/passwd");
    }

    @Test
    void unknownManifestFieldsSurviveRewrite() throws Exception {
        Charter charter = newCharter();
        Path manifest = charter.folder().resolve("charter.json");
        String json = Files.readString(manifest)
                .replaceFirst("\\{", "{\n  \"futureField\" : {\"kept\" : true},")
                .replace("\"path\" :", "\"colour\" : \"blue\",\n    \"path\" :");
        Files.writeString(manifest, json);

        Charter reopened = Charter.open(charter.folder());
        reopened.addSection("Article 1", null);

        String rewritten = Files.readString(manifest);
        assertThat(rewritten).contains("\"futureField\"").contains("\"kept\" : true");
        assertThat(rewritten).contains("\"colour\" : \"blue\"");
    }

    @Test
    void addedSectionGetsSlugFileAndHeading() throws Exception {
        Charter charter = newCharter();

        Section added = charter.addSection("Article 2 – Membership", "preamble");

        assertThat(added.id()).isEqualTo("article-2-membership");
        assertThat(added.path()).isEqualTo("sections/article-2-membership.md");
        assertThat(charter.readSection(added.id())).isEqualTo("## Article 2 – Membership\n\n");
        assertThat(Charter.open(charter.folder()).manifest().sections()).extracting(SectionEntry::id)
                .containsExactly("preamble", "article-2-membership");
    }

    @Test
    void renameKeepsIdAndFile() throws Exception {
        Charter charter = newCharter();
        charter.writeSection("preamble", "## Preamble\n\nWe, the members.\n");

        charter.renameSection("preamble", "Opening words");

        assertThat(charter.readSection("preamble")).isEqualTo("## Opening words\n\nWe, the members.\n");
        assertThat(charter.section("preamble").path()).isEqualTo("sections/preamble.md");
        assertThat(charter.section("preamble").title()).isEqualTo("Opening words");
    }

    @Test
    void moveChangesOrderOnly() throws Exception {
        Charter charter = newCharter();
        charter.addSection("One", null);
        charter.addSection("Two", null);

        charter.moveSection("two", 0);

        List<String> order = Charter.open(charter.folder()).manifest().sections().stream().map(SectionEntry::id).toList();
        assertThat(order).containsExactly("two", "preamble", "one");
    }

    @Test
    void moveOutsideOutlineIsRejected() throws Exception {
        Charter charter = newCharter();

        assertThatThrownBy(() -> charter.moveSection("preamble", 5)).isInstanceOf(ChartaException.class);
    }

    @Test
    void deleteRemovesEntryAndFile() throws Exception {
        Charter charter = newCharter();
        Section one = charter.addSection("One", null);

        charter.deleteSection(one.id());

        assertThat(Files.exists(charter.folder().resolve(one.path()))).isFalse();
        assertThat(Charter.open(charter.folder()).manifest().section(one.id())).isEmpty();
    }

    @Test
    void writeNormalisesToNfcAndLf() throws Exception {
        Charter charter = newCharter();

        charter.writeSection("preamble", "## Pre\u0301ambule\r\n\r\nTexte.\r\n");

        byte[] bytes = Files.readAllBytes(charter.folder().resolve("sections/preamble.md"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("## Préambule\n\nTexte.\n");
    }

    @Test
    void blankTitleIsRejected() throws Exception {
        Charter charter = newCharter();

        assertThatThrownBy(() -> charter.addSection("  ", null)).isInstanceOf(ChartaException.class);
        assertThat(charter.manifest().sections()).hasSize(1);
    }

    @Test
    void symlinkedSectionIsRejected() throws Exception {
        Charter charter = newCharter();
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOKEN=private");
        Path section = charter.folder().resolve("sections/preamble.md");
        Files.delete(section);
        Files.createSymbolicLink(section, secret);

        assertThatThrownBy(() -> Charter.open(charter.folder()))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("symbolic link");
    }

    @Test
    void sectionThroughLinkedFolderIsRejected() throws Exception {
        Charter charter = newCharter();
        Files.createDirectories(folder.resolve("outside"));
        Files.writeString(folder.resolve("outside/leak.md"), "private");
        Files.createSymbolicLink(charter.folder().resolve("linked"), folder.resolve("outside"));
        Path manifest = charter.folder().resolve("charter.json");
        Files.writeString(manifest, Files.readString(manifest).replace("sections/preamble.md", "linked/leak.md"));

        assertThatThrownBy(() -> Charter.open(charter.folder())).isInstanceOf(ChartaException.class);
    }

    @Test
    void savedFileIsReadableByOthers() throws Exception {
        Charter charter = newCharter();

        charter.writeSection("preamble", "## Preamble\n");

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(charter.folder().resolve("sections/preamble.md"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void renameKeepsFrontMatterFirst() throws Exception {
        Charter charter = newCharter();
        charter.writeSection("preamble", "---\nlayout: page\n---\nText.\n");

        charter.renameSection("preamble", "Opening");

        assertThat(charter.readSection("preamble")).isEqualTo("---\nlayout: page\n---\n## Opening\n\nText.\n");
    }

    @Test
    void renameRewritesFrontMatterTitle() throws Exception {
        Charter charter = newCharter();
        charter.writeSection("preamble", "---\ntitle: >\n  Old folded\n  title\nlayout: page\n---\n# Heading\n");

        charter.renameSection("preamble", "New \"quoted\" title");

        assertThat(charter.readSection("preamble"))
                .isEqualTo("---\ntitle: \"New \\\"quoted\\\" title\"\nlayout: page\n---\n# Heading\n");
        assertThat(charter.section("preamble").title()).isEqualTo("New \"quoted\" title");
    }

    private Charter newCharter() throws ChartaException {
        return CharterSetup.create(folder.resolve("charter"), "Test charter", List.of("en"), AUTHOR);
    }
}
