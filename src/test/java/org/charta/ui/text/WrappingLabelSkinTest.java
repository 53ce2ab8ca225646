package org.charta.ui.text;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * Wrapped labels with Arabic text: JavaFX 21's own drawing places glyphs past the label's edge, and
 * {@link WrappingLabelSkin} keeps every word inside it.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelSkinTest {

    /** The comments panel's empty-state hint in Arabic, three or more lines at {@link #WIDTH}. */
    private static final String ARABIC = "لا تعليقات على هذا القسم بعد. ضع المؤشر في فقرة وابدأ سلسلة.";

    /** An English sentence that quotes an Arabic phrase, so its base direction is left to right. */
    private static final String ENGLISH_WITH_ARABIC = "The preamble starts with \"فإن الجمعية العامة\" in Arabic.";

    /** Label width in pixels, narrow enough to wrap each text. */
    private static final double WIDTH = 150;

    /** Rounding between a node's bounds and its label's width, in pixels. */
    private static final double TOLERANCE = 1;

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        root.getStylesheets().add(WrappingLabelSkinTest.class.getResource("/org/charta/ui/charta.css")
                .toExternalForm());
        stage.setScene(new Scene(root, 400, 400));
        stage.show();
    }

    @Test
    void stockSkinDrawsWrappedArabicPastEdge() throws Exception {
        Label label = show(ARABIC, "-fx-skin: \"javafx.scene.control.skin.LabelSkin\";");

        Bounds drawn = onFx(() -> textNode(label).getBoundsInParent());

        // This documents the JavaFX 21.0.11 fault that WrappingLabelSkin works around. If it fails, JavaFX
        // draws wrapped Arabic correctly and the skin can go.
        assertThat(drawn.getWidth()).as("width of the stock skin's text node").isGreaterThan(WIDTH + TOLERANCE);
    }

    @Test
    void stylesheetGivesLabelsWrappingSkin() throws Exception {
        Label label = show(ARABIC, "");

        assertThat(onFx(label::getSkin)).isInstanceOf(WrappingLabelSkin.class);
    }

    @Test
    void arabicWordsStayInsideLabel() throws Exception {
        Label label = show(ARABIC, "");

        TextFlow flow = onFx(() -> flow(label));
        assertThat(flow).as("word flow of the wrapped Arabic label").isNotNull();
        assertThat(onFx(flow::getNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(() -> textNode(label).isVisible())).as("stock text node shown").isFalse();
        for (Bounds word : onFx(() -> wordBoundsInLabel(flow))) {
            assertThat(word.getMinX()).as("left edge of a word").isGreaterThanOrEqualTo(-TOLERANCE);
            assertThat(word.getMaxX()).as("right edge of a word").isLessThanOrEqualTo(WIDTH + TOLERANCE);
        }
    }

    @Test
    void arabicLabelGrowsToEveryLine() throws Exception {
        Label label = show(ARABIC, "");

        TextFlow flow = onFx(() -> flow(label));
        long lines = onFx(() -> wordBoundsInLabel(flow).stream().map(Bounds::getMinY).distinct().count());
        double lineHeight = onFx(() -> flow.getChildren().get(0).getLayoutBounds().getHeight());

        assertThat(lines).as("lines of the wrapped Arabic label").isGreaterThanOrEqualTo(3);
        assertThat(onFx(label::getHeight)).as("height of the label").isGreaterThanOrEqualTo(lines * lineHeight);
        assertThat(onFx(() -> flow.getBoundsInParent().getMaxY())).as("bottom of the words")
                .isLessThanOrEqualTo(onFx(label::getHeight) + TOLERANCE);
    }

    @Test
    void wordsKeepLabelTextInOrder() throws Exception {
        Label label = show(ARABIC, "");

        String joined = onFx(() -> {
            StringBuilder text = new StringBuilder();
            flow(label).getChildren().forEach(word -> text.append(((Text) word).getText()));
            return text.toString();
        });

        assertThat(joined).isEqualTo(ARABIC);
    }

    @Test
    void englishTextWithArabicPhraseKeepsLeftToRight() throws Exception {
        Label label = show(ENGLISH_WITH_ARABIC, "");

        TextFlow flow = onFx(() -> flow(label));
        assertThat(onFx(flow::getNodeOrientation)).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        for (Bounds word : onFx(() -> wordBoundsInLabel(flow))) {
            assertThat(word.getMaxX()).as("right edge of a word").isLessThanOrEqualTo(WIDTH + TOLERANCE);
        }
    }

    @Test
    void englishOnlyLabelKeepsStockDrawing() throws Exception {
        Label label = show("No comments on this section yet. Put the caret in a paragraph.", "");

        assertThat(onFx(() -> flow(label))).isNull();
        assertThat(onFx(() -> textNode(label).isVisible())).isTrue();
    }

    @Test
    void changedTextSwitchesDrawing() throws Exception {
        Label label = show("No comments on this section yet. Put the caret in a paragraph.", "");

        runFx(() -> label.setText(ARABIC));
        runFx(() -> root.layout());
        assertThat(onFx(() -> flow(label))).as("word flow after Arabic text").isNotNull();

        runFx(() -> label.setText("Back to English, long enough to wrap at this width."));
        runFx(() -> root.layout());
        assertThat(onFx(() -> flow(label))).as("word flow after English text").isNull();
        assertThat(onFx(() -> textNode(label).isVisible())).as("stock text node after English text").isTrue();
    }

    @Test
    void wrappedArabicButtonStaysInside() throws Exception {
        Button button = onFx(() -> {
            Button shown = new Button(ARABIC);
            shown.setWrapText(true);
            shown.setMaxWidth(WIDTH);
            shown.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            root.getChildren().setAll(shown);
            root.applyCss();
            root.layout();
            return shown;
        });

        assertThat(onFx(button::getSkin)).isInstanceOf(WrappingButtonSkin.class);
        TextFlow flow = onFx(() -> flow(button));
        assertThat(flow).as("word flow of the wrapped Arabic button").isNotNull();
        for (Bounds word : onFx(() -> wordBoundsInLabel(flow))) {
            assertThat(word.getMinX()).as("left edge of a word").isGreaterThanOrEqualTo(-TOLERANCE);
            assertThat(word.getMaxX()).as("right edge of a word").isLessThanOrEqualTo(WIDTH + TOLERANCE);
        }
    }

    @Test
    void italicArabicWrappedLabelDrawsUpright() throws Exception {
        Label label = show(ARABIC, "-fx-font-style: italic;");
        runFx(() -> org.charta.ui.amend.Shots.save(root.getScene(), "italic-label-wrapped"));

        assertThat(onFx(() -> UprightFont.isItalic(label.getFont()))).as("label font italic").isTrue();
        TextFlow flow = onFx(() -> flow(label));
        for (Node word : onFx(flow::getChildren)) {
            assertThat(onFx(() -> UprightFont.isItalic(((Text) word).getFont()))).as("italic word").isFalse();
        }
    }

    @Test
    void italicArabicOneLineLabelDrawsUpright() throws Exception {
        Label label = show("تمت المحاذاة", "-fx-font-style: italic;");
        runFx(() -> label.setWrapText(false));
        runFx(() -> root.layout());

        assertThat(onFx(() -> flow(label))).isNull();
        assertThat(onFx(() -> UprightFont.isItalic(textNode(label).getFont()))).as("italic text node").isFalse();
        assertThat(onFx(() -> textNode(label).getFont().getSize())).isEqualTo(onFx(() -> label.getFont().getSize()));
    }

    @Test
    void italicEnglishLabelStaysItalic() throws Exception {
        Label label = show("Aligned on 3 May", "-fx-font-style: italic; -fx-font-weight: bold;");

        assertThat(onFx(() -> UprightFont.isItalic(textNode(label).getFont()))).isTrue();

        runFx(() -> label.setText("تمت المحاذاة"));
        runFx(() -> root.layout());
        runFx(() -> org.charta.ui.amend.Shots.save(root.getScene(), "italic-label-one-line"));
        assertThat(onFx(() -> UprightFont.isItalic(textNode(label).getFont()))).as("after Arabic text").isFalse();
        assertThat(onFx(() -> textNode(label).getFont().getStyle())).containsIgnoringCase("bold");
    }

    @Test
    void italicArabicButtonDrawsUpright() throws Exception {
        Button button = onFx(() -> {
            Button shown = new Button("قارن بالمصدر");
            shown.setStyle("-fx-font-style: italic;");
            root.getChildren().setAll(shown);
            root.applyCss();
            root.layout();
            return shown;
        });

        Text text = onFx(() -> (Text) button.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && !(child instanceof TextFlow)).findFirst().orElseThrow());
        assertThat(onFx(() -> UprightFont.isItalic(text.getFont()))).isFalse();
    }

    @Test
    void splitKeepsSpacesWithWords() {
        assertThat(WordFlow.splitIntoWords("ضع المؤشر  في فقرة"))
                .containsExactly("ضع ", "المؤشر  ", "في ", "فقرة");
    }

    private Label show(String text, String style) throws Exception {
        return onFx(() -> {
            Label label = new Label(text);
            label.setWrapText(true);
            label.setStyle(style);
            label.setPrefWidth(WIDTH);
            label.setMaxWidth(WIDTH);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            root.getChildren().setAll(label);
            root.applyCss();
            root.layout();
            return label;
        });
    }

    private static Text textNode(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text && !(child instanceof TextFlow)) {
                return text;
            }
        }
        return null;
    }

    private static TextFlow flow(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof TextFlow flow && flow.getStyleClass().contains(WrappingLabelSkin.WORDS_STYLE_CLASS)) {
                return flow;
            }
        }
        return null;
    }

    /** Returns each word's bounds in the label's coordinates, whose x runs from 0 to the label's width. */
    private static List<Bounds> wordBoundsInLabel(TextFlow flow) {
        List<Bounds> bounds = new ArrayList<>();
        for (Node word : flow.getChildren()) {
            bounds.add(flow.localToParent(word.getBoundsInParent()));
        }
        return bounds;
    }
}
