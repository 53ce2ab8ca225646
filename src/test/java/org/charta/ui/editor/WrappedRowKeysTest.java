package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Home and End in wrapped lines that contain right-to-left text. From a click on any row they go to that row's
 * first and last offset. The caret is drawn at the row's right or left edge, and typed text goes there.
 */
class WrappedRowKeysTest extends StandaloneEditorTest {

    /** An Arabic line with Latin words, as the tester typed it, long enough to wrap onto three rows. */
    static final String MIXED = "فقرة عربية بعد الفقرة الإنجليزية تذكر Charta و GitHub في وسط الجملة، "
            + "ثم تعود إلى العربية وتذكر Markdown مرة أخرى قبل أن تنتهي الفقرة بكلمات عربية كثيرة.";

    /** What the test reads of one row: its first offset, the offset after it, and its words' screen bounds. */
    private record ShownRow(int start, int end, double minX, double maxX, double minY, double maxY,
                            Bounds middleWord) {
    }

    @Start
    void start(Stage stage) {
        show(stage);
        stage.getScene().getStylesheets().add(
                WrappedRowKeysTest.class.getResource("/org/charta/ui/charta.css").toExternalForm());
    }

    @Test
    void homeEndWrappedArabicRows(FxRobot robot) throws Exception {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", "ar",
                "00-preamble.md");
        assumeTrue(Files.isRegularFile(file), "realdata is absent");
        String preamble = Files.readString(file, StandardCharsets.UTF_8);
        String paragraph = preamble.substring(preamble.indexOf("\n\n") + 2).lines().findFirst().orElseThrow();

        checkEveryRow(robot, paragraph, 3);
    }

    @Test
    void homeEndWrappedMixedRows(FxRobot robot) throws Exception {
        checkEveryRow(robot, MIXED, 3);
    }

    @Test
    void homeEndWrappedListItemRows(FxRobot robot) throws Exception {
        String item = "- لكل شخص الحق في حرية التفكير والضمير والدين، ويشمل هذا الحق حرية تغيير ديانته أو عقيدته، "
                + "وحرية الإعراب عنهما بالتعليم والممارسة وإقامة الشعائر ومراعاتها سواء أكان ذلك سرًا أم مع الجماعة.";

        checkEveryRow(robot, item, 3);
    }

    private void checkEveryRow(FxRobot robot, String line, int minimumRows) throws Exception {
        String text = line + "\n";
        load(text);
        int rowCount = onFx(() -> shownRows().size());
        assertThat(rowCount).as("rows of the wrapped line").isGreaterThanOrEqualTo(minimumRows);

        for (int index = 0; index < rowCount; index++) {
            for (KeyCode key : new KeyCode[] {KeyCode.HOME, KeyCode.END}) {
                load(text);
                ShownRow row = onFx(() -> shownRows()).get(index);
                robot.sleep(600); // apart, so two clicks are not a double click
                robot.clickOn(row.middleWord().getCenterX(), row.middleWord().getCenterY());
                robot.push(key);

                boolean lastRow = index == rowCount - 1;
                int expected = row.start();
                if (key == KeyCode.END) {
                    expected = lastRow ? row.end() : row.end() - 1;
                }
                int typedAt = expected;
                String keyOnRow = key + " on row " + (index + 1);
                assertThat(onFx(() -> area().getCaretPosition())).as(keyOnRow).isEqualTo(expected);

                Bounds caret = onFx(() -> area().getCaretBounds().orElseThrow());
                assertThat(caret.getCenterY()).as(keyOnRow + ": caret row").isBetween(row.minY(), row.maxY());
                double edge = key == KeyCode.HOME ? row.maxX() : row.minX();
                // End stops before the space the row wraps after, which JavaFX draws at the row's left end.
                double tolerance = key == KeyCode.END && !lastRow ? 8.0 : 2.0;
                assertThat(caret.getCenterX()).as(keyOnRow + ": caret x").isCloseTo(edge, within(tolerance));

                robot.write("ء");
                assertThat(onFx(editor::text)).as(keyOnRow + ": typed text")
                        .isEqualTo(text.substring(0, typedAt) + "ء" + text.substring(typedAt));
            }
        }
    }

    private void load(String text) throws Exception {
        runFx(() -> {
            area().getScene().getWindow().setWidth(500);
            editor.load(text);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
            TextFlow flow = shownFlow();
            return flow != null && words(flow).size() > 3;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads the rows of the first line from its word nodes on the screen, grouped by their height. */
    private List<ShownRow> shownRows() {
        List<List<Text>> groups = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        double rowBottom = Double.NEGATIVE_INFINITY;
        for (Text word : words(shownFlow())) {
            Bounds bounds = boundsOnScreen(word);
            if (bounds.getCenterY() > rowBottom) {
                groups.add(new ArrayList<>());
                starts.add(offset);
                rowBottom = bounds.getMaxY();
            }
            groups.get(groups.size() - 1).add(word);
            offset += word.getText().length();
        }
        List<ShownRow> rows = new ArrayList<>();
        for (int index = 0; index < groups.size(); index++) {
            List<Text> group = groups.get(index);
            int end = index + 1 < groups.size() ? starts.get(index + 1) : offset;
            List<Bounds> bounds = group.stream().map(WrappedRowKeysTest::boundsOnScreen).toList();
            rows.add(new ShownRow(starts.get(index), end,
                    bounds.stream().mapToDouble(Bounds::getMinX).min().orElseThrow(),
                    bounds.stream().mapToDouble(Bounds::getMaxX).max().orElseThrow(),
                    bounds.stream().mapToDouble(Bounds::getMinY).min().orElseThrow(),
                    bounds.stream().mapToDouble(Bounds::getMaxY).max().orElseThrow(),
                    bounds.get(bounds.size() / 2)));
        }
        return rows;
    }

    private SectionArea area() {
        return editor.area();
    }

    private TextFlow shownFlow() {
        for (Node node : area().lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.getScene() != null
                    && flow.localToScene(0, 0).getY() < 20) {
                return flow;
            }
        }
        return null;
    }

    private static List<Text> words(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(word -> !word.getText().isEmpty()).toList();
    }

    private static Bounds boundsOnScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }
}
