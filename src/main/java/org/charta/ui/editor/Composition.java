package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text that an input method is composing in the section editor: a dead key's accent, or a word of an input
 * method for another script, before it is committed.
 *
 * <p>RichTextFX 0.11.7 writes composed text into the document and replaces it on commit, so a dead key made
 * two undo steps (the accent, then the accented letter), and a composition left unfinished when the focus
 * moved stayed in the section. Here composed text is only drawn, underlined at the caret, and the section
 * receives the committed text once, in Unicode NFC, as one typed insertion. Losing the focus drops what is
 * still being composed.
 */
final class Composition {

    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);

    private final SectionArea area;
    private final Text shown = new Text();
    private String composed = "";

    Composition(SectionArea area) {
        this.area = area;
        shown.getStyleClass().addAll("text", "composed-text");
        shown.setUnderline(true);
        shown.setTextOrigin(VPos.TOP);
        shown.setManaged(false);
        shown.setVisible(false);
        area.overlayChildren().add(shown);

        // RichTextFX installs its own handler only where the platform reports input method support.
        area.setOnInputMethodTextChanged(this::handle);
        area.setInputMethodRequests(new Requests());
        area.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                cancel();
            }
        });
    }

    void handle(InputMethodEvent event) {
        event.consume();
        if (!area.isEditable() || area.isDisabled()) {
            cancel();
            return;
        }
        String committed = Normalizer.normalize(event.getCommitted(), Normalizer.Form.NFC);
        if (!committed.isEmpty()) {
            area.replaceSelection(committed);
            area.requestFollowCaret();
        }
        composed = event.getComposed().stream().map(InputMethodTextRun::getText).collect(Collectors.joining());
        show();
    }

    void cancel() {
        if (!composed.isEmpty()) {
            LOG.debug("Dropped {} composed characters that were never committed", composed.length());
        }
        composed = "";
        show();
    }

    String composedText() {
        return composed;
    }

    /** Draws the composed text at the caret, ending at it in a right-to-left line, or hides it. */
    private void show() {
        shown.setText(composed);
        Optional<Bounds> caret = area.getCaretBounds().map(area::screenToLocal);
        if (composed.isEmpty() || caret.isEmpty()) {
            shown.setVisible(false);
            return;
        }
        Bounds bounds = caret.get();
        boolean rightToLeft = TextDirection.isRightToLeft(area.getParagraph(area.getCurrentParagraph()).getText());
        double width = shown.getLayoutBounds().getWidth();
        shown.setLayoutX(rightToLeft ? bounds.getMinX() - width : bounds.getMaxX());
        shown.setLayoutY(bounds.getMinY());
        shown.setVisible(true);
        shown.toFront();
    }

    /** Tells the input method where the caret is, so its candidate window opens beside it. */
    private final class Requests implements InputMethodRequests {

        @Override
        public Point2D getTextLocation(int offset) {
            return area.getCaretBounds()
                    .map(bounds -> new Point2D(bounds.getMinX(), bounds.getMaxY()))
                    .orElseGet(() -> area.localToScreen(0, 0));
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
            // Committed text is already an ordinary, undoable edit of the section.
        }

        @Override
        public String getSelectedText() {
            return area.getSelectedText();
        }
    }
}
