package org.charta.ui.editor;

import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.charta.ui.text.UprightFont;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes the editor's Markdown styling from the CommonMark syntax tree and its source spans. It is a pure
 * function of the text, so it runs off the JavaFX thread. The editor applies a result only if the text has
 * not changed meanwhile.
 */
final class MarkdownStyler {

    /** Suffix of the class that replaces a slanted class over right-to-left words, such as {@code md-em-upright}. */
    static final String UPRIGHT_SUFFIX = "-upright";

    private MarkdownStyler() {
    }

    /**
     * The style classes of a text and its numbered paragraphs.
     *
     * @param runEnds   offset just after each style span, in order, for comparing two analyses quickly
     * @param runStyles the style of each span
     */
    record Analysis(String text, StyleSpans<Collection<String>> styles, List<Block> paragraphs, int[] runEnds,
                    List<Collection<String>> runStyles) {

        /**
         * Returns the offset of the first character, before {@code limit}, whose style differs from the one
         * the other analysis gives it, or {@code limit} when none does.
         */
        int firstDifference(Analysis other, int limit) {
            int mine = 0;
            int theirs = 0;
            int position = 0;
            while (position < limit && mine < runEnds.length && theirs < other.runEnds.length) {
                if (!runStyles.get(mine).equals(other.runStyles.get(theirs))) {
                    return position;
                }
                position = Math.min(runEnds[mine], other.runEnds[theirs]);
                if (runEnds[mine] == position) {
                    mine++;
                }
                if (other.runEnds[theirs] == position) {
                    theirs++;
                }
            }
            return Math.min(position, limit);
        }

        /**
         * Returns how many characters at the end of both texts keep the same style, at most {@code limit}.
         */
        int sameStyleAtEnd(Analysis other, int limit) {
            int mine = runEnds.length - 1;
            int theirs = other.runEnds.length - 1;
            int fromEnd = 0;
            while (fromEnd < limit && mine >= 0 && theirs >= 0) {
                if (!runStyles.get(mine).equals(other.runStyles.get(theirs))) {
                    return fromEnd;
                }
                int myStart = mine == 0 ? 0 : runEnds[mine - 1];
                int theirStart = theirs == 0 ? 0 : other.runEnds[theirs - 1];
                fromEnd = Math.min(text.length() - myStart, other.text.length() - theirStart);
                if (text.length() - myStart == fromEnd) {
                    mine--;
                }
                if (other.text.length() - theirStart == fromEnd) {
                    theirs--;
                }
            }
            return Math.min(fromEnd, limit);
        }
    }

    static Analysis analyse(String text) {
        Node document = MarkdownBlocks.parse(text);
        RangeCollector collector = new RangeCollector(text);
        document.accept(collector);
        StyleSpans<Collection<String>> styles = toStyleSpans(collector.ranges, text.length());
        List<Integer> ends = new ArrayList<>(styles.getSpanCount());
        List<Collection<String>> runStyles = new ArrayList<>(styles.getSpanCount());
        int offset = 0;
        for (int i = 0; i < styles.getSpanCount(); i++) {
            int length = styles.getStyleSpan(i).getLength();
            if (length > 0) {
                offset += length;
                ends.add(offset);
                runStyles.add(styles.getStyleSpan(i).getStyle());
            }
        }
        int[] runEnds = ends.stream().mapToInt(Integer::intValue).toArray();
        return new Analysis(text, styles, MarkdownBlocks.paragraphs(text), runEnds, runStyles);
    }

    /** A style class over {@code [start, end)}. */
    record StyledRange(int start, int end, String styleClass) {
    }

    /**
     * Flattens overlapping ranges into consecutive spans, each carrying every class active over it, as
     * nested Markdown (a link inside emphasis inside a heading) needs.
     */
    static StyleSpans<Collection<String>> toStyleSpans(List<StyledRange> ranges, int length) {
        TreeMap<Integer, List<StyledRange>> starts = new TreeMap<>();
        TreeMap<Integer, List<StyledRange>> ends = new TreeMap<>();
        for (StyledRange range : ranges) {
            int start = Math.max(0, Math.min(range.start(), length));
            int end = Math.max(start, Math.min(range.end(), length));
            if (end > start) {
                starts.computeIfAbsent(start, key -> new ArrayList<>()).add(range);
                ends.computeIfAbsent(end, key -> new ArrayList<>()).add(range);
            }
        }

        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Map<String, Integer> active = new TreeMap<>();
        int position = 0;
        TreeSet<Integer> boundaries = new TreeSet<>(starts.keySet());
        boundaries.addAll(ends.keySet());
        for (int boundary : boundaries) {
            if (boundary > position) {
                builder.add(List.copyOf(active.keySet()), boundary - position);
                position = boundary;
            }
            for (StyledRange range : ends.getOrDefault(boundary, List.of())) {
                active.computeIfPresent(range.styleClass(), (key, count) -> count == 1 ? null : count - 1);
            }
            for (StyledRange range : starts.getOrDefault(boundary, List.of())) {
                active.merge(range.styleClass(), 1, Integer::sum);
            }
        }
        builder.add(List.of(), Math.max(0, length - position));
        return builder.create();
    }

