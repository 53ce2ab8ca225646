package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.SelectionPath;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Editing Arabic in the section editor: the caret, arrow keys, clicks and selections follow the right-to-left
 * layout of each Arabic line, wrapped lines show each word once, and English lines keep working as before.
 */
class RightToLeftEditingTest extends StandaloneEditorTest {

    static final String MIXED = "المادة 21 (الفقرة 3): يحق لكل شخص التصويت بنسبة 50% من الأصوات.";

    @Start
    void start(Stage stage) {
        show(stage);
        stage.getScene().getStylesheets().add(
                RightToLeftEditingTest.class.getResource("/org/charta/ui/charta.css").toExternalForm());
    }

    @Test
    void caretAtArabicParagraphStartIsAtRightEdge() throws Exception {
        String article = loadArticle("article-01.md");
        int body = bodyStart(article);

        runFx(() -> editor.showOffset(body));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds caret = onFx(this::caretOnScreen);
        Bounds line = onFx(() -> contentOnScreen(flowOf(lineOf(body))));
        assertThat(caret.getCenterX()).isCloseTo(line.getMaxX(), within(2.0));
        assertThat(caret.getCenterY()).isBetween(line.getMinY(), line.getMinY() + 25);
    }

    @Test
    void arrowKeysMoveVisually(FxRobot robot) throws Exception {
        String article = loadArticle("article-01.md");
        int body = bodyStart(article);
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(body + 5);
        });
        double before = onFx(this::caretOnScreen).getCenterX();

        robot.push(KeyCode.LEFT);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body + 6);
        assertThat(onFx(this::caretOnScreen).getCenterX()).isLessThan(before);

        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body + 4);
        assertThat(onFx(this::caretOnScreen).getCenterX()).isGreaterThan(before);

        robot.push(KeyCode.END);
        int end = onFx(() -> area().getCaretPosition());
        robot.push(KeyCode.HOME);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body);
        assertThat(end).isGreaterThan(body + 20);
        assertThat(onFx(() -> area().getCaretColumn() == 0 || end == area().getParagraphLength(lineOf(body))))
                .isTrue();
    }

    @Test
    void clickBesideFirstLetterWrapped(FxRobot robot) throws Exception {
        clickBesideFirstLetter(robot, true);
    }

    @Test
    void clickBesideFirstLetterUnwrapped(FxRobot robot) throws Exception {
        clickBesideFirstLetter(robot, false);
    }

    /**
     * Narrowing the window without changing how many rows a line takes must still move its words: JavaFX 21
     * keeps a right-to-left line's old positions then, which put words past the editor's right edge.
     */
    @Test
    void narrowingRelaysOutArabicLine(FxRobot robot) throws Exception {
        String article = loadArticle("article-01.md");
        int body = bodyStart(article);
        runFx(() -> {
            area().setWrapText(true);
            area().getScene().getWindow().setWidth(1280);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        runFx(() -> area().getScene().getWindow().setWidth(846));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds line = onFx(() -> contentOnScreen(flowOf(lineOf(body))));
        List<Bounds> words = onFx(() -> words(flowOf(lineOf(body))).stream()
                .map(RightToLeftEditingTest::boundsOnScreen).toList());
        // The fault shows only while the line keeps its one row: a second row made JavaFX lay it out again.
        for (Bounds word : words) {
            assertThat(word.getMinY()).isCloseTo(words.get(0).getMinY(), within(1.0));
            assertThat(word.getMinX()).isGreaterThanOrEqualTo(line.getMinX() - 1);
            assertThat(word.getMaxX()).isLessThanOrEqualTo(line.getMaxX() + 1);
        }
        assertThat(words.get(0).getMaxX()).isCloseTo(line.getMaxX(), within(2.0));

        robot.clickOn(words.get(0).getMaxX() + 1, words.get(0).getCenterY());
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body);
        assertThat(onFx(this::caretOnScreen).getCenterX()).isCloseTo(line.getMaxX(), within(2.0));

        // Wider again, the line must reach the new right edge rather than stop at the narrow one.
        runFx(() -> area().getScene().getWindow().setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds wideLine = onFx(() -> contentOnScreen(flowOf(lineOf(body))));
        Bounds wideFirst = onFx(() -> boundsOnScreen(words(flowOf(lineOf(body))).get(0)));
        assertThat(wideFirst.getMaxX()).isCloseTo(wideLine.getMaxX(), within(2.0));
    }

    private void clickBesideFirstLetter(FxRobot robot, boolean wrap) throws Exception {
        String article = loadArticle("article-01.md");
        runFx(() -> {
            area().setWrapText(wrap);
            // Unwrapped, the line must fit the view: a horizontal scroll is not part of this test.
            area().getScene().getWindow().setWidth(wrap ? 700 : 1000);
        });
        // The new width reflows the line, and the styling pass after it splits the words again: let both finish,
        // and let a click of the test before this one age out of the double-click interval.
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        int body = bodyStart(article);
        Bounds firstWord = onFx(() -> boundsOnScreen(words(flowOf(lineOf(body))).get(0)));
        // The caret drawn after the first letter marks the letter's left edge: hit-testing must agree with it.
        runFx(() -> area().moveTo(body + 1));
        WaitForAsyncUtils.waitForFxEvents();
        double letterLeft = onFx(this::caretOnScreen).getCenterX();
        assertThat(letterLeft).isBetween(firstWord.getMaxX() - 12, firstWord.getMaxX() - 2);
        double y = firstWord.getCenterY();
        robot.clickOn(firstWord.getMaxX() + 1, y);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body);

        robot.sleep(800); // two quick clicks would be a double click, which selects the word
        robot.clickOn(letterLeft - 1, y);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(body + 1);
    }

    @Test
    void shiftSelectionCoversExactlyItsGlyphs(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(0);
        });

        // Six letters, then into "21" between its digits, to its left edge, and over the space: nine presses,
        // because the edge between "1" and the space on its right has no caret position of its own.
        for (int step = 0; step < 9; step++) {
            robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        }

        assertThat(onFx(() -> area().getSelection())).isEqualTo(new IndexRange(0, 10));
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("المادة 21 ");
        Bounds highlight = onFx(this::selectionOnScreen);
        List<Text> words = onFx(() -> words(flowOf(0)));
        Bounds first = onFx(() -> boundsOnScreen(words.get(0)));
        Bounds second = onFx(() -> boundsOnScreen(words.get(1)));
        assertThat(onFx(() -> words.get(0).getText() + words.get(1).getText())).isEqualTo("المادة 21 ");
        assertThat(highlight.getMaxX()).isCloseTo(Math.max(first.getMaxX(), second.getMaxX()), within(1.5));
        assertThat(highlight.getMinX()).isCloseTo(Math.min(first.getMinX(), second.getMinX()), within(1.5));
    }

    @Test
    void selectionOfDigitsInsideArabic(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        int start = MIXED.indexOf("(الفقرة");
        int end = MIXED.indexOf("يحق");
        runFx(() -> editor.selectRange(start, end));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds highlight = onFx(this::selectionOnScreen);
        List<Text> selectedWords = onFx(() -> words(flowOf(0)).stream()
                .filter(word -> !word.getText().isBlank())
                .toList().subList(2, 4));
        assertThat(onFx(() -> selectedWords.get(0).getText() + selectedWords.get(1).getText()))
                .isEqualTo(MIXED.substring(start, end));
        double minX = onFx(() -> Math.min(boundsOnScreen(selectedWords.get(0)).getMinX(),
                boundsOnScreen(selectedWords.get(1)).getMinX()));
        double maxX = onFx(() -> Math.max(boundsOnScreen(selectedWords.get(0)).getMaxX(),
                boundsOnScreen(selectedWords.get(1)).getMaxX()));
        assertThat(highlight.getMinX()).isCloseTo(minX, within(1.5));
        assertThat(highlight.getMaxX()).isCloseTo(maxX, within(1.5));
    }

    @Test
    void typingArabicInsertsAtDrawnCaret(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        int wordStart = MIXED.indexOf("يحق");
        Text word = onFx(() -> words(flowOf(0)).stream().filter(text -> text.getText().startsWith("يحق"))
                .findFirst().orElseThrow());
        Bounds bounds = onFx(() -> boundsOnScreen(word));

        robot.clickOn(bounds.getMaxX() - 1, bounds.getCenterY());
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(wordStart);
        assertThat(onFx(this::caretOnScreen).getCenterX()).isCloseTo(bounds.getMaxX(), within(2.0));

        robot.write("و");
        assertThat(onFx(editor::text)).isEqualTo(MIXED.substring(0, wordStart) + "و"
                + MIXED.substring(wordStart) + "\n");

        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE);
        assertThat(onFx(editor::text)).isEqualTo(MIXED.substring(0, wordStart - 1)
                + MIXED.substring(wordStart) + "\n");
    }

    @Test
    void wrappedArabicShowsEachWordOnce() throws Exception {
        runFx(() -> area().getScene().getWindow().setWidth(320));
        String preamble = loadArticle("00-preamble.md");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> shownFlows().stream()
                .filter(flow -> flow.getHeight() > 50).count() >= 2));

        List<TextFlow> flows = onFx(this::shownFlows);
        int wrapped = 0;
        for (TextFlow flow : flows) {
            String shown = onFx(() -> words(flow).stream().map(Text::getText).reduce("", String::concat));
            assertThat(preamble).contains(shown);
            double width = onFx(flow::getWidth);
            List<Bounds> wordBounds = onFx(() -> words(flow).stream().map(Node::getBoundsInParent).toList());
            for (Bounds bounds : wordBounds) {
                assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(-0.5);
                assertThat(bounds.getMaxX()).isLessThanOrEqualTo(width + 0.5);
            }
            assertThat(overlapping(wordBounds)).isFalse();
            if (onFx(flow::getHeight) > 50) {
                wrapped++;
            }
        }
        assertThat(wrapped).isGreaterThanOrEqualTo(2);
    }

    @Test
    void englishParagraphAfterArabicStaysLeftToRight(FxRobot robot) throws Exception {
        String text = MIXED + "\n\nEveryone has the right to vote.\n";
        load(text);
        int english = text.indexOf("Everyone");
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(english);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> RightToLeftFlow.isRightToLeft(flowOf(2)))).isFalse();
        assertThat(onFx(() -> RightToLeftFlow.isRightToLeft(flowOf(0)))).isTrue();
        Bounds line = onFx(() -> contentOnScreen(flowOf(2)));
        assertThat(onFx(this::caretOnScreen).getCenterX()).isCloseTo(line.getMinX(), within(2.0));

        robot.push(KeyCode.RIGHT);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(english + 1);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("v");
    }

    @Test
    void leftMovesLeftThroughMixedRuns(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(0);
        });
        VisualCaret model = VisualCaret.of(MIXED, true);
        List<Integer> visited = new ArrayList<>(List.of(0));
        double x = onFx(this::caretOnScreen).getCenterX();

        while (onFx(() -> area().getCaretPosition()) < MIXED.length()) {
            int before = onFx(() -> area().getCaretPosition());
            robot.push(KeyCode.LEFT);
            int caret = onFx(() -> area().getCaretPosition());
            double moved = onFx(this::caretOnScreen).getCenterX();
            assertThat(caret).as("Left from %d", before).isEqualTo(model.left(before).orElseThrow());
            // JavaFX 21 draws every caret inside a digit run and a lam-alef ligature at one x, so x may stay.
            assertThat(moved).as("caret x after Left to offset %d", caret).isLessThanOrEqualTo(x + 0.5);
            visited.add(caret);
            x = moved;
        }

        assertThat(visited).as("inside \"21\" and \"50%\"").contains(8, MIXED.indexOf("0%"));
        assertThat(visited.size()).as("presses that moved the caret left").isGreaterThan(MIXED.length() / 2);
    }

    @Test
    void rightMovesRightThroughMixedRuns(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(MIXED.length());
        });
        VisualCaret model = VisualCaret.of(MIXED, true);
        double x = onFx(this::caretOnScreen).getCenterX();
        List<Integer> visited = new ArrayList<>(List.of(MIXED.length()));

        while (onFx(() -> area().getCaretPosition()) > 0) {
            int before = onFx(() -> area().getCaretPosition());
            robot.push(KeyCode.RIGHT);
            int caret = onFx(() -> area().getCaretPosition());
            double moved = onFx(this::caretOnScreen).getCenterX();
            assertThat(caret).as("Right from %d", before).isEqualTo(model.right(before).orElseThrow());
            assertThat(moved).as("caret x after Right to offset %d", caret).isGreaterThanOrEqualTo(x - 0.5);
            visited.add(caret);
            x = moved;
        }

        assertThat(visited).as("the offset after \"21\"").contains(9);
    }

    @Test
    void arrowsCrossArabicWordInEnglish(FxRobot robot) throws Exception {
        String english = "Article 21 reads المادة الأولى in 2 words.";
        load(english + "\n");
        runFx(() -> {
            editor.requestFocus();
            editor.showOffset(0);
        });
        VisualCaret model = VisualCaret.of(english, false);
        List<Integer> visited = new ArrayList<>();

        while (onFx(() -> area().getCaretPosition()) < english.length()) {
            int before = onFx(() -> area().getCaretPosition());
            robot.push(KeyCode.RIGHT);
            int caret = onFx(() -> area().getCaretPosition());
            assertThat(caret).as("Right from %d", before).isEqualTo(model.right(before).orElseThrow());
            visited.add(caret);
        }
        assertThat(visited).as("inside the Arabic words").contains(english.indexOf("ادة"));

        int arabicStart = english.indexOf("المادة");
        runFx(() -> area().moveTo(arabicStart + 1));
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(onFx(() -> area().getSelection())).isEqualTo(new IndexRange(arabicStart, arabicStart + 1));
        robot.push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("ل");
    }

    @Test
    void shiftLeftSelectsLogicalRangeAcrossDigits(FxRobot robot) throws Exception {
        load(MIXED + "\n");
        int afterArticle = "المادة".length();
        runFx(() -> {
            editor.requestFocus();
            area().moveTo(afterArticle);
        });

        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(onFx(() -> area().getSelectedText())).as("the space and \"2\"").isEqualTo(" 2");
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo(" ");
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(onFx(() -> area().getSelection())).isEqualTo(new IndexRange(afterArticle, afterArticle + 4));
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo(" 21 ");

        Bounds highlight = onFx(this::selectionOnScreen);
        Text digits = onFx(() -> words(flowOf(0)).get(1));
        assertThat(onFx(digits::getText)).isEqualTo("21 ");
        Bounds digitsOnScreen = onFx(() -> boundsOnScreen(digits));
        assertThat(highlight.getMinX()).isCloseTo(digitsOnScreen.getMinX(), within(1.5));
        assertThat(highlight.getMaxX()).as("with the space before the digits").isGreaterThan(digitsOnScreen.getMaxX());
    }

    @Test
    void upDownKeepCaretX(FxRobot robot) throws Exception {
        String longLine = "لكل شخص الحق في حرية التفكير والضمير والدين";
        load(longLine + "\nنعم\n" + longLine + "\n");
        int farLeft = longLine.indexOf("والدين");
        runFx(() -> {
            editor.requestFocus();
            area().moveTo(farLeft);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double startX = onFx(this::caretOnScreen).getCenterX();

        robot.push(KeyCode.DOWN);
        assertThat(onFx(() -> area().getCurrentParagraph())).isEqualTo(1);
        robot.push(KeyCode.DOWN);
        assertThat(onFx(() -> area().getCurrentParagraph())).isEqualTo(2);
        assertThat(onFx(this::caretOnScreen).getCenterX()).isCloseTo(startX, within(6.0));
        assertThat(onFx(() -> area().getCaretColumn())).isBetween(farLeft - 1, farLeft + 1);

        robot.push(KeyCode.UP).push(KeyCode.UP);
        assertThat(onFx(() -> area().getCaretPosition())).isEqualTo(farLeft);
    }

    @Test
    void clickOnScrolledUnwrappedLine(FxRobot robot) throws Exception {
        String line = MIXED + " " + MIXED + " " + MIXED;
        String shortLine = "لكل شخص الحق في التعليم";
        load(line + "\n" + shortLine + "\n");
        runFx(() -> {
            area().setWrapText(false);
            // The stage is shared, and other tests widen it.
            area().getScene().getWindow().setWidth(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double flowWidth = onFx(() -> flowOf(0).getWidth());
        double viewWidth = onFx(() -> area().getWidth());
        assertThat(flowWidth).as("the line overflows the view").isGreaterThan(viewWidth + 100);

        int clicked = 0;
        for (double scroll : new double[] {0, (flowWidth - viewWidth) / 2, flowWidth - viewWidth}) {
            runFx(() -> area().scrollXToPixel(scroll));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds view = onFx(() -> area().localToScreen(area().getBoundsInLocal()));
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                int lineStart = onFx(() -> area().getAbsolutePosition(0, 0));
                int paragraphStart = paragraph == 0 ? lineStart : line.length() + 1;
                int paragraphIndex = paragraph;
                TextFlow flow = onFx(() -> flowOf(paragraphIndex));
                int offset = paragraphStart;
                int clickedHere = 0;
                for (Text word : onFx(() -> words(flow))) {
                    String text = onFx(word::getText);
                    Bounds bounds = onFx(() -> boundsOnScreen(word));
                    boolean visible = bounds.getMinX() > view.getMinX() + 20 && bounds.getMaxX() < view.getMaxX() - 20;
                    if (TextDirection.isRightToLeft(text) && visible && clickedHere < 3) {
                        robot.sleep(600); // apart, so two clicks are not a double click
                        // One pixel inside the first letter's right edge, well before its middle: the first
                        // letter can be as narrow as 4 pixels.
                        robot.clickOn(bounds.getMaxX() - 1, bounds.getCenterY());
                        int expected = offset;
                        assertThat(onFx(() -> area().getCaretPosition()))
                                .as("click on %s at scroll %.0f", text, scroll).isEqualTo(expected);
                        clickedHere++;
                        clicked++;
                    }
                    offset += text.length();
                }
            }
        }
        assertThat(clicked).as("words clicked").isGreaterThanOrEqualTo(9);
    }

    @Test
    void typedWordGetsOwnNodeAtOnce() throws Exception {
        load(MIXED + "\n");
        int end = "المادة".length();

        List<String> words = onFx(() -> {
            area().insertText(end, " جديد");
            // Same pulse: no styling pass has run since the edit.
            List<String> spans = new ArrayList<>();
            int position = 0;
            for (var span : area().getStyleSpans(0)) {
                spans.add(area().getText(0, position, 0, position + span.getLength()));
                position += span.getLength();
            }
            return spans;
        });

        assertThat(words).startsWith("المادة ", "جديد ", "21 ");
    }

    private String loadArticle(String name) throws Exception {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", "ar", name);
        assumeTrue(Files.isRegularFile(file), "realdata is absent");
        String article = Files.readString(file, StandardCharsets.UTF_8);
        load(article);
        return article;
    }

    private void load(String text) throws Exception {
        runFx(() -> editor.load(text));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> !editor.paragraphsProperty().getValue().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int bodyStart(String article) {
        return article.indexOf("\n\n") + 2;
    }

    private SectionArea area() {
        return editor.area();
    }

    private int lineOf(int offset) {
        return area().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    /** Returns the shown flow of a line, found by its text. */
    private TextFlow flowOf(int line) {
        String text = area().getParagraph(line).getText();
        return shownFlows().stream()
                .filter(flow -> words(flow).stream().map(Text::getText).reduce("", String::concat).equals(text))
                .findFirst().orElseThrow();
    }

    private List<TextFlow> shownFlows() {
        List<TextFlow> flows = new ArrayList<>();
        for (Node node : area().lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.getScene() != null) {
                flows.add(flow);
            }
        }
        flows.sort(Comparator.comparingDouble(flow -> flow.localToScene(0, 0).getY()));
        return flows;
    }

    private static List<Text> words(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static Bounds boundsOnScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    /** Returns the flow's bounds inside its padding, on the screen. */
    private static Bounds contentOnScreen(TextFlow flow) {
        double left = flow.getInsets().getLeft();
        double right = flow.getWidth() - flow.getInsets().getRight();
        return flow.localToScreen(new javafx.geometry.BoundingBox(left, 0, right - left, flow.getHeight()));
    }

    private Bounds caretOnScreen() {
        return area().getCaretBounds().orElseThrow();
    }

    private Bounds selectionOnScreen() {
        Optional<Bounds> bounds = area().lookupAll(".selection").stream()
                .filter(SelectionPath.class::isInstance)
                .filter(node -> !((SelectionPath) node).getElements().isEmpty())
                .map(RightToLeftEditingTest::boundsOnScreen)
                .findFirst();
        return bounds.orElseThrow();
    }

    private static boolean overlapping(List<Bounds> bounds) {
        for (int first = 0; first < bounds.size(); first++) {
            for (int second = first + 1; second < bounds.size(); second++) {
                Bounds a = bounds.get(first);
                Bounds b = bounds.get(second);
                boolean sameLine = Math.abs(a.getMinY() - b.getMinY()) < 1;
                if (sameLine && a.getWidth() > 0 && b.getWidth() > 0
                        && a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5) {
                    return true;
                }
            }
        }
        return false;
    }
}
