package org.charta.core.charter;

import org.charta.core.markdown.MarkdownBlocks;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Markdown document into sections at its top-level headings, found in the CommonMark syntax tree.
 *
 * <p>Each section's text runs from the start of its heading's line to the start of the next heading's line,
 * so the sections joined in order give back the document exactly. Text before the first heading becomes a
 * section of its own.
 */
public final class MarkdownImporter {

    /** A piece of the document: the title for the id and outline, and the exact text of the piece. */
    public record ImportedSection(String title, String text) {
    }

    private MarkdownImporter() {
    }

    public static List<ImportedSection> split(String document) {
        List<Integer> cuts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Node root = MarkdownBlocks.parse(document);
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                cuts.add(lineStart(document, MarkdownBlocks.startOffset(heading)));
                titles.add(MarkdownBlocks.plainText(heading).strip());
            }
        }

        if (cuts.isEmpty()) {
            return document.isEmpty() ? List.of() : List.of(new ImportedSection("", document));
        }

        // Blank lines before the first heading stay with it; real text there becomes an untitled section.
        List<ImportedSection> sections = new ArrayList<>();
        String opening = document.substring(0, cuts.get(0));
        if (!opening.isBlank()) {
            sections.add(new ImportedSection("", opening));
            opening = "";
        }

        for (int i = 0; i < cuts.size(); i++) {
            int start = cuts.get(i);
            int end = i + 1 < cuts.size() ? cuts.get(i + 1) : document.length();
            String text = (i == 0 ? opening : "") + document.substring(start, end);
            sections.add(new ImportedSection(titles.get(i), text));
        }
        return sections;
    }

    private static int lineStart(String text, int offset) {
        int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset == 0 ? 0 : newline + 1;
    }
}