    /** Collects one range per source span of every node that has a style. */
    private static final class RangeCollector extends AbstractVisitor {

        private final String text;
        private final List<StyledRange> ranges = new ArrayList<>();

        RangeCollector(String text) {
            this.text = text;
        }

        @Override
        public void visit(Heading heading) {
            addSpans(heading, "md-heading");
            addSpans(heading, "md-h" + heading.getLevel());
            visitChildren(heading);
        }

        @Override
        public void visit(Emphasis emphasis) {
            addSlantedSpans(emphasis, "md-em");
            visitChildren(emphasis);
        }

        @Override
        public void visit(StrongEmphasis strongEmphasis) {
            addSpans(strongEmphasis, "md-strong");
            visitChildren(strongEmphasis);
        }

        @Override
        public void visit(Code code) {
            addSpans(code, "md-code");
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
            addSpans(codeBlock, "md-code-block");
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
            addSpans(codeBlock, "md-code-block");
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            addSpans(htmlBlock, "md-html");
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            addSpans(htmlInline, "md-html");
        }

        @Override
        public void visit(Link link) {
            addSpans(link, "md-link");
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            addSpans(image, "md-link");
            visitChildren(image);
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            addSpans(definition, "md-link");
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            addSlantedSpans(blockQuote, "md-quote");
            visitChildren(blockQuote);
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            addSpans(thematicBreak, "md-hr");
        }

        @Override
        public void visit(ListItem listItem) {
            addListMarker(listItem);
            visitChildren(listItem);
        }

        @Override
        public void visit(CustomBlock customBlock) {
            if (customBlock instanceof TableBlock) {
                addSpans(customBlock, "md-table");
            }
            visitChildren(customBlock);
        }

        private void addSpans(Node node, String styleClass) {
            for (SourceSpan span : node.getSourceSpans()) {
                ranges.add(new StyledRange(span.getInputIndex(), span.getInputIndex() + span.getLength(), styleClass));
            }
        }

        /**
         * Adds {@code styleClass} over the node's words, or {@code styleClass + "-upright"} over words in a
         * right-to-left script. Arabic has no italic, and the editor's slanted font draws it as unrelated symbols.
         * A space takes the class of the word before it, so an Arabic phrase stays one run and keeps its shaping.
         */
        private void addSlantedSpans(Node node, String styleClass) {
            String uprightClass = styleClass + UPRIGHT_SUFFIX;
            for (SourceSpan span : node.getSourceSpans()) {
                int start = span.getInputIndex();
                int end = Math.min(text.length(), start + span.getLength());
                int runStart = start;
                String runClass = null;
                int position = start;
                while (position < end) {
                    int wordEnd = endOfSameKind(position, end);
                    String wordClass = runClass;
                    if (!Character.isWhitespace(text.charAt(position)) || runClass == null) {
                        boolean upright = UprightFont.needsUpright(text.substring(position, wordEnd))
                                || Character.isWhitespace(text.charAt(position))
                                && UprightFont.needsUpright(text.substring(wordEnd, endOfSameKind(wordEnd, end)));
                        wordClass = upright ? uprightClass : styleClass;
                    }
                    if (runClass != null && !runClass.equals(wordClass)) {
                        ranges.add(new StyledRange(runStart, position, runClass));
                        runStart = position;
                    }
                    runClass = wordClass;
                    position = wordEnd;
                }
                if (runClass != null) {
                    ranges.add(new StyledRange(runStart, end, runClass));
                }
            }
        }

        /** Returns the end of the whitespace run or the word that starts at {@code start}, at most {@code limit}. */
        private int endOfSameKind(int start, int limit) {
            if (start >= limit) {
                return limit;
            }
            boolean whitespace = Character.isWhitespace(text.charAt(start));
            int end = start;
            while (end < limit && Character.isWhitespace(text.charAt(end)) == whitespace) {
                end++;
            }
            return end;
        }

        /** Styles the bullet or the number and delimiter that the parser found at the item's start. */
        private void addListMarker(ListItem listItem) {
            List<SourceSpan> spans = listItem.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int start = spans.get(0).getInputIndex();
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            int end = start;
            if (listItem.getParent() instanceof OrderedList) {
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                end = Math.min(end + 1, text.length());
            } else if (listItem.getParent() instanceof BulletList) {
                end = Math.min(start + 1, text.length());
            }
            if (end > start) {
                ranges.add(new StyledRange(start, end, "md-list-marker"));
            }
        }
    }
}
