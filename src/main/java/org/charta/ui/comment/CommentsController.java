package org.charta.ui.comment;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.util.Duration;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.AnchorLocation;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentThread;
import org.charta.core.git.CharterRepository;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.comment.ThreadLocator;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import org.charta.core.markdown.Block;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.IdentityService;
import org.charta.ui.editor.CommentHighlight;
import org.charta.ui.dialog.IdentityDialog;
import org.charta.ui.editor.SectionEditor;
import org.charta.ui.editor.ThreadCount;
import org.charta.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads the threads of the open section, and of the whole charter while the panel lists it. It re-locates their
 * anchors in the editor's text shortly after each edit, off the JavaFX thread. It writes new comments, replies,
 * edits, reattachments and resolve or reopen events.
 */
public final class CommentsController {

    private static final Logger LOG = LoggerFactory.getLogger(CommentsController.class);

    /** Delay between the last edit and re-locating the anchors. */
    private static final Duration RELOCATE_DELAY = Duration.millis(500);

    private final AppContext context;
    private final CommentsViewModel model;
    private final SectionEditor editor;
    private final IdentityService identities;
    private final Runnable onCommentsWritten;
    private final Debouncer relocation;
    private final CharterThreads charterThreads;
    private final ReattachTarget reattachTarget;
    private final RemovalLookup removals = new RemovalLookup();
    private final CommentExport export;
    private Consumer<String> sectionOpener = id -> { };
    private Consumer<String> statusMessage = message -> { };

    private String sectionId;
    /** A thread of another section to select once that section is open and its threads located. */
    private String pendingSelection;
    private List<CommentThread> threads = List.of();
    private long generation;

    public CommentsController(AppContext context, CommentsViewModel model, SectionEditor editor,
                              IdentityService identities, Runnable onCommentsWritten) {
        this.context = context;
        this.model = model;
        this.editor = editor;
        this.identities = identities;
        this.onCommentsWritten = onCommentsWritten;
        this.relocation = new Debouncer(RELOCATE_DELAY, this::relocate);
        this.charterThreads = new CharterThreads(context, model);
        this.reattachTarget = new ReattachTarget(editor, model);
        this.export = new CommentExport(context, message -> statusMessage.accept(message));
        editor.textProperty().addListener((observable, previous, text) -> {
            generation++;
            relocation.trigger();
        });
        editor.caretOffsetProperty().addListener((observable, previous, caret) -> updateCaretParagraph());
        editor.paragraphsProperty().addListener((observable, previous, paragraphs) -> updateCaretParagraph());
        editor.setOnThreadBadgeClicked(this::selectFirstOnParagraph);
        model.selectedThreadIdProperty().addListener((observable, previous, id) -> focusSelected());
        editor.selectionProperty().addListener((observable, previous, selection) -> updateSelection());
        editor.paragraphsProperty().addListener((observable, previous, paragraphs) -> updateSelection());
        editor.setOnHighlightTouched(this::selectTouched);
        model.threads().addListener((ListChangeListener<ThreadItem>) change -> showHighlights());
        model.scopeProperty().addListener((observable, previous, scope) -> charterThreads.load());
    }

    /** Sets how a section is opened, to show a thread of another section from the whole-charter list. */
    public void setSectionOpener(Consumer<String> sectionOpener) {
        this.sectionOpener = sectionOpener;
    }

    /** Sets where short outcomes, such as a finished export, are shown: the status bar. */
    public void setStatusMessage(Consumer<String> statusMessage) {
        this.statusMessage = statusMessage;
    }

    /** Shows the threads of a section (null for none), reading them from disk. */
    public void showSection(String id) {
        sectionId = id;
        threads = List.of();
        model.threads().clear();
        model.sectionIdProperty().set(id);
        model.selectedThreadIdProperty().set(null);
        editor.setThreadCounts(Map.of());
        reload();
    }

    /**
     * Reads the threads again, with the person's identity and the members they can mention, after a sync, merge,
     * checkout or record changed files or history.
     */
    public void reload() {
        CharterSession session = context.session();
        String id = sectionId;
        charterThreads.load();
        if (session == null || id == null) {
            return;
        }
        model.loadingProperty().set(true);
        context.executor().submit("read comments of " + id, () -> read(session, id), loaded -> {
            model.identityProperty().set(loaded.identity());
            model.membersProperty().set(loaded.members());
            if (id.equals(sectionId)) {
                threads = loaded.threads();
                relocate();
            }
        }, error -> {
            model.loadingProperty().set(false);
            context.showError(context.text().get("ui.comment.readFailed"), error);
        });
    }

