package org.charta.core.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MarkdownBlocks#blocks} skips inline parsing; its blocks must be those of the full parse. */
class BlockOnlyParseTest {

    private static final String DOCUMENT = """
            ---
            title: Front matter
            ---
            Setext heading
            ==============

            A paragraph with *emphasis*, `code` and a [link][ref].

            [ref]: https://example.org "A link reference definition"

            - a tight item
            - another item
              continued on a second line

            > A quote with **bold** text.

            | Region | Delegates |
            |--------|-----------|
            | North  | 3         |

                indented code

            ```
            fenced code
            ```

            <div>An HTML block</div>

            ## المادة ٣

            Final paragraph, with trailing spaces.\u0020\u0020
            """;

    @Test
    void blocksMatchFullParse() {
        List<String> expected = new ArrayList<>();
        Node document = MarkdownBlocks.parse(DOCUMENT);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                add(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph);
            }

            @Override
            public void visit(FencedCodeBlock codeBlock) {
                add(codeBlock);
            }

            @Override
            public void visit(IndentedCodeBlock codeBlock) {
                add(codeBlock);
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                add(htmlBlock);
            }

            @Override
            public void visit(CustomBlock customBlock) {
                if (customBlock instanceof TableBlock) {
                    add(customBlock);
                } else {
                    visitChildren(customBlock);
                }
            }

            private void add(Node node) {
                int end = MarkdownBlocks.endOffset(node);
                while (end > 0 && DOCUMENT.charAt(end - 1) == '\n') {
                    end--;
                }
                expected.add(MarkdownBlocks.startOffset(node) + ".." + end);
            }
        });

        List<String> actual = MarkdownBlocks.blocks(DOCUMENT).stream()
                .map(block -> block.start() + ".." + block.end())
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
