package org.charta.ui.comment;

import javafx.scene.control.IndexRange;
import org.charta.core.ChartaException;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
import org.charta.ui.editor.SectionEditor;

/**
 * The place a thread would be attached to by hand: the editor's selection when it lies inside one paragraph, or,
 * without a selection, the whole paragraph at the caret. It keeps {@link CommentsViewModel#reattachableProperty()}
 * up to date, which enables the Reattach buttons.
 */
final class ReattachTarget {

    /** The selection or paragraph as it was when the person clicked Reattach. */
    record Snapshot(IndexRange selection, int paragraph) {

        /** Builds the anchor. Call it off the JavaFX thread, because it parses the section's Markdown. */
        Anchor anchor(String sectionId, String sectionText) throws ChartaException {
            return selection != null
                    ? Anchors.forRange(sectionId, sectionText, selection.getStart(), selection.getEnd())
                    : Anchors.forParagraph(sectionId, sectionText, paragraph);
        }
    }

    private final SectionEditor editor;
    private final CommentsViewModel model;

    ReattachTarget(SectionEditor editor, CommentsViewModel model) {
        this.editor = editor;
        this.model = model;
        editor.selectionProperty().addListener((observable, previous, selection) -> update());
        editor.paragraphsProperty().addListener((observable, previous, paragraphs) -> update());
        model.caretParagraphProperty().addListener((observable, previous, paragraph) -> update());
    }

    /** Returns the target now, or null when there is none (a selection across paragraphs, or no paragraph). */
    Snapshot snapshot() {
        if (hasSelection()) {
            IndexRange selection = selectionInParagraph();
            return selection == null ? null : new Snapshot(selection, 0);
        }
        int paragraph = model.caretParagraphProperty().get();
        return paragraph > 0 ? new Snapshot(null, paragraph) : null;
    }

    private void update() {
        model.reattachableProperty().set(snapshot() != null);
    }

    private boolean hasSelection() {
        IndexRange selection = editor.selectionProperty().getValue();
        return selection != null && selection.getLength() > 0;
    }

    /** Returns the editor's selection without the spaces around it, as a new thread takes it, or null. */
    private IndexRange selectionInParagraph() {
        return CommentsController.phraseSelection(editor.text(), editor.selectionProperty().getValue(),
                editor.paragraphsProperty().getValue());
    }
}
