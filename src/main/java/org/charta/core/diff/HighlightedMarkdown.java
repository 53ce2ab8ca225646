package org.charta.core.diff;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders one paragraph's Markdown to HTML with commonmark-java, with some ranges of its source marked by a tag
 * ({@code ins} or {@code del}) and, optionally, deleted text shown at given offsets. The Markdown structure of the
 * text is rendered as usual: the marks go inside it, around the words they cover.
 *
 * <p>Raw HTML in the text is escaped and link targets are sanitised, since the text comes from co-authors. A text
 * node whose source differs from its literal (a backslash escape or an entity) and a node whose content is opaque
 * (inline code, code blocks, HTML) are marked whole when a range touches them. Deleted text is shown as plain
 * text: its Markdown syntax is not rendered.
 */
final class HighlightedMarkdown {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** A marked range of the source, {@code [start, end)}. */
    record Range(int start, int end) {
    }

    /** Text shown at an offset of the source, such as the words deleted there. */
    record Insertion(int offset, String text) {
    }

    private final String markdown;
    private final String tag;
    private final List<Range> ranges;
    private final List<Insertion> insertions;
    private final String insertionTag;
    private int nextInsertion;

    private HighlightedMarkdown(String markdown, String tag, List<Range> ranges, List<Insertion> insertions,
                                String insertionTag) {
        this.markdown = markdown;
        this.tag = tag;
        this.ranges = ranges;
        this.insertions = insertions;
        this.insertionTag = insertionTag;
    }

    /** Renders the Markdown without marks. */
    static String render(String markdown) {
        return render(markdown, "ins", List.of(), List.of(), "del");
    }

    /**
     * Renders the Markdown with the ranges wrapped in {@code <tag>} and each insertion's text, escaped, wrapped in
     * {@code <insertionTag>} at its offset. Ranges and insertions must be sorted by offset.
     */
    static String render(String markdown, String tag, List<Range> ranges, List<Insertion> insertions,
                         String insertionTag) {
        return new HighlightedMarkdown(markdown, tag, ranges, insertions, insertionTag).render();
    }

    /**
     * Returns the marks of one side of a word diff: for the new side, the inserted ranges and (when
     * {@code withDeletions}) the deleted words at the offsets where they were; for the old side, the deleted ranges.
     */
    static Marks marks(List<DiffSegment> segments, boolean newSide, boolean withDeletions) {
        List<Range> ranges = new ArrayList<>();
        List<Insertion> insertions = new ArrayList<>();
        int oldOffset = 0;
        int newOffset = 0;
        for (DiffSegment segment : segments) {
            int length = segment.text().length();
            switch (segment.kind()) {
                case EQUAL -> {
                    oldOffset += length;
                    newOffset += length;
                }
                case DELETED -> {
                    if (!newSide) {
                        ranges.add(new Range(oldOffset, oldOffset + length));
                    } else if (withDeletions) {
                        insertions.add(new Insertion(newOffset, segment.text()));
                    }
                    oldOffset += length;
                }
                case INSERTED -> {
                    if (newSide) {
                        ranges.add(new Range(newOffset, newOffset + length));
                    }
                    newOffset += length;
                }
            }
        }
        return new Marks(ranges, insertions);
    }

    /** The marks of one side of a word diff. */
    record Marks(List<Range> ranges, List<Insertion> insertions) {
    }

