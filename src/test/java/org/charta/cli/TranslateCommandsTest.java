package org.charta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code translate} commands on a real imported charter: add, import, status, mark-current, bad input. */
class TranslateCommandsTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MARKDOWN = """
            # Our charter

            ## Preamble

            We, the citizens of the world, adopt this charter.

            ## Article 3

            Everyone has the right to life, liberty and the security of person.

            No one shall be held in slavery or servitude in any of its forms.
            """;

    private static final String FRENCH_ARTICLE = """
            ## Article 3

            Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.

            Nul ne sera tenu en esclavage ni en servitude sous aucune de ses formes.
            """;

    private Path charter;

    @BeforeEach
    void createCharter() throws IOException {
        charter = importCharter("charter", MARKDOWN);
    }

    private Result charta(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", ALICE));
        return run(all.toArray(String[]::new));
    }

    private Path frenchFile() throws IOException {
        Path file = temp.resolve("article-3.fr.md");
        Files.writeString(file, FRENCH_ARTICLE);
        return file;
    }

    @Test
    void addCopiesSource() throws IOException {
        Result result = charta("translate", "add", "article-3", "es");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("article-3@es").contains("translations/es/article-3.md");
        assertThat(Files.readString(charter.resolve("translations/es/article-3.md")))
                .contains("No one shall be held in slavery");
        assertThat(Files.readString(charter.resolve("charter.json"))).contains("\"translations\"");
    }

    @Test
    void addFromFileIsCurrent() throws IOException {
        Result added = charta("translate", "add", "article-3", "FR", "--from", frenchFile().toString());
        Result status = charta("translate", "status");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("article-3@fr").contains("paragraphs aligned with the source: 3");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("article-3@fr (translations/fr/article-3.md): every paragraph is up to date.");
    }

    @Test
    void statusShowsWordDiffOfOutdated() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        replaceIn(charter.resolve("sections/article-3.md"), "slavery or servitude", "slavery or bondage");

        Result status = charta("translate", "status", "fr");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("2 up to date, 1 outdated, 0 with the source paragraph deleted, 0 never aligned, 0 missing.")
                .contains("Paragraph 2 is outdated: source paragraph 2 changed since it was aligned with revision ")
                .contains("[-servitude-]{+bondage+}");
    }

    @Test
    void statusJsonHasFields() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        replaceIn(charter.resolve("sections/article-3.md"), "slavery or servitude", "slavery or bondage");

        Result result = charta("translate", "status", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode list = JSON.readTree(result.out());
        assertThat(list).hasSize(1);
        JsonNode status = list.get(0);
        assertThat(fieldNames(status)).containsExactly("section", "language", "path", "sourceLanguage", "upToDate",
                "fileMissing", "damagedRecords", "counts", "paragraphs");
        assertThat(status.get("damagedRecords")).isEmpty();
        assertThat(status.get("section").asText()).isEqualTo("article-3");
        assertThat(status.get("language").asText()).isEqualTo("fr");
        assertThat(status.get("sourceLanguage").asText()).isEqualTo("en");
        assertThat(status.get("upToDate").asBoolean()).isFalse();
        assertThat(fieldNames(status.get("counts"))).containsExactly("current", "outdated", "sourceRemoved",
                "unaligned", "missing");
        assertThat(status.get("counts").get("outdated").asInt()).isEqualTo(1);
        JsonNode paragraph = status.get("paragraphs").get(0);
        assertThat(fieldNames(paragraph)).containsExactly("translationParagraph", "translationAddress",
                "sourceParagraph", "sourceParagraphs", "state", "alignedRevision", "alignedSource", "currentSource");
        assertThat(paragraph.get("state").asText()).isEqualTo("outdated");
        assertThat(paragraph.get("translationParagraph").asInt()).isEqualTo(2);
        assertThat(paragraph.get("alignedSource").asText()).contains("servitude");
        assertThat(paragraph.get("currentSource").asText()).contains("bondage");
        assertThat(paragraph.get("alignedRevision").asText()).hasSize(40);
    }

    @Test
    void markCurrentClearsOutdated() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        replaceIn(charter.resolve("sections/article-3.md"), "slavery or servitude", "slavery or bondage");

        Result marked = charta("translate", "mark-current", "article-3", "fr", "2");
        Result status = charta("translate", "status");

        assertThat(marked.exitCode()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("Marked paragraph 2 of article-3@fr");
        assertThat(status.out()).contains("every paragraph is up to date.");
    }

    @Test
    void markAllOutdatedCountsThem() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        replaceIn(charter.resolve("sections/article-3.md"), "slavery or servitude", "slavery or bondage");

        Result marked = charta("translate", "mark-current", "article-3", "fr", "--all-outdated");

        assertThat(marked.exitCode()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("Outdated paragraphs of article-3@fr marked up to date with the source: 1.");
    }

    @Test
    void copiedTranslationCountsEachParagraphOnce() throws IOException {
        charta("translate", "add", "article-3", "fr");

        Result status = charta("translate", "status", "fr");
        Result json = charta("translate", "status", "--json");

        assertThat(status.out()).contains("0 up to date, 0 outdated, 0 with the source paragraph deleted, "
                + "3 never aligned, 0 missing.").doesNotContain("has no translation");
        JsonNode counts = JSON.readTree(json.out()).get(0).get("counts");
        assertThat(counts.get("unaligned").asInt()).isEqualTo(3);
        assertThat(counts.get("missing").asInt()).isZero();
        JsonNode first = JSON.readTree(json.out()).get(0).get("paragraphs").get(1);
        assertThat(first.get("state").asText()).isEqualTo("unaligned");
        assertThat(first.get("sourceParagraph").asInt()).isEqualTo(1);
        assertThat(first.get("currentSource").asText()).startsWith("Everyone has the right");
    }

    @Test
    void markCurrentTwiceWritesNothing() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        Map<String, String> before = snapshot(charter);

        Result again = charta("translate", "mark-current", "article-3", "fr", "2");
        Result all = charta("translate", "mark-current", "article-3", "fr", "--all-outdated");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Paragraph 2 of article-3@fr is already up to date");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("article-3@fr has no outdated paragraph; nothing was recorded.");
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void damagedRecordsAreNamed() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        Path records = charter.resolve(".charta/translations/article-3/fr");
        Path good;
        try (var files = Files.list(records)) {
            good = files.findFirst().orElseThrow();
        }
        String json = Files.readString(good);
        Files.writeString(records.resolve("20300101T000000000Z-0000000a.json"), json.substring(0, json.length() / 2));
        Files.writeString(records.resolve("20300101T000000000Z-0000000b.json"),
                json.replaceFirst("\"translation\" : \\d+", "\"translation\" : 99"));
        Files.writeString(records.resolve("20300101T000000000Z-0000000c.json"),
                json.replaceFirst("\"source\" : \\d+", "\"source\" : -5"));

        Result status = charta("translate", "status");
        Result jsonStatus = charta("translate", "status", "--json");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("every paragraph is up to date")
                .contains("Warning: article-3@fr has damaged alignment records, which were skipped (3): "
                        + ".charta/translations/article-3/fr/20300101T000000000Z-0000000a.json, ")
                .contains("0000000b.json").contains("0000000c.json").contains("Restore them from the Git history");
        assertThat(JSON.readTree(jsonStatus.out()).get(0).get("damagedRecords")).hasSize(3);
    }

    @Test
    void importFolderWithoutMatchFails() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path others = Files.createDirectories(temp.resolve("others"));
        Files.writeString(others.resolve("notes.md"), "Nothing to do with the charter.\n");
        Map<String, String> before = snapshot(charter);

        assertFails(List.of("translate", "import", "de", empty.toString()), "No file in " + empty);
        assertFails(List.of("translate", "import", "de", others.toString()), "No file in " + others);

        assertThat(run("translate", "import", "de", empty.toString(), "--charter", charter.toString(), "--as", ALICE)
                .exitCode()).isEqualTo(1);
        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void controlCharactersAreRefused() throws IOException {
        Path nul = Files.writeString(temp.resolve("nul.md"), "## Article 3\n\nTout\u0000 individu.\n");
        Path escape = Files.writeString(temp.resolve("esc.md"), "## Article 3\n\nUn\n\u001b]0;titre\u0007 texte.\n");
        Path c1 = Files.writeString(temp.resolve("c1.md"), "## Article 3\r\n\r\nUn \u009b texte.\n");
        Path folder = Files.createDirectories(temp.resolve("fr"));
        Files.writeString(folder.resolve("article-3.md"), "## Article 3\n\nDel \u007f ici.\n");
        Map<String, String> before = snapshot(charter);

        assertFails(List.of("translate", "add", "article-3", "fr", "--from", nul.toString()),
                "The file " + nul + " contains the control character U+0000 on line 3.");
        assertFails(List.of("translate", "add", "article-3", "fr", "--from", escape.toString()),
                "control character U+001B on line 4.");
        assertFails(List.of("translate", "add", "article-3", "fr", "--from", c1.toString()),
                "control character U+009B on line 3.");
        assertFails(List.of("translate", "import", "fr", folder.toString()), "U+007F on line 3");

        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void importFolderMatchesByFileName() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fr"));
        Files.writeString(folder.resolve("article-3.md"), FRENCH_ARTICLE);
        Files.writeString(folder.resolve("preamble.md"), "## Préambule\n\nNous, citoyens du monde.\n");
        Files.writeString(folder.resolve("annex.md"), "## Annexe\n\nRien.\n");

        Result result = charta("translate", "import", "fr", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Translations in fr imported from " + folder + ": 2.")
                .contains("article-3.md -> article-3@fr")
                .contains("preamble.md -> preamble@fr")
                .contains("no section has this file name: annex.md");
        assertThat(charter.resolve("translations/fr/preamble.md")).exists();
    }

    @Test
    void importFolderComparesNumbers() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fr"));
        Files.writeString(folder.resolve("article-03.md"), FRENCH_ARTICLE);
        Files.writeString(folder.resolve("00-preamble.md"), "## Préambule\n\nNous, citoyens du monde.\n");
        Files.writeString(folder.resolve("all.md"), "# Notre charte\n\n## Préambule\n\nNous.\n\n" + FRENCH_ARTICLE);

        Result result = charta("translate", "import", "fr", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Translations in fr imported from " + folder + ": 2.")
                .contains("article-03.md -> article-3@fr")
                .contains("00-preamble.md -> preamble@fr")
                .contains("Skipped all.md: it holds several sections");
        assertThat(charter.resolve("translations/fr/article-3.md")).exists();
    }

    @Test
    void importFolderPairsByNameOrder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fr"));
        Files.writeString(folder.resolve("1-titre.md"), "# Notre charte\n");
        Files.writeString(folder.resolve("2-preambule.md"), "## Préambule\n\nNous, citoyens du monde.\n");
        Files.writeString(folder.resolve("3-article.md"), FRENCH_ARTICLE);

        Result result = charta("translate", "import", "fr", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("the 3 files were paired with the sections in name order")
                .contains("3-article.md -> article-3@fr");
    }

    @Test
    void importDocumentSplitsSections() throws IOException {
        Path document = Files.writeString(temp.resolve("charte.md"),
                "# Notre charte\n\n## Préambule\n\nNous, citoyens du monde.\n\n" + FRENCH_ARTICLE);

        Result result = charta("translate", "import", "fr", document.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("The document was split into 3 sections")
                .contains("charte.md #3 (Article 3) -> article-3@fr");
        assertThat(Files.readString(charter.resolve("translations/fr/article-3.md"))).isEqualTo(FRENCH_ARTICLE);
    }

    @Test
    void importRejectsAmbiguityAndCounts() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("fr"));
        Files.writeString(folder.resolve("article-3.md"), FRENCH_ARTICLE);
        Files.writeString(folder.resolve("article-03.md"), FRENCH_ARTICLE);
        Path document = Files.writeString(temp.resolve("charte.md"), FRENCH_ARTICLE);
        Map<String, String> before = snapshot(charter);

        assertFails(List.of("translate", "import", "fr", folder.toString()),
                "article-03.md and article-3.md both match the section article-3");
        assertFails(List.of("translate", "import", "fr", document.toString()),
                "has 1 section and the charter has 3");

        assertThat(snapshot(charter)).isEqualTo(before);
    }

    @Test
    void commentOnLanguageVersion() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());

        Result added = charta("comment", "add", "article-3@fr", "2", "Plutôt", "«", "servitude", "»", "?");
        Result list = charta("comment", "list", "--json");

        assertThat(added.exitCode()).as(added.err()).isZero();
        JsonNode threads = JSON.readTree(list.out());
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).get("section").asText()).isEqualTo("article-3@fr");
        assertThat(threads.get(0).get("state").asText()).isEqualTo("anchored");
        assertThat(threads.get(0).get("quote").asText()).startsWith("Nul ne sera tenu");
    }

    @Test
    void badInputChangesNothing() throws IOException {
        charta("translate", "add", "article-3", "fr", "--from", frenchFile().toString());
        Path empty = Files.writeString(temp.resolve("empty.md"), "  \n");
        Path latin1 = Files.write(temp.resolve("latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Map<String, String> before = snapshot(charter);

        assertFails(List.of("translate", "add", "article-9", "es"), "article-9");
        assertFails(List.of("translate", "add", "article-3", "not a tag"), "not a tag");
        assertFails(List.of("translate", "add", "article-3", "en"), "\"en\" is the source language");
        assertFails(List.of("translate", "add", "article-3", "fr"), "already exists");
        assertFails(List.of("translate", "add", "article-3", "es", "--from", temp.resolve("nope.md").toString()),
                "nope.md");
        assertFails(List.of("translate", "add", "article-3", "es", "--from", empty.toString()), "empty");
        assertFails(List.of("translate", "add", "article-3", "es", "--from", latin1.toString()), "not UTF-8");
        assertFails(List.of("translate", "mark-current", "article-3", "fr", "9"), "no paragraph 9");
        assertFails(List.of("translate", "mark-current", "article-3", "es", "1"), "article-3@es");
        assertFails(List.of("translate", "import", "de", temp.resolve("missing").toString()), "missing");

        assertThat(snapshot(charter)).isEqualTo(before);
    }

    private void assertFails(List<String> args, String named) {
        Result result = charta(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", args)).isNotZero();
        assertThat(result.errLines()).as(String.join(" ", args)).hasSize(1);
        assertThat(result.err()).as(String.join(" ", args)).contains(named);
        assertThat(result.out()).as(String.join(" ", args)).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> iterator = node.fieldNames(); iterator.hasNext(); ) {
            names.add(iterator.next());
        }
        return names;
    }
}
