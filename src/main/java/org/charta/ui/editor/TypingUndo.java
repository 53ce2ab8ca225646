package org.charta.ui.editor;

import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TextChange;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The undo history of the editor: plain-text changes only (styles never enter it), one step per burst of
 * typing or deleting.
 *
 * <p>RichTextFX merges every adjacent change by default, so one undo removed a whole session of typing,
 * and an insertion followed by its deletion merged into an empty change. Here a change merges with the
 * previous one only when it continues the same kind of edit at the same place, within {@link #PAUSE} of
 * it. A pause, a line break, a jump of the caret or a switch between typing and deleting starts a new step.
 */
final class TypingUndo {

    /** Typing pause after which the next change starts a new undo step. */
    static final Duration PAUSE = Duration.ofMillis(500);

    private TypingUndo() {
    }

    /**
     * Creates the undo manager for an area.
     *
     * @param undoing returns whether the change being applied comes from an undo (as opposed to a redo)
     */
    static <PS, SEG, S> UndoManager<List<PlainTextChange>> create(GenericStyledArea<PS, SEG, S> area,
                                                                   java.util.function.BooleanSupplier undoing) {
        return UndoManagerFactory.unlimitedHistoryFactory().createMultiChangeUM(
                area.multiPlainChanges(),
                TextChange::invert,
                changes -> apply(area, changes, undoing.getAsBoolean()),
                TypingUndo::merge,
                TextChange::isIdentity,
                PAUSE);
    }

    static Optional<PlainTextChange> merge(PlainTextChange previous, PlainTextChange next) {
        if (continuesTyping(previous, next) || continuesDeleting(previous, next)) {
            return previous.mergeWith(next);
        }
        return Optional.empty();
    }

    private static boolean continuesTyping(PlainTextChange previous, PlainTextChange next) {
        return next.getRemoved().isEmpty()
                && !next.getInserted().isEmpty()
                && !next.getInserted().contains("\n")
                && !previous.getInserted().isEmpty()
                && next.getPosition() == previous.getInsertionEnd();
    }

    private static boolean continuesDeleting(PlainTextChange previous, PlainTextChange next) {
        boolean bothDeletions = previous.getInserted().isEmpty() && next.getInserted().isEmpty()
                && !previous.getRemoved().isEmpty() && !next.getRemoved().isEmpty();
        boolean backspace = next.getRemovalEnd() == previous.getPosition();
        boolean forwardDelete = next.getPosition() == previous.getPosition();
        return bothDeletions && (backspace || forwardDelete);
    }

    /**
     * Applies an undone or redone change and puts the caret where the change happened, so the next
     * keystroke lands where the caret is shown. Undoing a replacement selects the restored text again.
     */
    private static <PS, SEG, S> void apply(GenericStyledArea<PS, SEG, S> area, List<PlainTextChange> changes,
                                           boolean undoing) {
        MultiChangeBuilder<PS, SEG, S> builder = area.createMultiChange(changes.size());
        for (PlainTextChange change : changes) {
            builder.replaceTextAbsolutely(change.getPosition(), change.getRemovalEnd(), change.getInserted());
        }
        builder.commit();

        PlainTextChange last = changes.get(changes.size() - 1);
        int end = Math.min(last.getInsertionEnd(), area.getLength());
        boolean restoresSelection = undoing && !last.getInserted().isEmpty() && !last.getRemoved().isEmpty();
        if (restoresSelection) {
            area.selectRange(Math.min(last.getPosition(), end), end);
        } else {
            area.moveTo(end);
        }
        area.requestFollowCaret();
    }
}