    private String render() {
        Node document = PARSER.parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new MarkedTextRenderer(context))
                .build();
        String html = renderer.render(document);
        if (nextInsertion < insertions.size()) {
            html = insertBeforeLastClosingTag(html, remainingInsertions());
        }
        return html;
    }

    private String remainingInsertions() {
        StringBuilder html = new StringBuilder();
        HtmlWriter writer = new HtmlWriter(html);
        flushInsertions(writer, Integer.MAX_VALUE);
        return html.toString();
    }

    /** Puts text that belongs after the last rendered character inside the last element, where it reads. */
    private static String insertBeforeLastClosingTag(String html, String text) {
        String trimmed = html.stripTrailing();
        int closing = trimmed.lastIndexOf("</");
        if (closing < 0) {
            return html + text;
        }
        return trimmed.substring(0, closing) + text + trimmed.substring(closing) + html.substring(trimmed.length());
    }

    /** Writes, in order, every insertion whose offset is at most {@code offset} that is not written yet. */
    private void flushInsertions(HtmlWriter writer, int offset) {
        while (nextInsertion < insertions.size() && insertions.get(nextInsertion).offset() <= offset) {
            writer.raw("<" + insertionTag + ">");
            writer.text(insertions.get(nextInsertion).text());
            writer.raw("</" + insertionTag + ">");
            nextInsertion++;
        }
    }

    private boolean inRange(int offset) {
        for (Range range : ranges) {
            if (range.start() <= offset && offset < range.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean overlaps(int start, int end) {
        for (Range range : ranges) {
            if (range.start() < end && start < range.end()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the first range edge or insertion offset after {@code offset}, or {@code limit}. */
    private int nextEdge(int offset, int limit) {
        int next = limit;
        for (Range range : ranges) {
            if (range.start() > offset) {
                next = Math.min(next, range.start());
            }
            if (range.end() > offset) {
                next = Math.min(next, range.end());
            }
        }
        for (int i = nextInsertion; i < insertions.size(); i++) {
            if (insertions.get(i).offset() > offset) {
                next = Math.min(next, insertions.get(i).offset());
                break;
            }
        }
        return next;
    }

    /** Renders text nodes with their marks, and opaque nodes whole. Every other node renders as usual. */
    private final class MarkedTextRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter writer;

        MarkedTextRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.writer = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class, Code.class, HtmlInline.class, HtmlBlock.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                renderWhole(node, false);
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int start = first.getInputIndex();
            int end = last.getInputIndex() + last.getLength();
            if (node instanceof Text text && spans.size() == 1 && end <= markdown.length()
                    && markdown.substring(start, end).equals(text.getLiteral())) {
                renderMarkedText(text.getLiteral(), start, end);
                return;
            }
            flushInsertions(writer, end - 1);
            renderWhole(node, overlaps(start, end));
        }

        /** Writes the literal piece by piece, each piece inside or outside the marked ranges. */
        private void renderMarkedText(String literal, int start, int end) {
            int offset = start;
            while (offset < end) {
                flushInsertions(writer, offset);
                int next = nextEdge(offset, end);
                String piece = literal.substring(offset - start, next - start);
                if (inRange(offset)) {
                    writer.raw("<" + tag + ">");
                    writer.text(piece);
                    writer.raw("</" + tag + ">");
                } else {
                    writer.text(piece);
                }
                offset = next;
            }
        }

        private void renderWhole(Node node, boolean marked) {
            if (marked) {
                writer.raw("<" + tag + ">");
            }
            if (node instanceof Text text) {
                writer.text(text.getLiteral());
            } else if (node instanceof Code code) {
                writer.tag("code", context.extendAttributes(code, "code", Map.of()));
                writer.text(code.getLiteral());
                writer.tag("/code");
            } else if (node instanceof HtmlInline html) {
                writer.text(html.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                writer.tag("p", context.extendAttributes(html, "p", Map.of()));
                writer.text(html.getLiteral());
                writer.tag("/p");
            } else if (node instanceof FencedCodeBlock code) {
                renderCodeBlock(code, code.getLiteral(), code.getInfo());
            } else if (node instanceof IndentedCodeBlock code) {
                renderCodeBlock(code, code.getLiteral(), null);
            }
            if (marked) {
                writer.raw("</" + tag + ">");
            }
        }

        private void renderCodeBlock(Node node, String literal, String info) {
            Map<String, String> attributes = Map.of();
            if (info != null && !info.isBlank()) {
                attributes = Map.of("class", "language-" + info.strip().split("\\s+")[0]);
            }
            writer.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            writer.tag("code", context.extendAttributes(node, "code", attributes));
            writer.text(literal);
            writer.tag("/code");
            writer.tag("/pre");
        }
    }
}