    private Loaded read(CharterSession session, String id) throws ChartaException {
        List<CommentThread> loaded = session.comments().threads(id);
        Identity identity = session.identity()
                .or(() -> context.settings().identity().filter(IdentityDialog::isValid))
                .orElse(null);
        return new Loaded(loaded, identity, members(session));
    }

    /** Returns the members of the main text, or none when its manifest cannot be read, which only disables mentions. */
    private static List<Member> members(CharterSession session) {
        try {
            return Governance.ofMainText(session.repository()).members();
        } catch (ChartaException e) {
            LOG.warn("Could not read the members of {}; comments show no mentions", session.folder(), e);
            return List.of();
        }
    }

    /**
     * Anchors a new thread to the selected phrase when the selection lies inside one paragraph, otherwise to the
     * whole paragraph at the caret. The composer shows the anchor's quote, and posting uses this anchor even if
     * the text is edited meanwhile, so the thread points at the text the person saw quoted.
     *
     * @return the anchor, or null when no section is open, the caret is in no paragraph, or the text no longer
     *         fits the selection (the error is then shown)
     */
    public Anchor newThreadAnchor() {
        String id = sectionId;
        String sectionText = editor.text();
        IndexRange phrase = model.selectionProperty().get();
        int paragraph = model.caretParagraphProperty().get();
        if (id == null || (phrase == null && paragraph < 1)) {
            return null;
        }
        IndexRange selected = editor.selectionProperty().getValue();
        if (phrase == null && crossesParagraphs(sectionText, selected)) {
            // A thread on the caret's whole paragraph would not be what the person selected.
            context.showError(context.text().get("ui.comment.selectionInvalid"), new ChartaException(
                    "error.comment.rangeOutsideParagraph", selected.getStart(), selected.getEnd(), id));
            return null;
        }
        try {
            return phrase != null
                    ? Anchors.forRange(id, sectionText, phrase.getStart(), phrase.getEnd())
                    : Anchors.forParagraph(id, sectionText, paragraph);
        } catch (ChartaException error) {
            context.showError(context.text().get("ui.comment.writeFailed"), error);
            return null;
        }
    }

