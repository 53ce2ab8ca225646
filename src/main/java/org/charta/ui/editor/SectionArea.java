package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.Codec;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The text area of the section editor: RichTextFX's {@link CodeArea} set-up (style classes on paragraphs and
 * text, its stylesheet, typed text without the previous character's style), with each line laid out in its own
 * direction and input method composition kept out of the text until it is committed.
 *
 * <p>It extends {@link StyledTextArea} rather than {@code CodeArea} because only that constructor accepts the
 * function that styles each line's {@link TextFlow}, which is where the line's direction is set.
 */
final class SectionArea extends StyledTextArea<Collection<String>, Collection<String>> {

    private final Composition composition;

    SectionArea() {
        super(List.of(), SectionArea::styleParagraph, List.of(),
                (text, styleClasses) -> text.getStyleClass().addAll(styleClasses),
                new SimpleEditableStyledDocument<>(List.of(), List.of()), false);
        getStyleClass().add("code-area");
        getStylesheets().add(CodeArea.class.getResource("code-area.css").toExternalForm());
        setUseInitialStyleForInsertion(true);
        setStyleCodecs(Codec.collectionCodec(Codec.STRING_CODEC),
                Codec.styledTextCodec(Codec.collectionCodec(Codec.STRING_CODEC)));
        composition = new Composition(this);
        new RightToLeftKeys(this).install();
    }

    private static void styleParagraph(TextFlow flow, Collection<String> styleClasses) {
        flow.getStyleClass().addAll(styleClasses);
        RightToLeftFlow.install(flow);
    }

    /**
     * Finds the character at a point of the area. In a right-to-left line the point is first mirrored into the
     * space JavaFX 21 hit-tests that line in (see {@link RightToLeftFlow}).
     */
    @Override
    public CharacterHit hit(double x, double y) {
        Optional<TextFlow> line = rightToLeftLineAt(y);
        if (line.isEmpty()) {
            return super.hit(x, y);
        }
        TextFlow flow = line.get();
        Point2D inFlow = flow.sceneToLocal(localToScene(x, y));
        double left = flow.getInsets().getLeft();
        double mirroredX = RightToLeftFlow.mirror(flow, inFlow.getX() - left) + left;
        Point2D mirrored = sceneToLocal(flow.localToScene(mirroredX, inFlow.getY()));
        return super.hit(mirrored.getX(), y);
    }

    /** Returns the shown right-to-left line whose row contains the area's y, if any. */
    private Optional<TextFlow> rightToLeftLineAt(double y) {
        double sceneY = localToScene(0, y).getY();
        for (Node node : lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.getParent() != null && flow.isVisible()) {
                Node row = flow.getParent();
                Bounds bounds = row.localToScene(row.getBoundsInLocal());
                if (sceneY >= bounds.getMinY() && sceneY < bounds.getMaxY()) {
                    return RightToLeftFlow.isRightToLeft(flow) ? Optional.of(flow) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Routes input method events to {@link Composition}, which keeps composed text out of the document. */
    @Override
    protected void handleInputMethodEvent(InputMethodEvent event) {
        composition.handle(event);
    }

    /** Drops text being composed by an input method, as when the area loses the focus. */
    void cancelComposition() {
        composition.cancel();
    }

    /** Returns the text an input method is composing, shown at the caret but not yet part of the text. */
    String composedText() {
        return composition.composedText();
    }

    /** Lets {@link Composition} add its node over the text. */
    List<Node> overlayChildren() {
        return getChildren();
    }
}
