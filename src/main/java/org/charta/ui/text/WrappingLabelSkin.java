package org.charta.ui.text;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * The skin of every Charta label, set in the stylesheet with {@code -fx-skin}: a wrapped text with right-to-left
 * letters is drawn one word per node ({@link WordFlow}), any other text as JavaFX's own {@link LabelSkin} draws it.
 */
public class WrappingLabelSkin extends LabelSkin {

    /** Style class of the flow that draws the words in place of the skin's text node. */
    public static final String WORDS_STYLE_CLASS = "label-words";

    private final WordFlow words;

    public WrappingLabelSkin(Label label) {
        super(label);
        words = new WordFlow(label);
        WordFlow.watch(label, this::registerChangeListener, this::refresh);
        refresh();
    }

    @Override
    protected void updateChildren() {
        super.updateChildren();
        // The base class's constructor calls this before this class's fields are set.
        refresh();
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        if (words == null || !words.drawingWords()) {
            return super.computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
        }
        return words.prefHeight(width, topInset, rightInset, bottomInset, leftInset);
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        super.layoutChildren(x, y, width, height);
        if (words.drawingWords()) {
            words.layout(x, y, width, height);
        }
    }

    private void refresh() {
        if (words != null) {
            words.refresh(getChildren());
        }
    }
}