    /** Starts a thread on an anchor from {@link #newThreadAnchor()} and runs {@code onWritten} once it is on disk. */
    public void startThread(Anchor anchor, String text, Runnable onWritten) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        identities.withIdentity(author -> write("start comment thread", () -> {
            CommentThread thread = session.comments().startThread(anchor, text, author);
            return thread.id();
        }, () -> {
            onWritten.run();
            collapseSelection(anchor);
        }));
    }

    /** Leaves the caret after a phrase just commented on, so its new highlight shows instead of the selection. */
    private void collapseSelection(Anchor anchor) {
        IndexRange selection = editor.selectionProperty().getValue();
        if (anchor.sectionId().equals(sectionId) && selection.getStart() == anchor.start()
                && selection.getEnd() == anchor.end()) {
            editor.selectRange(anchor.end(), anchor.end());
        }
    }

    /** Adds a reply and runs {@code onWritten} once its file is on disk. */
    public void reply(String threadId, String text, Runnable onWritten) {
        CharterSession session = context.session();
        identities.withIdentity(author -> write("reply to thread " + threadId, () -> {
            session.comments().reply(threadId, text, author);
            return threadId;
        }, onWritten));
    }

    public void resolve(String threadId) {
        CharterSession session = context.session();
        identities.withIdentity(author -> write("resolve thread " + threadId, () -> {
            session.comments().resolve(threadId, author);
            return threadId;
        }));
    }

    public void reopen(String threadId) {
        CharterSession session = context.session();
        identities.withIdentity(author -> write("reopen thread " + threadId, () -> {
            session.comments().reopen(threadId, author);
            return threadId;
        }));
    }

    /** Records a new wording of one's own comment and runs {@code onWritten} once it is on disk. */
    public void edit(String threadId, String commentId, String text, Runnable onWritten) {
        CharterSession session = context.session();
        identities.withIdentity(author -> write("edit comment " + commentId, () -> {
            session.comments().edit(threadId, commentId, text, author);
            return threadId;
        }, onWritten));
    }

    /**
     * Attaches a thread by hand to the editor's selection when it lies inside one paragraph, else to the whole
     * paragraph at the caret, in the open section.
     */
    public void reattach(String threadId) {
        CharterSession session = context.session();
        String id = sectionId;
        String sectionText = editor.text();
        ReattachTarget.Snapshot target = reattachTarget.snapshot();
        if (session == null || id == null || target == null) {
            return;
        }
        identities.withIdentity(author -> write("reattach thread " + threadId, () -> {
            session.comments().reattach(threadId, target.anchor(id, sectionText), author);
            return threadId;
        }));
    }

    /**
     * Shows a thread from the whole-charter list: selects it when it is in the open section, else opens its section
     * and selects it there once located. A thread whose section no longer exists is only selected.
     */
    public void open(ThreadItem item) {
        if (item.sectionId().equals(sectionId)) {
            select(item.id());
        } else if (model.sectionTitlesProperty().get() != null
                && model.sectionTitlesProperty().get().containsKey(item.sectionId())) {
            pendingSelection = item.id();
            sectionOpener.accept(item.sectionId());
        } else {
            model.selectedThreadIdProperty().set(item.id());
        }
    }

    /**
     * Looks up, off the JavaFX thread and once per thread and HEAD, the commit that removed an orphaned thread's
     * text. {@code onFound} receives empty when the history does not show it.
     *
     * <p>A walk may read hundreds of commits, so it runs on the network lane with a repository object of its own:
     * on the serial lane it would hold up the next save.
     */
    public void findRemoval(CommentThread thread, Consumer<Optional<OrphanHistory.Removal>> onFound) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        Path folder = session.repository().folder();
        context.executor().network("find the commit that removed thread " + thread.id(),
                () -> {
                    try (CharterRepository reader = CharterRepository.openWithoutRecovery(folder)) {
                        return removals.find(reader, thread);
                    }
                }, onFound, error -> {
                    LOG.warn("Could not find the commit that removed the text of thread {}", thread.id(), error);
                    onFound.accept(Optional.empty());
                });
    }

    /** Asks for the scope and format of an export, then for the file, and writes it off the JavaFX thread. */
    public void export() {
        export.ask(sectionId, editor.text(), model.scopeProperty().get());
    }

    CommentExport exporter() {
        return export;
    }

    /**
     * Selects a thread, shows its highlight stronger and scrolls the editor to the anchored text, with the caret
     * at its start. A thread whose text changed is shown with its whole paragraph.
     */
    public void select(String threadId) {
        model.selectedThreadIdProperty().set(threadId);
        focusSelected();
        ThreadItem item = model.find(threadId);
        if (item == null || item.isOrphaned()) {
            return;
        }
        AnchorLocation location = item.location();
        Block paragraph = paragraph(location.paragraph());
        if (paragraph == null || location.state() == AnchorState.ANCHORED) {
            editor.revealRange(location.start(), location.end(), location.start());
        } else {
            editor.revealRange(paragraph.start(), paragraph.end(), location.start());
        }
    }

    private Block paragraph(int number) {
        return editor.paragraphsProperty().getValue().stream()
                .filter(block -> block.number() == number)
                .findFirst()
                .orElse(null);
    }

    /** Selects the first thread on a paragraph, after a click on its gutter badge. */
    public void selectFirstOnParagraph(int paragraph) {
        model.threads().stream()
                .filter(item -> !item.isOrphaned() && item.location().paragraph() == paragraph)
                .findFirst()
                .ifPresent(item -> select(item.id()));
    }

    private void write(String name, java.util.concurrent.Callable<String> task) {
        write(name, task, () -> { });
    }

    private void write(String name, java.util.concurrent.Callable<String> task, Runnable onWritten) {
        model.busyProperty().set(true);
        context.executor().submit(name, task, threadId -> {
            model.busyProperty().set(false);
            onWritten.run();
            model.selectedThreadIdProperty().set(threadId);
            onCommentsWritten.run();
            reload();
        }, error -> {
            model.busyProperty().set(false);
            context.showError(context.text().get("ui.comment.writeFailed"), error);
        });
    }

    /** Locates every anchor in a snapshot of the editor's text; results of an older text are dropped. */
    private void relocate() {
        relocation.cancel();
        List<CommentThread> current = threads;
        String text = editor.text();
        long requested = generation;
        if (current.isEmpty()) {
            show(List.of());
            return;
        }
        context.executor().compute("locate comment anchors", () -> locate(current, text), items -> {
            if (requested == generation && current == threads) {
                show(items);
            }
        }, error -> {
            model.loadingProperty().set(false);
            LOG.warn("Could not locate the comment anchors", error);
        });
    }

    private static List<ThreadItem> locate(List<CommentThread> threads, String text) {
        List<ThreadItem> items = new ArrayList<>();
        for (var located : ThreadLocator.locateAll(threads, section -> Optional.of(text))) {
            items.add(ThreadItem.of(located));
        }
        items.sort(ThreadItem.PARAGRAPH_ORDER);
        return items;
    }

    private void show(List<ThreadItem> items) {
        model.loadingProperty().set(false);
        model.threads().setAll(items);
        Map<Integer, ThreadCount> badges = new HashMap<>();
        for (ThreadItem item : items) {
            if (item.location().state() != AnchorState.ORPHANED) {
                ThreadCount one = new ThreadCount(1, item.thread().resolved() ? 0 : 1);
                badges.merge(item.location().paragraph(), one,
                        (count, added) -> new ThreadCount(count.total() + added.total(), count.open() + added.open()));
            }
        }
        editor.setThreadCounts(badges);
        String selected = model.selectedThreadIdProperty().get();
        if (selected != null && model.find(selected) == null) {
            model.selectedThreadIdProperty().set(null);
        }
        focusSelected();
        selectPending();
    }

    private void selectPending() {
        String pending = pendingSelection;
        if (pending != null && model.find(pending) != null) {
            pendingSelection = null;
            select(pending);
        }
    }

    private void focusSelected() {
        editor.setSelectedHighlight(model.selectedThreadIdProperty().get());
    }

    /** Highlights the text of every located thread. The thread list changes only when they are located afresh. */
    private void showHighlights() {
        List<Block> paragraphs = editor.paragraphsProperty().getValue();
        List<CommentHighlight> highlights = new ArrayList<>();
        for (ThreadItem item : model.threads()) {
            CommentHighlight highlight = highlight(item, paragraphs);
            if (highlight != null) {
                highlights.add(highlight);
            }
        }
        editor.setCommentHighlights(highlights);
    }

    /**
     * Returns the highlight of a thread: its exact text, or its whole paragraph when that text changed, or null
     * when it is orphaned.
     */
    static CommentHighlight highlight(ThreadItem item, List<Block> paragraphs) {
        AnchorLocation location = item.location();
        if (location.state() == AnchorState.ORPHANED || location.start() < 0) {
            return null;
        }
        boolean changed = location.state() == AnchorState.TEXT_CHANGED;
        CommentHighlight.Kind kind = item.thread().resolved() ? CommentHighlight.Kind.RESOLVED
                : changed ? CommentHighlight.Kind.TEXT_CHANGED : CommentHighlight.Kind.OPEN;
        Block paragraph = changed ? paragraphs.stream()
                .filter(block -> block.number() == location.paragraph()).findFirst().orElse(null) : null;
        return paragraph != null
                ? new CommentHighlight(paragraph.start(), paragraph.end(), item.id(), kind)
                : new CommentHighlight(location.start(), location.end(), item.id(), kind);
    }

    /** Selects the narrowest thread under the person's caret, unless the selected one is already there. */
    private void selectTouched(List<String> threadIds) {
        String selected = model.selectedThreadIdProperty().get();
        if (selected == null || !threadIds.contains(selected)) {
            model.selectedThreadIdProperty().set(threadIds.get(0));
        }
    }

    private void updateSelection() {
        model.selectionProperty().set(phraseSelection(editor.text(), editor.selectionProperty().getValue(),
                editor.paragraphsProperty().getValue()));
    }

    /**
     * Returns whether a selection that is not blank was rejected as a phrase, which means it crosses a
     * paragraph's edge.
     */
    private static boolean crossesParagraphs(String text, IndexRange selection) {
        return selection != null && selection.getLength() > 0 && selection.getEnd() <= text.length()
                && !text.substring(selection.getStart(), selection.getEnd()).isBlank();
    }

    /**
     * Returns the selection without the whitespace around it when it lies inside one paragraph, or null when
     * it is empty, blank or crosses a paragraph's edge.
     */
    static IndexRange phraseSelection(String text, IndexRange selection, List<Block> paragraphs) {
        if (selection == null || selection.getEnd() > text.length()) {
            return null;
        }
        int start = selection.getStart();
        int end = selection.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        for (Block paragraph : paragraphs) {
            if (paragraph.start() <= start && end <= paragraph.end()) {
                return new IndexRange(start, end);
            }
        }
        return null;
    }

    private void updateCaretParagraph() {
        Integer caret = editor.caretOffsetProperty().getValue();
        List<Block> paragraphs = editor.paragraphsProperty().getValue();
        model.caretParagraphProperty().set(caret == null ? 0 : paragraphAt(paragraphs, caret));
    }

    /**
     * Returns the paragraph that contains the offset. Between paragraphs or in a heading it returns the next
     * one, after the last paragraph the last one, and 0 when the text has no paragraph.
     */
    static int paragraphAt(List<Block> paragraphs, int offset) {
        for (Block block : paragraphs) {
            if (offset <= block.end()) {
                return block.number();
            }
        }
        return paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).number();
    }

    /** The threads of the open section as read from disk, with who is reading and whom they can mention. */
    private record Loaded(List<CommentThread> threads, Identity identity, List<Member> members) {
    }
}
