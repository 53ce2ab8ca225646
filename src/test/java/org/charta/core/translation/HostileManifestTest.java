package org.charta.core.translation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.ManifestStore;
import org.charta.testing.IsolatedGitTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Manifests that a co-author could push to make Charta write outside the charter folder. The charter lives in a
 * parent folder with a sentinel file, and every test checks that nothing outside the charter changed.
 */
class HostileManifestTest extends IsolatedGitTest {

    private static final Identity AUTHOR = new Identity("Ada Translator", "ada@example.org");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENTINEL_TEXT = "untouched\n";

    private Path parent;
    private Path charterFolder;
    private Path sentinel;

    @BeforeEach
    void createCharter() throws Exception {
        parent = temp.resolve("parent");
        charterFolder = parent.resolve("work").resolve("charter");
        Charter charter = CharterSetup.create(charterFolder, "Charter", List.of("en"), AUTHOR);
        charter.addSection("Article 3", null);
        sentinel = parent.resolve("victim.md");
        Files.writeString(sentinel, SENTINEL_TEXT);
    }

    @Test
    void sectionIdWithParentStepsRejected() throws Exception {
        editSection(section -> section.put("id", "../../../evil"));
        Map<Path, String> outside = filesOutsideCharter();

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.messageKey()).isEqualTo("error.section.idInvalid");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("\"../../../evil\"").contains("charter.json");
        assertThat(filesOutsideCharter()).isEqualTo(outside);
    }

    @Test
    void sectionIdsThatAreNoFileNameRejected() throws Exception {
        for (String id : List.of("a/b", "a\\b", "article@fr", "..", "a..b", "bell\u0007", "con", "trailing.", " x",
                "a:b")) {
            editSection(section -> section.put("id", id));

            ChartaException error = assertThrows(() -> Charter.open(charterFolder));

            assertThat(error.messageKey()).as(id).isEqualTo("error.section.idInvalid");
        }
    }

    @Test
    void controlCharacterInIdShownEscaped() throws Exception {
        editSection(section -> section.put("id", "evil\u001b[2J"));

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("evil\\u001B[2J").doesNotContain("\u001b");
    }

    @Test
    void languageKeyWithParentStepsRejected() throws Exception {
        editSection(section -> section.putObject("translations").put("../../../../escaped", "sections/article-3.md"));
        Map<Path, String> outside = filesOutsideCharter();

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.messageKey()).isEqualTo("error.translation.languageKeyInvalid");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("\"article-3\"")
                .contains("\"../../../../escaped\"").contains("BCP 47");
        assertThat(filesOutsideCharter()).isEqualTo(outside);
    }

    @Test
    void languageKeyNotCanonicalRejected() throws Exception {
        editSection(section -> section.putObject("translations").put("FR", "translations/fr/article-3.md"));

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.messageKey()).isEqualTo("error.translation.languageKeyInvalid");
    }

    @Test
    void translationPathOutsideRejectedAtOpen() throws Exception {
        editSection(section -> section.putObject("translations").put("fr", "../../victim.md"));
        Map<Path, String> outside = filesOutsideCharter();

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.messageKey()).isEqualTo("error.section.pathOutside");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("\"article-3@fr\"")
                .contains("\"../../victim.md\"");
        assertThat(filesOutsideCharter()).isEqualTo(outside);
    }

    @Test
    void translationPathIntoGitRejectedAtOpen() throws Exception {
        editSection(section -> section.putObject("translations").put("fr", ".git/config"));

        ChartaException error = assertThrows(() -> Charter.open(charterFolder));

        assertThat(error.messageKey()).isEqualTo("error.section.pathOutside");
    }

    @Test
    void replacingImportChecksPathBeforeWriting() throws Exception {
        Charter charter = Charter.open(charterFolder);
        // Editing the manifest in memory skips the check in Charter.open, so this reaches the check in the write.
        charter.manifest().section("article-3").orElseThrow().translations().put("fr", "../../victim.md");
        Map<Path, String> outside = filesOutsideCharter();
        Object sentinelFile = Files.readAttributes(sentinel, BasicFileAttributes.class).fileKey();

        ChartaException error = assertThrows(() -> Translations.importAligned(charter, "article-3", "fr",
                "## Article 3\n\nTexte.\n", AUTHOR, true));

        assertThat(error.messageKey()).isEqualTo("error.section.pathOutside");
        assertThat(Files.readString(sentinel)).isEqualTo(SENTINEL_TEXT);
        // An atomic write replaces the file, so a write that was later undone still shows as a new file key.
        assertThat(Files.readAttributes(sentinel, BasicFileAttributes.class).fileKey()).isEqualTo(sentinelFile);
        assertThat(filesOutsideCharter()).isEqualTo(outside);
        assertThat(charterFolder.resolve(".charta/translations/article-3")).doesNotExist();
    }

    @Test
    void recordFolderOutsideRejected() {
        for (List<String> names : List.of(List.of("../../../evil", "fr"), List.of("article-3", "../../../escaped"),
                List.of("a/b", "fr"), List.of("..", "fr"))) {
            ChartaException error = assertThrows(
                    () -> TranslationEvents.folder(charterFolder, names.get(0), names.get(1)));

            assertThat(error.messageKey()).as(names.toString()).isEqualTo("error.translation.recordFolderInvalid");
        }
    }

    @Test
    void validManifestStillOpens() throws Exception {
        Charter charter = Charter.open(charterFolder);
        Translations.add(charter, "article-3", "pt-BR", AUTHOR);

        Charter reopened = Charter.open(charterFolder);

        assertThat(reopened.manifest().section("article-3").orElseThrow().translations())
                .containsEntry("pt-BR", "translations/pt-BR/article-3.md");
    }

    private interface SectionEdit {
        void apply(ObjectNode section);
    }

    private void editSection(SectionEdit edit) throws IOException {
        Path manifest = ManifestStore.manifestPath(charterFolder);
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
        ObjectNode section = null;
        for (var candidate : root.withArray("sections")) {
            if (candidate.path("path").asText().equals("sections/article-3.md")) {
                section = (ObjectNode) candidate;
            }
        }
        assertThat(section).isNotNull();
        section.put("id", "article-3");
        section.remove("translations");
        edit.apply(section);
        Files.writeString(manifest, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /** Returns the text of every file under the parent folder but outside the charter, by path. */
    private Map<Path, String> filesOutsideCharter() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(parent)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(path -> !path.startsWith(charterFolder))
                    .toList()) {
                files.put(path, Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).containsKey(sentinel);
        return files;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static ChartaException assertThrows(Action action) {
        Throwable thrown = null;
        try {
            action.run();
        } catch (Throwable e) {
            thrown = e;
        }
        assertThat(thrown).isInstanceOf(ChartaException.class);
        return (ChartaException) thrown;
    }
}
