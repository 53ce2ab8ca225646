package org.charta.core.markdown;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the leaf blocks of a Markdown text with the CommonMark parser and its source spans. Headings and
 * paragraph boundaries come from the syntax tree only, so a {@code ---} after a list is a thematic break
 * and an HTML block stays one opaque block.
 */
public final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * The same parser without inline parsing: leaf blocks, their kinds and their source spans are all decided at
     * block level, and skipping the inlines makes {@link #blocks} several times faster.
     */
    private static final Parser BLOCK_PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, block) -> { })
            .build();

    private MarkdownBlocks() {
    }

    /** Parses the text with YAML front matter masked, so source spans still index the original text. */
    public static Node parse(String text) {
        return PARSER.parse(FrontMatter.mask(text));
    }

    /** Returns the leaf blocks of the text in document order. */
    public static List<org.charta.core.markdown.Block> blocks(String text) {
        Node document = BLOCK_PARSER.parse(FrontMatter.mask(text));
        LeafCollector collector = new LeafCollector(text);
        document.accept(collector);
        return collector.blocks;
    }

    /** Returns the non-heading blocks: the numbered paragraphs comments attach to. */
    public static List<org.charta.core.markdown.Block> paragraphs(String text) {
        return blocks(text).stream().filter(block -> !block.isHeading()).toList();
    }

    /** Returns the plain text of the first heading of the text, or an empty string when it has none. */
    public static String firstHeadingTitle(String text) {
        Node document = parse(text);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                return plainText(heading).strip();
            }
        }
        return "";
    }

    /** Concatenates the literal text of a node's inline descendants. */
    public static String plainText(Node node) {
        StringBuilder builder = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                builder.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                builder.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
                builder.append(' ');
            }
        });
        return builder.toString();
    }

    /** Returns the offset in the text where the node's first source span starts. */
    public static int startOffset(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
    }

    /** Returns the offset just after the node's last source span. */
    public static int endOffset(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength();
    }

    private static final class LeafCollector extends AbstractVisitor {

        private final String text;
        private final List<org.charta.core.markdown.Block> blocks = new ArrayList<>();
        private int paragraphNumber;

        LeafCollector(String text) {
            this.text = text;
        }

        @Override
        public void visit(Heading heading) {
            add(heading, BlockKind.HEADING);
        }

        @Override
        public void visit(Paragraph paragraph) {
            add(paragraph, BlockKind.PARAGRAPH);
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
            add(codeBlock, BlockKind.CODE);
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
            add(codeBlock, BlockKind.CODE);
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            add(htmlBlock, BlockKind.HTML);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock customBlock) {
            if (customBlock instanceof TableBlock) {
                add(customBlock, BlockKind.TABLE);
            } else {
                visitChildren(customBlock);
            }
        }

        private void add(Block node, BlockKind kind) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int start = first.getInputIndex();
            int end = trimTrailingLineBreak(last.getInputIndex() + last.getLength());
            int number = kind == BlockKind.HEADING ? 0 : ++paragraphNumber;
            blocks.add(new org.charta.core.markdown.Block(kind, number, start, end, first.getLineIndex(),
                    last.getLineIndex(), text.substring(start, end)));
        }

        private int trimTrailingLineBreak(int end) {
            int trimmed = Math.min(end, text.length());
            while (trimmed > 0 && (text.charAt(trimmed - 1) == '\n' || text.charAt(trimmed - 1) == '\r')) {
                trimmed--;
            }
            return trimmed;
        }
    }
}
