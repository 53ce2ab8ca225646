package org.charta.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.util.Duration;
import org.charta.core.markdown.Block;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.charta.ui.task.Debouncer;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import static javafx.scene.input.KeyCode.Y;
import static javafx.scene.input.KeyCode.Z;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

/**
 * The section editor on a RichTextFX {@link CodeArea}: wrapped lines, Markdown styling and paragraph
 * numbers computed off the JavaFX thread shortly after each edit, and a typing-aware undo history.
 */
public final class RichTextSectionEditor implements SectionEditor {

    private static final Logger LOG = LoggerFactory.getLogger(RichTextSectionEditor.class);

    /** Delay between the last edit and the styling pass. */
    private static final Duration ANALYSIS_DELAY = Duration.millis(150);

    private final SectionArea area = new SectionArea();
    private final VirtualizedScrollPane<SectionArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final BackgroundExecutor executor;
    private final UiText text;
    private final UndoManager<List<PlainTextChange>> undoManager;
    private final BooleanBinding dirty;
    private final ObjectProperty<List<Block>> paragraphs = new SimpleObjectProperty<>(List.of());
    private final Debouncer analysis;
    private final Subscription changeSubscription;
    private final TypeAhead typeAhead;
    private final CommentLayer commentLayer = new CommentLayer();

    private Map<Integer, ThreadCount> threadCounts = Map.of();
    private IntConsumer onThreadBadgeClicked = number -> { };
    private Consumer<List<String>> onHighlightTouched = threads -> { };
    private Runnable onCommentRequested = () -> { };
    private boolean movingCaret;
    private boolean undoing;
    private long generation;
    private MarkdownStyler.Analysis applied;

