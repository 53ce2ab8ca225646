package org.charta.core.charter;

import org.charta.core.io.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MarkdownImporterTest {

    @Test
    void splitsAtEachHeading() {
        String document = "# Charter\n\nIntro.\n\n## Article 1\n\nText one.\n\n## Article 2\n\nText two.\n";

        List<MarkdownImporter.ImportedSection> sections = MarkdownImporter.split(document);

        assertThat(sections).extracting(MarkdownImporter.ImportedSection::title)
                .containsExactly("Charter", "Article 1", "Article 2");
        assertThat(sections.get(1).text()).isEqualTo("## Article 1\n\nText one.\n\n");
    }

    @Test
    void joinedSectionsGiveTheDocumentBack() {
        String document = "Opening words.\n\nSetext title\n============\n\nBody.\n\n## Next ##\nMore.";

        String joined = MarkdownImporter.split(document).stream()
                .map(MarkdownImporter.ImportedSection::text).collect(Collectors.joining());

        assertThat(joined).isEqualTo(document);
    }

    @Test
    void textBeforeFirstHeadingIsUntitledSection() {
        List<MarkdownImporter.ImportedSection> sections = MarkdownImporter.split("Opening.\n\n## A\n\nText.\n");

        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).title()).isEmpty();
        assertThat(sections.get(0).text()).isEqualTo("Opening.\n\n");
    }

    @Test
    void headingInsideCodeFenceIsNotACut() {
        String document = "## Real\n\n```\n## not a heading\n```\n";

        assertThat(MarkdownImporter.split(document)).hasSize(1);
    }

    @Test
    void ruleAfterListDoesNotCut() {
        String document = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";

        List<MarkdownImporter.ImportedSection> sections = MarkdownImporter.split(document);

        assertThat(sections).extracting(MarkdownImporter.ImportedSection::title).containsExactly("Duties", "Rights");
        assertThat(sections.get(0).text()).contains("attend the assembly").contains("---");
    }

    @Test
    void proposalSplitsOnePerHeading() throws IOException {
        Path proposal = Path.of(System.getProperty("charta.realdata", "../shared/realdata"),
                "proposal", "world-parliament-follow-up.md");
        assumeTrue(Files.isRegularFile(proposal), "realdata proposal is absent");
        String document = TextNormalizer.normalize(Files.readString(proposal, StandardCharsets.UTF_8));
        long headings = document.lines().filter(line -> line.startsWith("#")).count();

        List<MarkdownImporter.ImportedSection> sections = MarkdownImporter.split(document);
        String joined = sections.stream().map(MarkdownImporter.ImportedSection::text).collect(Collectors.joining());

        assertThat(sections).hasSize((int) headings);
        assertThat(joined).isEqualTo(document);
    }
}
