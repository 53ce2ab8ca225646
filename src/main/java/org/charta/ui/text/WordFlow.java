package org.charta.ui.text;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.ui.conflict.TextDirection;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The text of a wrapped labeled control with right-to-left letters, drawn as a {@link TextFlow} of one
 * {@link Text} node per word in place of the skin's own text node.
 *
 * <p>JavaFX 21.0.11 on Linux draws a wrapped right-to-left run inside one {@code Text} node wrongly: each wrapped
 * line keeps the glyphs of the rest of the run, so an Arabic label draws the words of its next lines past its
 * own left edge. A {@code TextFlow} breaks lines between its nodes without splitting a run, so with one node per
 * word (the word and the spaces after it) each word is drawn once, on its own line. The flow runs the bidi
 * algorithm over all its nodes, and its direction comes from the text's first strong character, as the
 * editor's lines do.
 * NOTE: a single word wider than the control is still split by JavaFX and drawn wrongly.
 */
final class WordFlow {

    /** Key, in the text node's properties, of the upright font binding it follows. */
    private static final String UPRIGHT_BINDING_KEY = "charta.uprightFont";

    private final Labeled control;
    private final TextFlow words = new TextFlow();
    private final ObjectBinding<Font> uprightFont;
    private boolean drawingWords;

    /**
     * Registers, through a skin's {@code registerChangeListener}, a refresh on every property of the control that
     * changes how its words are drawn.
     */
    static void watch(Labeled control, BiConsumer<ObservableValue<?>, Consumer<ObservableValue<?>>> register,
                      Runnable refresh) {
        List<ObservableValue<?>> properties = List.of(control.wrapTextProperty(), control.fontProperty(),
                control.textFillProperty(), control.underlineProperty(), control.lineSpacingProperty(),
                control.textAlignmentProperty());
        for (ObservableValue<?> property : properties) {
            register.accept(property, observable -> refresh.run());
        }
    }

    WordFlow(Labeled control) {
        this.control = control;
        uprightFont = Bindings.createObjectBinding(() -> UprightFont.forText(control.getFont(), control.getText()),
                control.fontProperty(), control.textProperty());
        words.getStyleClass().add(WrappingLabelSkin.WORDS_STYLE_CLASS);
        words.setManaged(false);
        words.setMouseTransparent(true);
    }

    /**
     * Returns whether the control's text is drawn word by word: it wraps, shows no graphic and no mnemonic
     * underscore, and contains right-to-left letters.
     */
    static boolean drawsWords(Labeled control) {
        String text = control.getText();
        return control.isWrapText()
                && text != null
                && !(control.isMnemonicParsing() && text.indexOf('_') >= 0)
                && (control.getGraphic() == null || control.getContentDisplay() == ContentDisplay.TEXT_ONLY)
                && containsRightToLeft(text);
    }

    /** Returns the text split after each place a line may break, so each piece is one word and its spaces. */
    static List<String> splitIntoWords(String text) {
        List<String> pieces = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    boolean drawingWords() {
        return drawingWords;
    }

    /**
     * Puts the flow in place of the skin's text node among the skin's children, or the text node back, and
     * fills the flow from the control's text and font.
     */
    void refresh(List<Node> skinChildren) {
        keepTextNodeUpright(skinChildren);
        drawingWords = drawsWords(control);
        if (!drawingWords) {
            skinChildren.remove(words);
            words.getChildren().clear();
            hideTextNode(skinChildren, false);
            return;
        }

        fill();
        // The skin's text node stays a child, because the base skin lays it out and reads it on every pass.
        hideTextNode(skinChildren, true);
        if (!skinChildren.contains(words)) {
            skinChildren.add(words);
        }
        control.requestLayout();
    }

    /** Returns the height of the control when its words wrap at {@code width}, a width that includes the insets. */
    double prefHeight(double width, double topInset, double rightInset, double bottomInset, double leftInset) {
        Insets padding = control.getLabelPadding();
        double flowWidth = width < 0 ? -1
                : Math.max(0, width - leftInset - rightInset - padding.getLeft() - padding.getRight());
        return topInset + padding.getTop() + words.prefHeight(flowWidth) + padding.getBottom() + bottomInset;
    }

    /** Places the flow in the content area of the control, aligned by the control's alignment. */
    void layout(double x, double y, double width, double height) {
        Insets padding = control.getLabelPadding();
        double areaX = x + padding.getLeft();
        double areaY = y + padding.getTop();
        double areaWidth = Math.max(0, width - padding.getLeft() - padding.getRight());
        double areaHeight = Math.max(0, height - padding.getTop() - padding.getBottom());

        double flowWidth = Math.min(areaWidth, words.prefWidth(-1));
        double flowHeight = words.prefHeight(flowWidth);
        words.resize(flowWidth, flowHeight);
        words.relocate(areaX + horizontalOffset(areaWidth - flowWidth), areaY + verticalOffset(areaHeight - flowHeight));
    }

    private double horizontalOffset(double room) {
        HPos position = control.getAlignment().getHpos();
        return switch (position) {
            case LEFT -> 0;
            case CENTER -> Math.round(room / 2);
            case RIGHT -> room;
        };
    }

    private double verticalOffset(double room) {
        VPos position = control.getAlignment().getVpos();
        return switch (position) {
            case TOP, BASELINE -> 0;
            case CENTER -> Math.round(room / 2);
            case BOTTOM -> room;
        };
    }

    private void fill() {
        words.setNodeOrientation(TextDirection.of(control.getText()));
        words.setTextAlignment(control.getTextAlignment());
        words.setLineSpacing(control.getLineSpacing());
        List<Node> pieces = new ArrayList<>();
        for (String piece : splitIntoWords(control.getText())) {
            Text word = new Text(piece);
            word.setFont(uprightFont.get());
            word.setFill(control.getTextFill());
            word.setUnderline(control.isUnderline());
            pieces.add(word);
        }
        words.getChildren().setAll(pieces);
    }

    /**
     * Binds the skin's own text node to the control's font made upright for right-to-left text. The node
     * otherwise follows the control's font, and an italic one draws Arabic as unrelated symbols.
     */
    private void keepTextNodeUpright(List<Node> skinChildren) {
        for (Node child : skinChildren) {
            if (child instanceof Text text && !uprightFont.equals(boundTo(text))) {
                text.fontProperty().unbind();
                text.fontProperty().bind(uprightFont);
                text.getProperties().put(UPRIGHT_BINDING_KEY, uprightFont);
            }
        }
    }

    private static Object boundTo(Text text) {
        return text.getProperties().get(UPRIGHT_BINDING_KEY);
    }

    private void hideTextNode(List<Node> skinChildren, boolean hidden) {
        for (Node child : skinChildren) {
            if (child instanceof Text) {
                child.setVisible(!hidden);
            }
        }
    }

    private static boolean containsRightToLeft(String text) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            index += Character.charCount(codePoint);
        }
        return false;
    }
}
