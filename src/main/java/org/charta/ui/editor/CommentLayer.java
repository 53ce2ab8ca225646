package org.charta.ui.editor;

import org.fxmisc.richtext.model.StyleSpans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The comment highlights of the editor, kept apart from the Markdown styles and laid over them. The highlights
 * follow each edit until the comments controller sends freshly located ones, so they stay on their characters
 * while the person types.
 */
final class CommentLayer {

    /** Prefix of every style class this layer adds, so stale ones can be removed without touching Markdown classes. */
    static final String PREFIX = "comment-";
    static final String SELECTED = "comment-selected";

    private List<CommentHighlight> highlights = List.of();
    private String selectedThread;

    List<CommentHighlight> highlights() {
        return highlights;
    }

    /**
     * Replaces the highlights.
     *
     * @return the stretches whose styling changed, disjoint and in order
     */
    List<Stretch> replace(List<CommentHighlight> replacement) {
        Set<CommentHighlight> before = new HashSet<>(highlights);
        Set<CommentHighlight> after = new HashSet<>(replacement);
        List<CommentHighlight> changed = new ArrayList<>();
        for (CommentHighlight highlight : highlights) {
            if (!after.contains(highlight)) {
                changed.add(highlight);
            }
        }
        for (CommentHighlight highlight : replacement) {
            if (!before.contains(highlight)) {
                changed.add(highlight);
            }
        }
        highlights = List.copyOf(replacement);
        return merge(changed);
    }

    /**
     * Marks one thread's highlights as selected, or none when {@code threadId} is null.
     *
     * @return the stretches whose styling changed, disjoint and in order
     */
    List<Stretch> select(String threadId) {
        if (Objects.equals(threadId, selectedThread)) {
            return List.of();
        }
        List<CommentHighlight> changed = new ArrayList<>();
        for (CommentHighlight highlight : highlights) {
            if (highlight.threadId().equals(threadId) || highlight.threadId().equals(selectedThread)) {
                changed.add(highlight);
            }
        }
        selectedThread = threadId;
        return merge(changed);
    }

    String selectedThread() {
        return selectedThread;
    }

    /**
     * Moves the highlights along with an edit that replaced {@code removed} characters at {@code position} with
     * {@code inserted} ones. Text typed at either edge of a highlight stays outside it; text typed inside widens
     * it. Text that replaces an edge of a highlight stays outside it, and a highlight whose characters were all
     * replaced is dropped: the next located highlights show where its thread is.
     */
    void follow(int position, int removed, int inserted) {
        if (highlights.isEmpty()) {
            return;
        }
        List<CommentHighlight> moved = new ArrayList<>(highlights.size());
        for (CommentHighlight highlight : highlights) {
            int start = mapStart(highlight.start(), position, removed, inserted);
            int end = Math.max(start, mapEnd(highlight.end(), position, removed, inserted));
            if (end > start) {
                moved.add(new CommentHighlight(start, end, highlight.threadId(), highlight.kind()));
            }
        }
        highlights = List.copyOf(moved);
    }

    private static int mapStart(int offset, int position, int removed, int inserted) {
        if (offset < position) {
            return offset;
        }
        return offset >= position + removed ? offset - removed + inserted : position + inserted;
    }

    private static int mapEnd(int offset, int position, int removed, int inserted) {
        if (offset <= position) {
            return offset;
        }
        return offset >= position + removed ? offset - removed + inserted : position;
    }

    void clear() {
        highlights = List.of();
    }

    /**
     * Returns the threads whose highlights touch a caret ({@code start == end}, an edge counts) or overlap a
     * selection, the narrowest highlight first.
     */
    List<String> threadsAt(int start, int end) {
        Set<String> threads = new LinkedHashSet<>();
        highlights.stream()
                .filter(highlight -> start == end
                        ? highlight.start() <= start && start <= highlight.end()
                        : highlight.start() < end && start < highlight.end())
                .sorted(Comparator.comparingInt(CommentHighlight::length).thenComparingInt(CommentHighlight::start))
                .forEach(highlight -> threads.add(highlight.threadId()));
        return List.copyOf(threads);
    }

    /**
     * Lays the highlights over styles that start at {@code from}: comment classes already in them are dropped
     * and the current ones added, so the result is right whether the styles came from a fresh Markdown analysis
     * or from the editor itself.
     */
    StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> styles, int from) {
        int length = styles.length();
        List<MarkdownStyler.StyledRange> ranges = new ArrayList<>();
        for (CommentHighlight highlight : highlights) {
            if (highlight.end() > from && highlight.start() < from + length) {
                int start = highlight.start() - from;
                int end = highlight.end() - from;
                ranges.add(new MarkdownStyler.StyledRange(start, end, highlight.kind().styleClass()));
                if (highlight.threadId().equals(selectedThread)) {
                    ranges.add(new MarkdownStyler.StyledRange(start, end, SELECTED));
                }
            }
        }
        StyleSpans<Collection<String>> layer = MarkdownStyler.toStyleSpans(ranges, length);
        return styles.mapStyles(CommentLayer::withoutComments).overlay(layer, CommentLayer::combine);
    }

    private static Collection<String> withoutComments(Collection<String> style) {
        if (style.stream().noneMatch(name -> name.startsWith(PREFIX))) {
            return style;
        }
        return style.stream().filter(name -> !name.startsWith(PREFIX)).toList();
    }

    private static Collection<String> combine(Collection<String> markdown, Collection<String> comments) {
        if (comments.isEmpty()) {
            return markdown;
        }
        List<String> both = new ArrayList<>(markdown);
        both.addAll(comments);
        return both;
    }

    /** Sorts stretches and joins those that overlap or touch. */
    private static List<Stretch> merge(List<CommentHighlight> changed) {
        List<CommentHighlight> sorted = new ArrayList<>(changed);
        sorted.sort(Comparator.comparingInt(CommentHighlight::start));
        List<Stretch> stretches = new ArrayList<>();
        for (CommentHighlight highlight : sorted) {
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && highlight.start() <= last.end()) {
                stretches.set(stretches.size() - 1, new Stretch(last.start(), Math.max(last.end(), highlight.end())));
            } else {
                stretches.add(new Stretch(highlight.start(), highlight.end()));
            }
        }
        return stretches;
    }

    /** A stretch of text from {@code start} to just before {@code end}. */
    record Stretch(int start, int end) {
    }
}