    public RichTextSectionEditor(BackgroundExecutor executor, UiText text) {
        this.executor = executor;
        this.text = text;
        area.setId("section-editor");
        area.getStyleClass().add("section-editor");
        area.setWrapText(true);
        scrollPane.getStyleClass().add("section-editor-scroll");

        undoManager = TypingUndo.create(area, () -> undoing);
        area.setUndoManager(undoManager);
        dirty = Bindings.createBooleanBinding(() -> !undoManager.isAtMarkedPosition(),
                undoManager.atMarkedPositionProperty());

        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(keyPressed(Z, SHORTCUT_DOWN), event -> undo()),
                InputMap.consume(keyPressed(Y, SHORTCUT_DOWN), event -> redo()),
                InputMap.consume(keyPressed(Z, SHORTCUT_DOWN, SHIFT_DOWN), event -> redo())));
        area.setContextMenu(createContextMenu());
        typeAhead = new TypeAhead(area);

        analysis = new Debouncer(ANALYSIS_DELAY, this::analyse);
        changeSubscription = area.plainTextChanges().subscribe(change -> {
            commentLayer.follow(change.getPosition(), change.getRemoved().length(), change.getInserted().length());
            splitEditedLine(change.getPosition(), change.getInsertionEnd());
            generation++;
            analysis.trigger();
        });
        area.caretPositionProperty().addListener((observable, previous, caret) -> reportHighlightTouched());
        area.selectionProperty().addListener((observable, previous, selection) -> reportHighlightTouched());
        refreshGutter();
    }

    @Override
    public Node node() {
        return scrollPane;
    }

    @Override
    public void load(String content) {
        replaceContent(content, 0);
        area.requestFollowCaret();
        analysis.flush();
    }

    /**
     * Replaces the whole text without an undo history and puts the caret at {@code caret}, clamped to the new
     * text. The caret listeners ignore the move, which is not the person's.
     */
    private void replaceContent(String content, int caret) {
        applied = null;
        commentLayer.clear();
        movingCaret = true;
        try {
            area.replaceText(content);
            splitRightToLeftWords(content);
            undoManager.forgetHistory();
            undoManager.mark();
            area.moveTo(Math.min(caret, area.getLength()));
        } finally {
            movingCaret = false;
        }
    }

    @Override
    public void reload(String content) {
        String previous = area.getText();
        int caret = area.getCaretPosition();
        boolean caretShown = area.getCaretBounds().isPresent();
        ScrollPlace place = scrollPlace();
        PositionMap map = PositionMap.between(previous, content);

        replaceContent(content, map.offset(caret));
        if (place != null) {
            area.showParagraphAtTop(map.line(place.line()));
            area.layout();
            area.scrollYBy(place.offset());
        }
        if (caretShown) {
            area.requestFollowCaret();
        }
        analysis.flush();
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    @Override
    public SavePoint savePoint() {
        // Later typing must start a new undo step, or it would merge into the marked one and the editor
        // would look saved while it is not.
        undoManager.preventMerge();
        return new SavePoint(area.getText(), undoManager.getCurrentPosition());
    }

    @Override
    public void markSaved(SavePoint point) {
        UndoManager.UndoPosition position = (UndoManager.UndoPosition) point.position();
        if (position.isValid()) {
            position.mark();
        }
    }

    @Override
    public ObservableValue<Integer> caretOffsetProperty() {
        return area.caretPositionProperty();
    }

    @Override
    public ObservableValue<IndexRange> selectionProperty() {
        return area.selectionProperty();
    }

    @Override
    public ObservableValue<List<Block>> paragraphsProperty() {
        return paragraphs;
    }

    @Override
    public void selectRange(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
    }

    @Override
    public void setCommentHighlights(List<CommentHighlight> highlights) {
        int length = area.getLength();
        List<CommentHighlight> inText = highlights.stream()
                .filter(highlight -> highlight.end() <= length && highlight.end() > highlight.start())
                .toList();
        restyle(commentLayer.replace(inText));
    }

    @Override
    public void setSelectedHighlight(String threadId) {
        restyle(commentLayer.select(threadId));
    }

    @Override
    public List<CommentHighlight> commentHighlights() {
        return commentLayer.highlights();
    }

    @Override
    public void setOnHighlightTouched(Consumer<List<String>> threadIds) {
        onHighlightTouched = threadIds;
    }

    @Override
    public void setOnCommentRequested(Runnable action) {
        onCommentRequested = action;
    }

    @Override
    public void showOffset(int offset) {
        movingCaret = true;
        try {
            area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        } finally {
            movingCaret = false;
        }
        area.requestFollowCaret();
    }

    @Override
    public void revealRange(int start, int end, int caret) {
        int length = area.getLength();
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        movingCaret = true;
        try {
            area.moveTo(Math.max(0, Math.min(caret, length)));
        } finally {
            movingCaret = false;
        }
        int firstLine = area.offsetToPosition(from, Bias.Forward).getMajor();
        int lastLine = area.offsetToPosition(to, Bias.Backward).getMajor();
        area.showParagraphAtTop(firstLine);
        area.layout();

        Bounds view = area.localToScreen(area.getBoundsInLocal());
        Optional<Bounds> first = area.getParagraphBoundsOnScreen(firstLine);
        if (view == null || first.isEmpty()) {
            area.requestFollowCaret();
            return;
        }
        double top = first.get().getMinY() - view.getMinY();
        double height = area.getParagraphBoundsOnScreen(lastLine).map(Bounds::getMaxY)
                .orElse(Double.POSITIVE_INFINITY) - first.get().getMinY();
        // A third of the view above the range gives context, unless the range needs that room itself.
        double targetTop = Math.max(0, Math.min(view.getHeight() / 3, view.getHeight() - height));
        area.scrollYBy(top - targetTop);
    }

    @Override
    public void setThreadCounts(Map<Integer, ThreadCount> threadsByParagraph) {
        threadCounts = Map.copyOf(threadsByParagraph);
        refreshGutter();
    }

    @Override
    public void setOnThreadBadgeClicked(IntConsumer paragraphNumber) {
        onThreadBadgeClicked = paragraphNumber;
    }

    @Override
    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    @Override
    public void holdTyping() {
        area.setEditable(false);
        typeAhead.hold();
    }

    @Override
    public String releaseTyping(boolean apply) {
        area.setEditable(true);
        if (apply) {
            typeAhead.replay();
            return "";
        }
        return typeAhead.discard();
    }

    @Override
    public void undo() {
        if (!area.isEditable()) {
            return;
        }
        undoing = true;
        try {
            undoManager.undo();
        } finally {
            undoing = false;
        }
    }

    @Override
    public void redo() {
        if (area.isEditable()) {
            undoManager.redo();
        }
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    @Override
    public void dispose() {
        analysis.cancel();
        changeSubscription.unsubscribe();
        dirty.dispose();
        undoManager.close();
    }

    private void analyse() {
        long requested = generation;
        String snapshot = area.getText();
        executor.compute("analyse Markdown", () -> MarkdownStyler.analyse(snapshot),
                result -> apply(result, requested),
                failure -> LOG.warn("Markdown styling failed; the text stays unstyled", failure));
    }

    /** Applies an analysis unless the text changed after it started: a newer one is then on its way. */
    private void apply(MarkdownStyler.Analysis result, long requested) {
        if (requested != generation || result.text().length() != area.getLength()) {
            return;
        }
        show(result);
    }

    /** Shows an analysis of the current text: its styles, paragraph numbers and badges. */
    void show(MarkdownStyler.Analysis result) {
        applyStyles(result);
        paragraphs.set(result.paragraphs());
        refreshGutter();
    }

    /**
     * Restyles only the stretch between the unchanged beginning and end of the text, because an edit
     * usually changes the styles of one line. Restyling a whole 500,000-character section blocked the
     * JavaFX thread for about 170 ms in {@code LargeSectionTest} on the development machine.
     *
     * <p>Outside the edited stretch the area still has the styles of the last applied analysis, so those
     * need no change where the new analysis agrees with it. After a load there is no such analysis.
     */
    private void applyStyles(MarkdownStyler.Analysis result) {
        MarkdownStyler.Analysis previous = applied;
        applied = result;
        String newText = result.text();
        if (previous == null) {
            area.setStyleSpans(0, wordsSplit(newText, 0, commentLayer.overlay(result.styles(), 0)));
            return;
        }
        String oldText = previous.text();
        int prefix = commonPrefix(oldText, newText);
        int suffix = commonSuffix(oldText, newText, prefix);
        int from = result.firstDifference(previous, prefix);
        int to = newText.length() - result.sameStyleAtEnd(previous, suffix);
        if (from < to && WordSegments.applies(newText)) {
            // Whole lines, so the alternating word styles stay consistent along each line.
            from = WordSegments.lineStart(newText, from);
            to = WordSegments.lineEnd(newText, to);
        }
        if (from < to) {
            StyleSpans<Collection<String>> styles = commentLayer.overlay(result.styles().subView(from, to), from);
            area.setStyleSpans(from, wordsSplit(newText, from, styles));
        }
    }

    private static StyleSpans<Collection<String>> wordsSplit(String text, int from,
                                                          StyleSpans<Collection<String>> styles) {
        return WordSegments.applies(text) ? WordSegments.split(text, from, styles) : styles;
    }

    /** Gives each word of a right-to-left line its own node at once, before the first styling pass. */
    private void splitRightToLeftWords(String content) {
        if (!content.isEmpty() && WordSegments.applies(content)) {
            area.setStyleSpans(0, WordSegments.split(content, 0, StyleSpans.singleton(List.of(), content.length())));
        }
    }

    /**
     * Splits the words of the lines an edit touched at once, in the same pulse, because until the next styling
     * pass a word typed into a right-to-left line would share a node with its neighbour and wrap wrongly. It
     * costs one line's style spans per edit.
     */
    private void splitEditedLine(int from, int to) {
        int first = area.offsetToPosition(from, Bias.Backward).getMajor();
        int last = area.offsetToPosition(Math.max(from, to), Bias.Forward).getMajor();
        for (int paragraph = first; paragraph <= last; paragraph++) {
            String line = area.getParagraph(paragraph).getText();
            if (line.isEmpty() || !WordSegments.applies(line)) {
                continue;
            }
            StyleSpans<Collection<String>> styles = WordSegments.withoutWordMarks(area.getStyleSpans(paragraph));
            area.setStyleSpans(paragraph, 0, WordSegments.split(line, 0, styles));
        }
    }

    /** Lays the comment highlights afresh over the styles the stretches have now. */
    private void restyle(List<CommentLayer.Stretch> stretches) {
        int length = area.getLength();
        for (CommentLayer.Stretch stretch : stretches) {
            int start = Math.min(stretch.start(), length);
            int end = Math.min(stretch.end(), length);
            if (end > start) {
                area.setStyleSpans(start, commentLayer.overlay(area.getStyleSpans(start, end), start));
            }
        }
    }

    /** Tells the listener which threads the person's caret or selection is on, ignoring Charta's own moves. */
    private void reportHighlightTouched() {
        if (movingCaret || commentLayer.highlights().isEmpty()) {
            return;
        }
        IndexRange selection = area.getSelection();
        List<String> threads = selection.getLength() > 0
                ? commentLayer.threadsAt(selection.getStart(), selection.getEnd())
                : commentLayer.threadsAt(area.getCaretPosition(), area.getCaretPosition());
        if (!threads.isEmpty()) {
            onHighlightTouched.accept(threads);
        }
    }

    private static int commonPrefix(String first, String second) {
        int limit = Math.min(first.length(), second.length());
        int length = 0;
        while (length < limit && first.charAt(length) == second.charAt(length)) {
            length++;
        }
        return length;
    }

    private static int commonSuffix(String first, String second, int prefix) {
        int limit = Math.min(first.length(), second.length()) - prefix;
        int length = 0;
        while (length < limit
                && first.charAt(first.length() - 1 - length) == second.charAt(second.length() - 1 - length)) {
            length++;
        }
        return length;
    }

    /** Returns the first visible line and how far the view is scrolled into it, or null before layout. */
    private ScrollPlace scrollPlace() {
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        if (view == null || area.getVisibleParagraphs().isEmpty()) {
            return null;
        }
        int line = area.firstVisibleParToAllParIndex();
        return area.getParagraphBoundsOnScreen(line)
                .map(bounds -> new ScrollPlace(line, view.getMinY() - bounds.getMinY()))
                .orElse(null);
    }

    private void refreshGutter() {
        Map<Integer, Integer> numberByLine = new HashMap<>();
        for (Block block : paragraphs.get()) {
            numberByLine.put(block.startLine(), block.number());
        }
        area.setParagraphGraphicFactory(new ParagraphGutter(numberByLine, threadCounts,
                number -> onThreadBadgeClicked.accept(number),
                count -> text.get("ui.editor.threadBadge", count.total(), count.open()),
                value -> text.plainNumber(value)));
    }

    private ContextMenu createContextMenu() {
        MenuItem undo = new MenuItem(text.get("ui.menu.edit.undo"));
        undo.setOnAction(event -> undo());
        MenuItem redo = new MenuItem(text.get("ui.menu.edit.redo"));
        redo.setOnAction(event -> redo());
        MenuItem cut = new MenuItem(text.get("ui.menu.edit.cut"));
        cut.setOnAction(event -> area.cut());
        MenuItem copy = new MenuItem(text.get("ui.menu.edit.copy"));
        copy.setOnAction(event -> area.copy());
        MenuItem paste = new MenuItem(text.get("ui.menu.edit.paste"));
        paste.setOnAction(event -> area.paste());
        MenuItem selectAll = new MenuItem(text.get("ui.menu.edit.selectAll"));
        selectAll.setOnAction(event -> area.selectAll());
        for (MenuItem edit : List.of(undo, redo, cut, paste)) {
            edit.disableProperty().bind(area.editableProperty().not());
        }
        // No accelerator here: the Section menu's item has it, and a control's context menu would register
        // a second one in the scene.
        MenuItem comment = new MenuItem(text.get("ui.editor.comment"));
        comment.setId("editor-comment");
        comment.setOnAction(event -> onCommentRequested.run());
        return new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, new SeparatorMenuItem(),
                selectAll, new SeparatorMenuItem(), comment);
    }

    /** Replaces the selection as typing would, as one undoable edit. */
    public void replaceSelection(String replacement) {
        area.replaceSelection(replacement);
    }

    /** A line at the top of the view, and the pixels of it scrolled out above the view. */
    private record ScrollPlace(int line, double offset) {
    }

    /** Returns the area itself, for tests that type into it through the robot. */
    SectionArea area() {
        return area;
    }
}
